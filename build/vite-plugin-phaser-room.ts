// Builds the room against src/scenes/phaser-room.ts, the part of Phaser it uses, instead of
// Phaser's full prebuilt bundle: `import 'phaser'` resolves there, and Phaser's source modules
// get the feature flags its own webpack build defines (canvas renderer only, no sound).
// Build only: the dev server keeps the full bundle, which its dependency optimiser handles.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Phaser's compile-time flags (`typeof WEBGL_RENDERER` and so on in its source), as the room needs them. */
export const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const FLAG = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function phaserRoom(root: string = process.cwd()): Plugin {
  const entry = path.resolve(root, 'src', 'scenes', 'phaser-room.ts');
  // Phaser's package exports only its bundles; its source folder is reached by path.
  const source = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('phaser/package.json')), 'src');
  return {
    name: 'asymmetry-phaser-room',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'phaser') return entry;
      if (id.startsWith('phaser/src/')) return path.join(source, id.slice('phaser/src/'.length));
      return null;
    },
    transform(code, id) {
      if (!id.startsWith(source + path.sep)) return null;
      return { code: code.replace(FLAG, (_, flag: string) => String(PHASER_FLAGS[flag])), map: null };
    },
  };
}
