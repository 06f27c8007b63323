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

/**
 * Phaser's device check opens a WebGL context to see whether WebGL works, whatever renderer
 * the game asks for: 35 ms of a page's load with software GL, for a room drawn on a 2D canvas.
 */
const WEBGL_PROBE = { file: path.join('device', 'Features.js'), probe: 'Features.webGL = testWebGL();', instead: 'Features.webGL = false;' };

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
      let out = code.replace(FLAG, (_, flag: string) => String(PHASER_FLAGS[flag]));
      if (id === path.join(source, WEBGL_PROBE.file)) {
        // Said, not skipped silently, when a Phaser release words it differently.
        if (!out.includes(WEBGL_PROBE.probe)) this.error(`Phaser's ${WEBGL_PROBE.file} no longer has "${WEBGL_PROBE.probe}": update build/vite-plugin-phaser-room.ts`);
        out = out.replace(WEBGL_PROBE.probe, WEBGL_PROBE.instead);
      }
      return { code: out, map: null };
    },
  };
}
