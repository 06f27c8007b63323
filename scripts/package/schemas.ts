// The official schema files each manifest is written against (scripts/package/schemas/, where
// they came from is in its README), and validation against them with libxml2's xmllint.
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

export type ManifestKind = 'scorm12' | 'scorm2004' | 'cmi5';

const SCHEMA_DIR = path.join(import.meta.dirname, 'schemas');

/** Each namespace a manifest uses, with the file that defines it (also its xsi:schemaLocation). */
export const NAMESPACES = {
  scorm12: {
    imscp: ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    adlcp: ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  },
  scorm2004: {
    imscp: ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    adlcp: ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    adlseq: ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    adlnav: ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    imsss: ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  },
  cmi5: {
    course: ['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'CourseStructure.xsd'],
  },
} as const satisfies Record<ManifestKind, Record<string, readonly [string, string]>>;

export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The value of xsi:schemaLocation: each namespace followed by its file, beside the manifest. */
export function schemaLocation(kind: ManifestKind): string {
  return Object.values(NAMESPACES[kind])
    .map(([uri, file]) => `${uri} ${file}`)
    .join(' ');
}

export interface SchemaFile {
  name: string;
  contents: Buffer;
}

/** Every schema file for a kind of manifest, with what each imports and includes. */
export function schemaFiles(kind: ManifestKind): SchemaFile[] {
  const dir = path.join(SCHEMA_DIR, kind);
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => ({ name, contents: fs.readFileSync(path.join(dir, name)) }));
}

/**
 * Validates a manifest against its official schemas; returns xmllint's messages (none when valid).
 * xmllint takes one schema, so a small schema importing each namespace the manifest uses
 * stands in front of them: the official files decide every element and attribute.
 */
export async function validateManifest(kind: ManifestKind, xml: string): Promise<string[]> {
  const imports = Object.values(NAMESPACES[kind])
    .map(([uri, file]) => `<xs:import namespace="${uri}" schemaLocation="${file}"/>`)
    .join('');
  const front = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports}</xs:schema>`;
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: 'front.xsd', contents: front }],
    preload: schemaFiles(kind).map((f) => ({ fileName: f.name, contents: new Uint8Array(f.contents) })),
  });
  // SCORM 1.2's ims_xml.xsd makes the xml namespace its default, which libxml2 reports and
  // lets pass; whether the manifest is valid is xmllint's verdict, not the count of its notes.
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
