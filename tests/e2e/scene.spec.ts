import { expect, test, type Page } from '@playwright/test';
import { SCENARIO, playFirst, readSave } from './helpers';

/** Rewrites the autosave's hidden trust, as if the player had earned it, and resumes. */
async function resumeWithTrust(page: Page, save: string, trust: number): Promise<Record<string, string | undefined>> {
  const data = JSON.parse(save) as { encounter: { inkState: string } };
  const ink = JSON.parse(data.encounter.inkState) as { variablesState: Record<string, number> };
  ink.variablesState.trust = trust;
  data.encounter.inkState = JSON.stringify(ink);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: `asymmetry:save:${SCENARIO}`, value: JSON.stringify(data) });
  await page.reload();
  const stage = page.locator('#stage');
  await expect(stage).toHaveAttribute('data-patient-posture', /.+/);
  return stage.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
}

test('the patient looks different at low, middle and high trust', async ({ page }) => {
  await page.goto(`/?scenario=${SCENARIO}`);
  await playFirst(page, [2]);
  const save = (await readSave(page))!;
  const low = await resumeWithTrust(page, save, 10);
  const middle = await resumeWithTrust(page, save, 55);
  const high = await resumeWithTrust(page, save, 90);
  expect([low.patientPosture, middle.patientPosture, high.patientPosture]).toEqual(['closed', 'guarded', 'open']);
  expect([low.patientGaze, middle.patientGaze, high.patientGaze]).toEqual(['averted', 'direct', 'direct']);
  // The words for the picture change with it.
  await expect(page.locator('.scene-description')).toContainText('turned towards you');
});
