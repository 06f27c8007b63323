// The LMS manifests for a made-up course: valid against the official schemas, one unit per
// scenario launching its deep link, every text kept as text, and nothing that grades.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { COURSE_IRI } from '../../scripts/package/cmi5';
import { launchUrl, type Course } from '../../scripts/package/course';
import { manifestFor } from '../../scripts/package/packages';
import { NAMESPACES, validateManifest, type ManifestKind } from '../../scripts/package/schemas';
import { routeFrom } from '../../src/app/router';
import { activityIri, IRI_BASE } from '../../src/reporting/xapi/vocabulary';

const KINDS: ManifestKind[] = ['scorm12', 'scorm2004', 'cmi5'];
const MARKUP = `<b>Tom & "Jerry"</b> it's ]]> <!-- not a comment --> &amp;`;

const course: Course = {
  title: `Asymmetry <i>&</i> "friends"`,
  description: `Power & <em>care</em>`,
  version: `1.2.3 "beta"`,
  lang: 'en',
  units: [
    { id: 'carlos', title: 'Carlos', description: 'A diabetes review.', launch: launchUrl('carlos') },
    { id: 'twelve-seconds', title: MARKUP, description: `${MARKUP} (the summary)`, launch: launchUrl('twelve-seconds') },
  ],
};
const FILES = ['index.html', 'favicon.svg', 'assets/index-abc.js', 'assets/odd name&#1.wav'];

/** The manifest as a DOM, and its elements by namespace and name. */
function parse(xml: string) {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
  const all = (ns: string, name: string) => [...root.getElementsByTagNameNS(ns, name)];
  return { root, all };
}

