// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th Edition: both are IMS content packages, one
// SCO per scenario (each launching its deep link) sharing one resource that holds the whole game.
// xmlbuilder2 escapes every title and attribute.
import { create } from 'xmlbuilder2';
import { ENTRY_PAGE, type Course } from './course.ts';
import { NAMESPACES, schemaLocation, XSI } from './schemas.ts';

export type ScormEdition = 'scorm12' | 'scorm2004';

const ORGANIZATION = 'asymmetry-scenarios';
const GAME_RESOURCE = 'game';
export const itemId = (scenarioId: string): string => `item-${scenarioId}`;
export const scoId = (scenarioId: string): string => `sco-${scenarioId}`;

const EDITIONS = {
  scorm12: { schemaversion: '1.2', scormType: 'adlcp:scormtype' },
  scorm2004: { schemaversion: '2004 4th Edition', scormType: 'adlcp:scormType' },
} as const;

/** A file's path in the package as a URI reference (each segment escaped). */
export const hrefOf = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

/**
 * The manifest for `files`, every file of the build (paths relative to its root, with `/`).
 * SCORM 2004 sequencing: the learner may choose any scenario from the LMS's table of contents
 * (choice) or step through them in order (flow); the game sets completion, never success or a score.
 */
export function scormManifest(edition: ScormEdition, course: Course, files: readonly string[]): string {
  const { schemaversion, scormType } = EDITIONS[edition];
  const ns = NAMESPACES[edition];
  const declarations: Record<string, string> = { 'xmlns:xsi': XSI, 'xsi:schemaLocation': schemaLocation(edition) };
  for (const [prefix, [uri]] of Object.entries<readonly [string, string]>(ns)) if (prefix !== 'imscp') declarations[`xmlns:${prefix}`] = uri;

  const manifest = create({ version: '1.0', encoding: 'UTF-8' }).ele(ns.imscp[0], 'manifest', {
    identifier: 'asymmetry',
    version: course.version,
    ...declarations,
  });
  manifest.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt(schemaversion);

  const organization = manifest.ele('organizations', { default: ORGANIZATION }).ele('organization', { identifier: ORGANIZATION });
  organization.ele('title').txt(course.title);
  for (const unit of course.units) {
    const item = organization.ele('item', { identifier: itemId(unit.id), identifierref: scoId(unit.id) });
    item.ele('title').txt(unit.title);
    if (edition === 'scorm2004') contentSetsStatus(item);
  }
  if (edition === 'scorm2004') organization.ele('imsss:sequencing').ele('imsss:controlMode', { choice: 'true', flow: 'true' });

  const resources = manifest.ele('resources');
  for (const unit of course.units) {
    resources
      .ele('resource', { identifier: scoId(unit.id), type: 'webcontent', [scormType]: 'sco', href: unit.launch })
      .ele('file', { href: hrefOf(ENTRY_PAGE) })
      .up()
      .ele('dependency', { identifierref: GAME_RESOURCE });
  }
  const game = resources.ele('resource', { identifier: GAME_RESOURCE, type: 'webcontent', [scormType]: 'asset' });
  for (const file of files) game.ele('file', { href: hrefOf(file) });
  return manifest.end({ prettyPrint: true });
}

/** The SCO reports its own completion; with no success status the LMS grades nothing. */
function contentSetsStatus(item: ReturnType<typeof create>): void {
  item.ele('imsss:sequencing').ele('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' });
}
