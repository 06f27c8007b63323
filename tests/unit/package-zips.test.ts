// npm run package on a small production build (the real app and build settings, two fixture
// scenarios, one of them titled in markup): what the zips hold, and that nothing in them
// points outside the package.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseFrom, type Course } from '../../scripts/package/course';
import { filesUnder, manifestFor, packagedFiles, PACKAGES, PackageError, writePackages } from '../../scripts/package/packages';
import { schemaFiles, validateManifest, type ManifestKind } from '../../scripts/package/schemas';
import viteConfig, { appPlugins } from '../../vite.config';
import { FIXTURES, fixtureStoryDir } from '../helpers';

const KINDS = Object.keys(PACKAGES) as ManifestKind[];
const MARKUP_ID = 'markup-clinic';
const MARKUP_TITLE = `<b>Tom & "Jerry"</b> ]]> &amp;`;

/**
 * Addresses the build holds as names, never fetched: XML namespaces and schema ids, xAPI and
 * cmi5 IRIs, and credits (DiceBear's licence metadata in its SVGs, Phaser's console banner).
 * Any other address fails the test until someone has checked it is not a request.
 */
const NAMES_NOT_REQUESTS = [
  'http://www.w3.org/',
  'http://purl.org/dc/',
  'http://json-schema.org/',
  'https://w3id.org/',
  'http://adlnet.gov/expapi/',
  'https://creativecommons.org/',
  'https://www.openpeeps.com/',
  'https://twitter.com/',
  'https://phaser.io',
  // The live panel's example address: example.org is reserved for examples (RFC 2606).
  'https://lrs.example.org/',
];

