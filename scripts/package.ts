// npm run package [-- --dist DIR] [-- --out DIR]: builds the game (vite build into dist/) and
// writes the LMS packages into dist-packages/: SCORM 1.2, SCORM 2004 4th Edition and cmi5, each
// with one unit per scenario. --dist packages an existing build instead of building one.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { courseFrom, CourseError, type About } from './package/course.ts';
import { PackageError, writePackages } from './package/packages.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' } } });
const dist = path.resolve(values.dist ?? path.join(root, 'dist'));
const out = path.resolve(values.out ?? path.join(root, 'dist-packages'));

try {
  const about = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as About;
  const course = courseFrom(path.join(root, 'story'), about);
  if (!values.dist) await build({ root, logLevel: 'warn' });
  for (const written of await writePackages({ course, dist, out })) {
    const size = `${(written.bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(`${path.relative(process.cwd(), written.file)}: ${written.units} units, ${size}`);
  }
} catch (error) {
  if (!(error instanceof PackageError || error instanceof CourseError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
