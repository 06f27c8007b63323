// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th Edition: both are IMS content packages, one
// SCO per scenario (each launching its deep link) sharing one resource that holds the whole game.
import { ENTRY_PAGE, type Course } from './course.ts';
import { NAMESPACES, schemaLocation, XSI } from './schemas.ts';
import { child, newDocument, serialize, setAttributes } from './xml.ts';

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
  const { imscp, ...extensions } = NAMESPACES[edition];
  const prefixes = Object.fromEntries(Object.entries<readonly [string, string]>(extensions).map(([prefix, [uri]]) => [prefix, uri]));
  const manifest = newDocument(imscp[0], 'manifest', { ...prefixes, xsi: XSI });
  setAttributes(manifest, { identifier: 'asymmetry', version: course.version, 'xsi:schemaLocation': schemaLocation(edition) });

  const metadata = child(manifest, 'metadata');
  child(metadata, 'schema', {}, 'ADL SCORM');
  child(metadata, 'schemaversion', {}, schemaversion);

  const organization = child(child(manifest, 'organizations', { default: ORGANIZATION }), 'organization', { identifier: ORGANIZATION });
  child(organization, 'title', {}, course.title);
  for (const unit of course.units) {
    const item = child(organization, 'item', { identifier: itemId(unit.id), identifierref: scoId(unit.id) });
    child(item, 'title', {}, unit.title);
    // The SCO reports its own completion; with no success status set, the LMS grades nothing.
    if (edition === 'scorm2004') {
      child(child(item, 'imsss:sequencing'), 'imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' });
    }
  }
  if (edition === 'scorm2004') child(child(organization, 'imsss:sequencing'), 'imsss:controlMode', { choice: 'true', flow: 'true' });

  const resources = child(manifest, 'resources');
  for (const unit of course.units) {
    const sco = child(resources, 'resource', { identifier: scoId(unit.id), type: 'webcontent', [scormType]: 'sco', href: unit.launch });
    child(sco, 'file', { href: hrefOf(ENTRY_PAGE) });
    child(sco, 'dependency', { identifierref: GAME_RESOURCE });
  }
  const game = child(resources, 'resource', { identifier: GAME_RESOURCE, type: 'webcontent', [scormType]: 'asset' });
  for (const file of files) child(game, 'file', { href: hrefOf(file) });
  return serialize(manifest);
}