describe('the LMS manifests', () => {
  it.each(KINDS)('%s validates against its official schemas', async (kind) => {
    expect(await validateManifest(kind, manifestFor(kind, course, FILES))).toEqual([]);
  });

  it.each([
    ['scorm12', 'adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"', "'lesson' is not an element of the set"],
    ['scorm2004', 'choice="true"', 'choice="yes"', "'yes' is not a valid value of the atomic type 'xs:boolean'"],
    ['cmi5', 'moveOn="Completed"', 'moveOn="Finished"', "'Finished' is not an element of the set"],
  ] as const)('%s: the schemas refuse a manifest that breaks them (%s)', async (kind, good, bad, message) => {
    const manifest = manifestFor(kind, course, FILES);
    expect(manifest).toContain(good);
    const problems = await validateManifest(kind, manifest.replace(good, bad));
    expect(problems.join('\n')).toContain(message);
  });

  it.each(['scorm12', 'scorm2004'] as const)('%s: one SCO per scenario, each launching its deep link, in the order given', (kind) => {
    const { all } = parse(manifestFor(kind, course, FILES));
    const cp = NAMESPACES[kind].imscp[0];
    const adlcp = NAMESPACES[kind].adlcp[0];
    const scormType = kind === 'scorm12' ? 'scormtype' : 'scormType';
    const resources = new Map(all(cp, 'resource').map((r) => [r.getAttribute('identifier'), r]));
    const launched = all(cp, 'item').map((item) => {
      const resource = resources.get(item.getAttribute('identifierref'))!;
      expect(resource.getAttributeNS(adlcp, scormType)).toBe('sco');
      const href = resource.getAttribute('href')!;
      return { title: item.getElementsByTagNameNS(cp, 'title')[0]!.textContent, route: routeFrom(new URL(href, 'https://lms.test/pkg/').search), href };
    });
    expect(launched).toEqual(
      course.units.map((u) => ({ title: u.title, route: { view: 'scenario', id: u.id }, href: `index.html?scenario=${u.id}` })),
    );
  });

  it.each(['scorm12', 'scorm2004'] as const)('%s: the SCOs share one resource listing every file of the game, escaped as URIs', (kind) => {
    const { all } = parse(manifestFor(kind, course, FILES));
    const cp = NAMESPACES[kind].imscp[0];
    const game = all(cp, 'resource').find((r) => r.getAttribute('identifier') === 'game')!;
    expect([...game.getElementsByTagNameNS(cp, 'file')].map((f) => f.getAttribute('href'))).toEqual([
      'index.html',
      'favicon.svg',
      'assets/index-abc.js',
      'assets/odd%20name%26%231.wav',
    ]);
    const scos = all(cp, 'resource').filter((r) => r !== game);
    expect(scos).toHaveLength(course.units.length);
    for (const sco of scos) expect([...sco.getElementsByTagNameNS(cp, 'dependency')].map((d) => d.getAttribute('identifierref'))).toEqual(['game']);
  });

  it('SCORM 2004: 4th Edition; the learner may choose any scenario or go in order; each SCO sets its own completion', () => {
    const { all } = parse(manifestFor('scorm2004', course, FILES));
    const cp = NAMESPACES.scorm2004.imscp[0];
    const ss = NAMESPACES.scorm2004.imsss[0];
    expect(all(cp, 'schemaversion').map((e) => e.textContent)).toEqual(['2004 4th Edition']);
    const [control, ...more] = all(ss, 'controlMode');
    expect(more).toEqual([]);
    expect((control!.parentNode!.parentNode as Element).localName).toBe('organization');
    expect([control!.getAttribute('choice'), control!.getAttribute('flow')]).toEqual(['true', 'true']);
    // Nothing that would hold a learner back from a scenario.
    for (const limiting of ['constrainedChoiceConsiderations', 'preConditionRule', 'limitConditions']) expect(all(ss, limiting)).toEqual([]);
    const delivery = all(ss, 'deliveryControls');
    expect(delivery).toHaveLength(course.units.length);
    for (const d of delivery) expect([d.getAttribute('completionSetByContent'), d.getAttribute('objectiveSetByContent')]).toEqual(['true', 'true']);
  });

  it('SCORM 1.2 declares itself 1.2', () => {
    const { all } = parse(manifestFor('scorm12', course, FILES));
    expect(all(NAMESPACES.scorm12.imscp[0], 'schemaversion').map((e) => e.textContent)).toEqual(['1.2']);
  });

  it('cmi5: one AU per scenario, its id the activity IRI, a relative URL, moved on by completion, in any window', () => {
    const { all } = parse(manifestFor('cmi5', course, FILES));
    const ns = NAMESPACES.cmi5.course[0];
    const [about] = all(ns, 'course');
    expect(about!.getAttribute('id')).toBe(COURSE_IRI);
    expect(COURSE_IRI.startsWith(`${IRI_BASE}/`)).toBe(true);
    const aus = all(ns, 'au').map((au) => ({
      id: au.getAttribute('id'),
      url: au.getElementsByTagNameNS(ns, 'url')[0]!.textContent,
      moveOn: au.getAttribute('moveOn'),
      launchMethod: au.getAttribute('launchMethod'),
      masteryScore: au.getAttribute('masteryScore'),
      title: au.getElementsByTagNameNS(ns, 'title')[0]!.getElementsByTagNameNS(ns, 'langstring')[0]!.textContent,
      description: au.getElementsByTagNameNS(ns, 'description')[0]!.getElementsByTagNameNS(ns, 'langstring')[0]!.textContent,
    }));
    expect(aus).toEqual(
      course.units.map((u) => ({
        id: activityIri(u.id),
        url: `index.html?scenario=${u.id}`,
        moveOn: 'Completed',
        launchMethod: 'AnyWindow',
        masteryScore: null,
        title: u.title,
        description: u.description,
      })),
    );
  });

  it.each(KINDS)('%s: titles and texts with markup stay text, character for character', (kind) => {
    const xml = manifestFor(kind, course, FILES);
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('<!-- not');
    const texts = parse(xml).root.getElementsByTagNameNS('*', kind === 'cmi5' ? 'langstring' : 'title');
    const values = [...texts].map((t) => t.textContent);
    expect(values).toContain(course.title);
    expect(values).toContain(MARKUP);
    if (kind === 'cmi5') expect(values).toContain(`${MARKUP} (the summary)`);
    else expect(parse(xml).root.getAttribute('version')).toBe(course.version);
  });

  it.each(KINDS)('%s: a title XML cannot hold (a control character) fails validation, so no package is written', async (kind) => {
    const bell = { ...course, units: [{ ...course.units[0]!, title: 'Ring \u0007' }] };
    expect((await validateManifest(kind, manifestFor(kind, bell, FILES))).join('\n')).toMatch(/invalid Char value 7/i);
  });

  it.each(KINDS)('%s grades nothing: no mastery score, passing mark or scaled measure', (kind) => {
    expect(manifestFor(kind, course, FILES)).not.toMatch(/mastery|minNormalizedMeasure|satisfiedByMeasure|passingScore/i);
  });
});
