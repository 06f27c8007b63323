// The metadata that lives beside each scenario's ink (story/scenarios/<id>/meta.json).
// Validated at build time; the runtime trusts what the build produced.
import * as z from 'zod/mini';
import { FACIAL_HAIR, GLASSES, HAIR_STYLES, SKIN_TONES } from './appearance.ts';

export const ROLES = ['patient', 'companion', 'clinician', 'staff', 'interpreter'] as const;
/** How the debrief speaks of a person: "she asked", "he asked", "they asked". */
export const PRONOUNS = ['she', 'he', 'they'] as const;
export type Pronoun = (typeof PRONOUNS)[number];

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
const text = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(2000));

const colour = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'must be a colour like #3d6b7d'));

const look = z.object({
  skin: z.enum(SKIN_TONES),
  hair: z.enum(HAIR_STYLES),
  hairColour: z.optional(colour),
  clothes: colour,
  facialHair: z.optional(z.enum(FACIAL_HAIR)),
  glasses: z.optional(z.enum(GLASSES)),
});

/** Roles the room draws as people: each needs a look. The clinician is the player; interpreters are on the phone. */
export const DRAWN_ROLES: readonly string[] = ['patient', 'companion', 'staff'];

const castMember = z.object({
  id,
  name: text,
  role: z.enum(ROLES),
  description: text,
  pronouns: z.optional(z.enum(PRONOUNS)),
  look: z.optional(look),
});

const variableName = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an ink variable name'));

/**
 * What a scenario says is at stake beyond the relationship (the patient's safety, a health
 * outcome, the people waiting): a tracked variable and how much a point of it counts, per
 * 100 points of its range, against trust and autonomy (weight 1 each unless listed). A
 * negative weight is a cost: more of it is worse.
 */
const stake = z.object({
  name: variableName,
  label: text,
  weight: z.number().check(z.gte(-5), z.lte(5)),
});

/**
 * A variable the story draws at the start from its seed (RANDOM), which makes one run
 * differ from another; values name what each drawn value means, for the run's summary.
 */
const variation = z.object({
  name: variableName,
  label: text,
  values: z.record(z.string().check(z.regex(/^-?\d+$/, 'must be a whole number')), text),
});

const trackedVariable = z.object({
  name: variableName,
  label: text,
  min: z.number(),
  max: z.number(),
});

export const scenarioMetaSchema = z.object({
  id,
  title: text,
  summary: text,
  setting: z.object({ id, description: text }),
  patient: id,
  cast: z.array(castMember).check(z.minLength(1)),
  objectives: z.array(text).check(z.minLength(1)),
  contentNotes: z.array(text),
  minutes: z.number().check(z.gt(0), z.lte(120)),
  variables: z.optional(z.array(trackedVariable)),
  clock: z.optional(z.object({ variable: z.string(), limit: z.number().check(z.gt(0)) })),
  endings: z.array(z.object({ id, title: text, summary: text })).check(z.minLength(1)),
  disclosures: z.optional(z.array(z.object({ id, label: text }))),
  stakes: z.optional(z.array(stake)),
  variation: z.optional(z.array(variation)),
  /** Where a learner playing alone can turn if the scenario brings something up: one sentence each. */
  support: z.optional(z.array(text)),
});

export type ScenarioMeta = z.infer<typeof scenarioMetaSchema>;

/** Problems a schema cannot express: references between fields. */
export function crossCheckMeta(meta: ScenarioMeta): string[] {
  const problems: string[] = [];
  const castIds = new Set(meta.cast.map((c) => c.id));
  if (!castIds.has(meta.patient)) problems.push(`patient "${meta.patient}" is not in cast`);
  const patient = meta.cast.find((c) => c.id === meta.patient);
  if (patient && patient.role !== 'patient') problems.push(`patient "${meta.patient}" must have role "patient"`);
  for (const c of meta.cast) {
    if (DRAWN_ROLES.includes(c.role) && !c.look) problems.push(`cast "${c.id}" (${c.role}) needs a "look": the room draws them`);
  }
  if (patient && !patient.pronouns) problems.push(`patient "${meta.patient}" needs "pronouns" (${PRONOUNS.join(', ')}): the debrief speaks of them`);
  const variableNames = new Set((meta.variables ?? []).map((v) => v.name));
  for (const s of meta.stakes ?? []) {
    if (!variableNames.has(s.name) && s.name !== 'trust' && s.name !== 'autonomy') problems.push(`stakes "${s.name}" is not trust, autonomy or listed in variables`);
  }
  for (const v of meta.variation ?? []) {
    if (Object.keys(v.values).length < 2) problems.push(`variation "${v.name}" needs at least two values`);
  }
  if (meta.clock && !variableNames.has(meta.clock.variable)) {
    problems.push(`clock.variable "${meta.clock.variable}" is not listed in variables`);
  }
  for (const name of ['trust', 'autonomy']) {
    if (variableNames.has(name)) problems.push(`"${name}" is always tracked; do not list it in variables`);
  }
  for (const [what, ids] of [
    ['cast', meta.cast.map((c) => c.id)],
    ['endings', meta.endings.map((e) => e.id)],
    ['disclosures', (meta.disclosures ?? []).map((d) => d.id)],
    ['stakes', (meta.stakes ?? []).map((s) => s.name)],
    ['variation', (meta.variation ?? []).map((v) => v.name)],
  ] as const) {
    const seen = new Set<string>();
    for (const i of ids) {
      if (seen.has(i)) problems.push(`${what} has "${i}" twice`);
      seen.add(i);
    }
  }
  return problems;
}

/** The patient as the debrief and the facilitator's views speak of them: full name and first name. */
export function patientName(meta: ScenarioMeta): { name: string; firstName: string } {
  const name = meta.cast.find((c) => c.id === meta.patient)?.name ?? meta.patient;
  return { name, firstName: name.split(/\s+/)[0] ?? name };
}

/** A disclosure's label, or its id if the scenario does not declare it. */
export const disclosureLabel = (meta: ScenarioMeta, id: string): string => meta.disclosures?.find((d) => d.id === id)?.label ?? id;

/** An ending's title, or its id if the scenario does not declare it. */
export const endingTitle = (meta: ScenarioMeta, id: string): string => meta.endings.find((e) => e.id === id)?.title ?? id;

/** Human-readable list of schema problems, one per field. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(top level)'}: ${i.message}`);
}
