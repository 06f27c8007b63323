// The LMS packages of the build under test, unzipped as an LMS unpacks an upload. The zips come
// from E2E_PACKAGES (a folder `npm run package -- --dist <build> --out <folder>` wrote), or,
// without it, are written here from the build the browser tests serve (E2E_DIST, else dist/)
// so they can never be older than it. Each test worker unpacks its own, in a fresh folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { courseFrom, type About } from '../../../scripts/package/course.ts';
import { PACKAGES, writePackages } from '../../../scripts/package/packages.ts';
import type { ManifestKind } from '../../../scripts/package/schemas.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface UnpackedPackage {
  /** The folder the package was unzipped into: the LMS serves it. */
  dir: string;
  /** Its manifest (imsmanifest.xml or cmi5.xml), as text. */
  manifest: string;
  /** Deletes the folder. */
  remove(): void;
}

const removeFolder = (dir: string) => fs.rmSync(dir, { recursive: true, force: true });

let written: Promise<string> | null = null;

/** The folder holding the three zips: E2E_PACKAGES, or zips written once per worker from the build. */
function packagesFolder(): Promise<string> {
  if (process.env.E2E_PACKAGES) return Promise.resolve(path.resolve(process.env.E2E_PACKAGES));
  written ??= (async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'asymmetry-packages-'));
    process.once('exit', () => removeFolder(out));
    const about = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as About;
    await writePackages({ course: courseFrom(path.join(ROOT, 'story'), about), dist: path.resolve(ROOT, process.env.E2E_DIST ?? 'dist'), out });
    return out;
  })();
  return written;
}

/** Unzips the `kind` package into a new folder. Refuses an entry that would land outside it. */
export async function unpackPackage(kind: ManifestKind): Promise<UnpackedPackage> {
  const zipFile = path.join(await packagesFolder(), PACKAGES[kind].zip);
  const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `asymmetry-${kind}-`));
  for (const entry of Object.values(zip.files)) {
    const target = path.resolve(dir, entry.name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`${zipFile}: ${entry.name} would be unzipped outside its folder`);
    if (entry.dir) fs.mkdirSync(target, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, await entry.async('nodebuffer'));
    }
  }
  return { dir, manifest: fs.readFileSync(path.join(dir, PACKAGES[kind].manifest), 'utf8'), remove: () => removeFolder(dir) };
}

/**
 * What an LMS launches for a SCORM manifest's item: the href of the resource it refers to.
 * The item is picked as a learner picks it, by what it opens: the one for `scenarioId`.
 */
export function scormLaunchOf(manifest: string, scenarioId: string): string {
  const doc = new DOMParser().parseFromString(manifest, 'text/xml');
  const hrefs = new Map([...doc.getElementsByTagName('resource')].map((r) => [r.getAttribute('identifier'), r.getAttribute('href')]));
  const launches = [...doc.getElementsByTagName('item')].map((item) => hrefs.get(item.getAttribute('identifierref'))).filter((href): href is string => !!href);
  const launch = launches.find((href) => new URL(href, 'http://lms.invalid/').searchParams.get('scenario') === scenarioId);
  if (!launch) throw new Error(`no item of the manifest launches ${scenarioId} (launches: ${launches.join(', ')})`);
  return launch;
}
