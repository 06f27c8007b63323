// The LMS packages carry no service worker (README: Offline and updates): a build's worker and
// its Workbox runtime are left out of every zip and its manifest; everything else goes in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, expect, it } from 'vitest';
import { courseFrom } from '../../scripts/package/course';
import { writePackages } from '../../scripts/package/packages';
import { fixtureStoryDir } from '../helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-package-sw-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const GAME = ['index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'assets/index-abc.js'];
const WORKER = ['sw.js', 'workbox-0bb07689.js'];

it('leaves the service worker out of every package, and its manifest, keeping the rest of the build', async () => {
  const dist = path.join(tmp, 'dist');
  for (const file of [...GAME, ...WORKER]) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), file);
  }
  const storyDir = fixtureStoryDir(fs.mkdirSync(path.join(tmp, 'story'), { recursive: true })!, ['scenarios/clinic']);
  const written = await writePackages({ course: courseFrom(storyDir, { version: '1.0.0', description: 'Fixture' }), dist, out: path.join(tmp, 'out') });
  expect(written).toHaveLength(3);
  for (const { file, kind } of written) {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const names = Object.keys(zip.files);
    expect(names, kind).toEqual(expect.arrayContaining(GAME));
    for (const worker of WORKER) {
      expect(names, kind).not.toContain(worker);
      for (const name of names.filter((n) => n.endsWith('.xml'))) expect(await zip.file(name)!.async('string'), `${kind} ${name}`).not.toContain(worker);
    }
  }
});
