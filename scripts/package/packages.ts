// Writes the three LMS packages from a production build: each zip holds the whole game and its
// manifest; the SCORM ones also hold the manifest's schema files at the root, as SCORM packages
// do. Every manifest is validated against the official schemas before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SERVICE_WORKER_FILES } from '../../build/pwa.ts';
import { cmi5CourseStructure } from './cmi5.ts';
import { ENTRY_PAGE, type Course } from './course.ts';
import { schemaFiles, validateManifest, type ManifestKind } from './schemas.ts';
import { scormManifest } from './scorm.ts';

export const PACKAGES: Record<ManifestKind, { zip: string; manifest: string; withSchemas: boolean }> = {
  scorm12: { zip: 'asymmetry-scorm12.zip', manifest: 'imsmanifest.xml', withSchemas: true },
  scorm2004: { zip: 'asymmetry-scorm2004.zip', manifest: 'imsmanifest.xml', withSchemas: true },
  cmi5: { zip: 'asymmetry-cmi5.zip', manifest: 'cmi5.xml', withSchemas: false },
};

// One date on every entry: the same build makes the same bytes.
const ENTRY_DATE = new Date('2020-01-01T00:00:00Z');

export class PackageError extends Error {}

export interface WrittenPackage {
  kind: ManifestKind;
  file: string;
  units: number;
  bytes: number;
}

/** Every file under `dir`, relative to it with `/`, sorted. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The build's files, zipped once for all three packages. */
function zipOfGame(dist: string, files: readonly string[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const dir of foldersOf(files)) zip.file(dir, null, { dir: true, date: ENTRY_DATE });
  for (const file of files) zip.file(file, fs.readFileSync(path.join(dist, file)), { date: ENTRY_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The folders that hold `files`, each once, as zip entries name them (`assets/`). */
function foldersOf(files: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    parts.forEach((_, i) => folders.add(`${parts.slice(0, i + 1).join('/')}/`));
  }
  return [...folders].sort();
}

export function manifestFor(kind: ManifestKind, course: Course, files: readonly string[]): string {
  return kind === 'cmi5' ? cmi5CourseStructure(course) : scormManifest(kind, course, files);
}

/** The files of a build that go into a package: all but the service worker, which has no place in an LMS (README: Offline and updates). */
export function packagedFiles(dist: string): string[] {
  return filesUnder(dist).filter((file) => !SERVICE_WORKER_FILES.test(file));
}

/** Packages `dist`, a production build of `course`'s scenarios, into zips in `out`; writes none unless all are valid. */
export async function writePackages(options: { course: Course; dist: string; out: string }): Promise<WrittenPackage[]> {
  const { course } = options;
  const files = packagedFiles(options.dist);
  if (!files.includes(ENTRY_PAGE)) throw new PackageError(`${options.dist} has no ${ENTRY_PAGE}: is it a production build?`);
  const kinds = Object.keys(PACKAGES) as ManifestKind[];
  const entries = new Map<ManifestKind, { name: string; contents: string | Buffer }[]>();
  for (const kind of kinds) {
    const spec = PACKAGES[kind];
    const manifest = manifestFor(kind, course, files);
    const problems = await validateManifest(kind, manifest);
    if (problems.length) throw new PackageError(`${spec.manifest} for ${kind} is not valid:\n${problems.join('\n')}`);
    const extra = [{ name: spec.manifest, contents: manifest }, ...(spec.withSchemas ? schemaFiles(kind) : [])];
    const clash = extra.find((e) => files.includes(e.name));
    if (clash) throw new PackageError(`the build has its own ${clash.name}, which the package needs for its manifest`);
    entries.set(kind, extra);
  }

  const game = await zipOfGame(options.dist, files);
  fs.mkdirSync(options.out, { recursive: true });
  const written: WrittenPackage[] = [];
  for (const kind of kinds) {
    // JSZip keeps the game's entries as they were compressed: only the new ones are deflated.
    const zip = await JSZip.loadAsync(game);
    for (const e of entries.get(kind)!) zip.file(e.name, e.contents, { date: ENTRY_DATE });
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const file = path.join(options.out, PACKAGES[kind].zip);
    fs.writeFileSync(file, bytes);
    written.push({ kind, file, units: course.units.length, bytes: bytes.length });
  }
  return written;
}
