import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AIM_BYTES, formatSoundSizes, readSoundSizes } from '../../scripts/sound/sizes';
import { soundSources, sourcesIn } from '../../src/audio/sound-sources';
import sounds from '../../story/sounds.json';

describe('sound sources', () => {
  it('offers Howler Ogg Opus first, then MP3, each with its format named', () => {
    const urls = { '../../assets/sounds/pager.mp3': 'data:audio/mpeg;base64,AAAA', '../../assets/sounds/pager.opus': '/a/pager-1.opus' };
    expect(sourcesIn(urls, 'pager')).toEqual({ src: ['/a/pager-1.opus', 'data:audio/mpeg;base64,AAAA'], format: ['opus', 'mp3'] });
    expect(sourcesIn(urls, 'door-knock')).toEqual({ src: [], format: [] });
  });

  it('has both files for every cue and room tone the stories may call for, and the interface sounds', () => {
    const names = [...Object.keys(sounds.cues), ...Object.keys(sounds.ambience).map((s) => `ambience-${s}`), 'ui-choose', 'ui-open'];
    for (const name of names) expect(soundSources(name).format, name).toEqual(['opus', 'mp3']);
  });
});

describe('sound sizes', () => {
  const sizes = readSoundSizes(path.resolve(import.meta.dirname, '../../assets/sounds'));

  it('keeps every shipped file within the 10 KB aim', () => {
    expect(sizes.length).toBeGreaterThanOrEqual(16);
    // Room tones are 4 s: 48,000 samples of 8-bit WAV, the reference.
    expect(sizes.find((s) => s.name === 'ambience-ward')?.wav).toBe(44 + 4 * 12000);
    for (const { name, bytes } of sizes) expect(Math.max(bytes.opus, bytes.mp3), name).toBeLessThanOrEqual(AIM_BYTES);
  });

  it('says which sounds miss the aim, against the uncompressed size', () => {
    const table = formatSoundSizes([
      { name: 'small', wav: 8192, bytes: { opus: 1024, mp3: 2048 } },
      { name: 'big', wav: 40960, bytes: { opus: 4096, mp3: 12 * 1024 } },
    ]);
    expect(table).toMatch(/\| small +\| 8\.0 KB +\| 1\.0 KB \(13 %\) +\| 2\.0 KB \(25 %\) +\| met/);
    expect(table).toMatch(/\| big +\| 40\.0 KB +\| 4\.0 KB \(10 %\) \| 12\.0 KB \(30 %\) \| NOT met \(12\.0 KB\)/);
    expect(table).toContain('1 of 2 sounds within the aim in every format');
  });
});
