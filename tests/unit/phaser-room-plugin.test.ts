import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phaserRoom } from '../../build/vite-plugin-phaser-room';

const root = path.resolve(import.meta.dirname, '../..');
const phaserSource = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('phaser/package.json')), 'src');
const features = path.join(phaserSource, 'device', 'Features.js');

/** The plugin's transform as Vite calls it, with errors thrown as Vite would. */
function transform(code: string, id: string): string | null {
  const plugin = phaserRoom(root);
  const hook = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
  const result = hook.call({ error: (message: string) => { throw new Error(message); } }, code, id);
  return result?.code ?? null;
}

describe('the room\'s Phaser build', () => {
  it('takes out the WebGL probe of the installed Phaser, so loading the room opens no WebGL context', () => {
    const out = transform(fs.readFileSync(features, 'utf8'), features)!;
    expect(out).toContain('Features.webGL = false;');
    expect(out).not.toContain('testWebGL()');
  });

  it('fails the build, naming the file, when a Phaser release no longer has the probe as it was', () => {
    expect(() => transform('Features.webGL = probeWebGL();', features)).toThrow(/Features\.js no longer has "Features\.webGL = testWebGL\(\);"/);
  });

  it('sets Phaser\'s compile-time flags in its source, and leaves other modules alone', () => {
    expect(transform('if (typeof WEBGL_RENDERER) {}', path.join(phaserSource, 'x.js'))).toBe('if (false) {}');
    expect(transform('typeof WEBGL_RENDERER', path.join(root, 'src', 'x.js'))).toBeNull();
  });
});
