import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on('pageerror', e => console.log('pageerror:', e.message));
p.on('console', m => { if (m.type() === 'error') console.log('console:', m.text()); });
await p.goto('http://127.0.0.1:4400/?scenario=twelve-seconds');
for (let i = 0; i < 40; i++) {
  if (await p.getByRole('button', { name: 'Continue to the debrief' }).isVisible()) break;
  await p.locator('button.choice').first().waitFor();
  await p.keyboard.press(String((i % 2) + 1));
  await p.waitForTimeout(50);
}
await p.getByRole('button', { name: 'Continue to the debrief' }).click();
await p.locator('#reaction').fill('It felt rushed. I wanted to help but kept looking at the clock.');
await p.screenshot({ path: '/tmp/d1.png', fullPage: true });
await p.getByRole('button', { name: 'Next: Description' }).click();
await p.screenshot({ path: '/tmp/d2.png', fullPage: true });
await p.getByRole('button', { name: 'Next: Analysis' }).click();
await p.locator('.moment').first().waitFor({ timeout: 20000 });
await p.screenshot({ path: '/tmp/d3.png', fullPage: true });
await p.getByRole('button', { name: 'Next: Summary' }).click();
await p.screenshot({ path: '/tmp/d4.png', fullPage: true });
await b.close();
