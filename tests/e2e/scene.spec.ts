import { expect, test, type Page } from '@playwright/test';
import { SCENARIO, START, playFirst, readSave } from './helpers';

/** Rewrites the autosave's hidden variables, as if the player had earned them, and resumes. */
async function resumeWith(page: Page, save: string, variables: Record<string, number>): Promise<Record<string, string | undefined>> {
  const data = JSON.parse(save) as { encounter: { inkState: string } };
  const ink = JSON.parse(data.encounter.inkState) as { variablesState: Record<string, number> };
  Object.assign(ink.variablesState, variables);
  data.encounter.inkState = JSON.stringify(ink);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: `asymmetry:save:${SCENARIO}`, value: JSON.stringify(data) });
  await page.reload();
  const stage = page.locator('#stage');
  // The face shows once its picture is decoded.
  await expect(stage).toHaveAttribute('data-patient-mood', /.+/);
  return stage.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
}

/** Each person on screen as drawn: id, then their cues. */
function people(dataset: Record<string, string | undefined>): Map<string, string[]> {
  return new Map((dataset.people ?? '').split(' ').filter(Boolean).map((p) => [p.split(':')[0]!, p.split(':').slice(1)]));
}

test('the patient looks different at low, middle and high trust', async ({ page }) => {
  await page.goto(START);
  // A moment whose lines give Farida no mood of their own, so her face is what trust makes it.
  await playFirst(page, [1]);
  const save = (await readSave(page))!;
  const low = await resumeWith(page, save, { trust: 10 });
  const middle = await resumeWith(page, save, { trust: 55 });
  const high = await resumeWith(page, save, { trust: 90 });
  expect([low.patientMood, middle.patientMood, high.patientMood]).toEqual(['withdrawn', 'neutral', 'warm']);
  expect([low.patientPosture, middle.patientPosture, high.patientPosture]).toEqual(['closed', 'guarded', 'open']);
  expect([low.patientGaze, middle.patientGaze, high.patientGaze]).toEqual(['averted', 'direct', 'direct']);
  // The words for the picture change with it.
  await expect(page.locator('.scene-description')).toContainText('turned towards you');
});

test('low autonomy shows as the companion leaning in and the patient going quiet', async ({ page }) => {
  await page.goto(START);
  await playFirst(page, [2]);
  const save = (await readSave(page))!;
  const taken = people(await resumeWith(page, save, { trust: 50, autonomy: 20 }));
  expect(taken.get('javed')).toContain('leaning-in');
  expect(taken.get('farida')).toContain('quiet');
  await expect(page.locator('.scene-description')).toContainText('leaning in to answer');
  const own = people(await resumeWith(page, save, { trust: 50, autonomy: 80 }));
  expect(own.get('javed')).not.toContain('leaning-in');
  expect(own.get('farida')).not.toContain('quiet');
});

test('staff appear when they speak, drawn with a face, and the speaker is marked', async ({ page }) => {
  await page.goto('/?scenario=ward-round');
  const stage = page.locator('#stage');
  await expect(stage).toHaveAttribute('data-people', /grant:\w+:/);
  const drawn = people(await stage.evaluate((el) => ({ ...(el as HTMLElement).dataset })));
  expect(drawn.get('doreen')).toBeDefined();
  // Everyone in the room wears an expression, and exactly one of them, or nobody (narration), speaks.
  for (const [, cues] of drawn) expect(cues[0]).not.toBe('no-face');
  expect([...drawn.values()].filter((cues) => cues.includes('speaking')).length).toBeLessThanOrEqual(1);
});

test('people move gently, and keep still when the player prefers reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(START);
  const stage = page.locator('#stage');
  await expect(stage).toHaveAttribute('data-patient-mood', /.+/);
  expect(Number(await stage.getAttribute('data-tweens'))).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(stage).toHaveAttribute('data-patient-mood', /.+/);
  await page.keyboard.press('1');
  await expect(stage).toHaveAttribute('data-tweens', '0');
});