let tmp: string;
let dist: string;
let course: Course;
const zips = new Map<ManifestKind, JSZip>();

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-package-'));
  const storyDir = fixtureStoryDir(fs.mkdirSync(path.join(tmp, 'story'), { recursive: true })!, ['scenarios/clinic']);
  // The clinic again, under a title made of markup.
  const markup = path.join(storyDir, 'scenarios', MARKUP_ID);
  fs.cpSync(path.join(storyDir, 'scenarios', 'clinic'), markup, { recursive: true });
  const meta = JSON.parse(fs.readFileSync(path.join(markup, 'meta.json'), 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(path.join(markup, 'meta.json'), JSON.stringify({ ...meta, id: MARKUP_ID, title: MARKUP_TITLE }));
  const guideDir = fs.mkdirSync(path.join(tmp, 'guides'), { recursive: true })!;
  for (const id of ['clinic', MARKUP_ID]) fs.copyFileSync(path.join(FIXTURES, 'guides', 'clinic.md'), path.join(guideDir, `${id}.md`));

  dist = path.join(tmp, 'dist');
  await build({
    ...viteConfig,
    configFile: false,
    logLevel: 'silent',
    plugins: appPlugins({ storyDir, guideDir }),
    build: { ...viteConfig.build, outDir: dist, emptyOutDir: true },
  });
  course = courseFrom(storyDir, { version: '9.9.9', description: 'Fixtures & <friends>' });
  const out = path.join(tmp, 'out');
  for (const written of await writePackages({ course, dist, out })) zips.set(written.kind, await JSZip.loadAsync(fs.readFileSync(written.file)));
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The zip's files (not its folders), by name. */
const filesOf = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir);

/** Where a built file points at another file, as Vite writes it: what a browser would fetch. */
function referencesIn(file: string, text: string): string[] {
  const patterns = file.endsWith('.html')
    ? [/\s(?:src|href)="([^"]*)"/g]
    : file.endsWith('.css')
      ? [/url\(\s*["']?([^"')]+)["']?\s*\)/g]
      : file.endsWith('.js')
        ? [
            /\bimport\(\s*[`"']([^`"']+)[`"']/g, // lazy chunks
            /\b(?:from|import)\s*["']([./][^"'\s]*)["']/g, // static imports
            /\bnew URL\(\s*[`"']([^`"']+)[`"']\s*,\s*import\.meta\.url/g, // sounds, workers
            // Preload lists. Object keys, and the template that looks them up, are source paths
            // (import.meta.glob's), not requests.
            /[`"'](\.\.?\/[^`"'\s]+)[`"'](?!\s*:)/g,
          ]
        : [];
  return patterns
    .flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!))
    .filter((ref) => !ref.startsWith('#') && !ref.startsWith('data:') && !ref.includes('${'));
}

describe('the LMS packages of a build', () => {
  it.each(KINDS)('%s holds every file of the build but the service worker as it is, its manifest, and (SCORM) its schemas at the root', async (kind) => {
    const zip = zips.get(kind)!;
    const built = packagedFiles(dist);
    expect(filesUnder(dist).filter((f) => !built.includes(f)).length).toBeGreaterThan(0);
    const extra = [PACKAGES[kind].manifest, ...(PACKAGES[kind].withSchemas ? schemaFiles(kind).map((f) => f.name) : [])];
    expect(filesOf(zip).map((f) => f.name).sort()).toEqual([...built, ...extra].sort());
    expect(built).toContain('index.html');
    for (const file of built) expect(Buffer.compare(await zip.file(file)!.async('nodebuffer'), fs.readFileSync(path.join(dist, file))), file).toBe(0);
  });

  it.each(KINDS)('%s: the manifest inside is the one for these scenarios and files, and it validates', async (kind) => {
    const manifest = await zips.get(kind)!.file(PACKAGES[kind].manifest)!.async('string');
    expect(manifest).toBe(manifestFor(kind, course, packagedFiles(dist)));
    expect(await validateManifest(kind, manifest)).toEqual([]);
  });

  it('has one unit per scenario of the build, titled from its metadata', () => {
    expect(course.units.map((u) => [u.id, u.title, u.launch])).toEqual([
      ['clinic', 'Fixture clinic', 'index.html?scenario=clinic'],
      [MARKUP_ID, MARKUP_TITLE, `index.html?scenario=${MARKUP_ID}`],
    ]);
  });

  it('every file the game asks for is in the package, by a relative address', async () => {
    const zip = zips.get('scorm2004')!;
    const problems: string[] = [];
    let count = 0;
    for (const entry of filesOf(zip).filter((f) => /\.(html|css|js)$/.test(f.name))) {
      for (const ref of referencesIn(entry.name, await entry.async('string'))) {
        count++;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(entry.name), ref.replace(/[?#].*$/, '')));
        const file = target.endsWith('/') || target === '.' ? path.posix.join(target, 'index.html') : target;
        if (/^[a-z][\w+.-]*:|^\//i.test(ref)) problems.push(`${entry.name}: ${ref} is not relative`);
        else if (file.startsWith('..') || !zip.file(file)) problems.push(`${entry.name}: ${ref} is not in the package`);
      }
    }
    expect(problems).toEqual([]);
    // The page, its styles and scripts, fonts, sounds, lazy chunks and workers: dozens, not a few.
    expect(count).toBeGreaterThan(50);
  });

  it('no file of the game asks another host for anything: every web address in it is a name', async () => {
    const found = new Map<string, string>();
    for (const entry of filesOf(zips.get('cmi5')!).filter((f) => /\.(html|css|js|svg|json)$/.test(f.name))) {
      for (const [address] of (await entry.async('string')).matchAll(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>\\]*/gi)) {
        if (!NAMES_NOT_REQUESTS.some((prefix) => address.startsWith(prefix))) found.set(address, entry.name);
      }
    }
    expect([...found].map(([address, file]) => `${file}: ${address}`)).toEqual([]);
  });

  it('writes no package when a manifest would not be valid', async () => {
    const out = path.join(tmp, 'refused');
    const bell = { ...course, title: 'Ring \u0007' };
    await expect(writePackages({ course: bell, dist, out })).rejects.toThrow(PackageError);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('the same build makes the same bytes', async () => {
    const again = await writePackages({ course, dist, out: path.join(tmp, 'again') });
    for (const written of again) {
      expect(fs.readFileSync(written.file).equals(fs.readFileSync(path.join(tmp, 'out', PACKAGES[written.kind].zip))), written.kind).toBe(true);
    }
  });
});
