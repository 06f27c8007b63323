// Serves `virtual:portrait-kit`: the portrait kit (build/portrait-kit.ts) for every
// look the scenarios' casts wear (story/scenarios/*/meta.json), made when the room's code is
// built or first served.
import type { Plugin } from 'vite';
import path from 'node:path';
import type { Look } from '../src/engine/appearance.ts';
import { makeKit } from './portrait-kit.ts';
import { loadScenarioMeta, scenarioDirs } from './scenario-catalog.ts';

const ID = 'virtual:portrait-kit';
const RESOLVED = '\0' + ID;

/** Every distinct look in the casts; a scenario whose metadata is invalid is left to the ink plugin to report. */
export function castLooks(storyDir: string): Look[] {
  const looks = new Map<string, Look>();
  for (const dir of scenarioDirs(storyDir)) {
    for (const person of loadScenarioMeta(dir, [])?.cast ?? []) if (person.look) looks.set(JSON.stringify(person.look), person.look);
  }
  return [...looks.values()];
}

export function portraits(options: { storyDir: string }): Plugin {
  const storyDir = path.resolve(options.storyDir);
  return {
    name: 'asymmetry-portraits',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      for (const dir of scenarioDirs(storyDir)) this.addWatchFile(path.join(dir, 'meta.json'));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(makeKit(castLooks(storyDir))))});`;
    },
  };
}
