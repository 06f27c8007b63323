// suspend_data as the game frames it: read back exactly, and anything else read as not ours.
import { describe, expect, it } from 'vitest';
import { readSuspendData, writeSuspendData } from '../../src/reporting/scorm/suspend-data';

describe('the run kept in suspend_data', () => {
  it('reads back exactly what was written, whatever the scenario id and story version hold', () => {
    for (const run of [
      { scenarioId: 'twelve-seconds', storyVersion: 'ca714529d6b5306f', runCode: '045Y-VHMF-0000-60H2-A6DG' },
      { scenarioId: 'a|b%c', storyVersion: 'v|2 ü', runCode: 'ABCD' },
    ]) {
      expect(readSuspendData(writeSuspendData(run))).toEqual(run);
    }
  });

  it('names its framing, scenario and story version in the open, for whoever reads the LMS’s data', () => {
    expect(writeSuspendData({ scenarioId: 'carlos', storyVersion: '447a0d63c2e9f884', runCode: 'ABCD-EFGH' })).toBe('asymmetry/1|carlos|447a0d63c2e9f884|ABCD-EFGH');
  });

  it('reads anything else as nothing of ours, without throwing', () => {
    for (const text of ['', '|||', 'asymmetry/1|||', 'asymmetry/1|x|y', 'asymmetry/1|%E0%A4%A|y|CODE', 'asymmetry/0|x|y|CODE', 'asymmetry/1|x|y|CODE|z', 'x'.repeat(5000), '\u0000|\u0000']) {
      expect(readSuspendData(text), text).toBeNull();
    }
  });
});
