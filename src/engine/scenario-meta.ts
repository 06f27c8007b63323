// The metadata that lives beside each scenario's ink (story/scenarios/<id>/meta.json).
// Validated at build time; the runtime trusts what the build produced.
import * as z from 'zod/mini';
import { FACIAL_HAIR, GLASSES, HAIR_STYLES, SKIN_TONES } from './appearance.ts';

export const ROLES = ['patient', 'companion', 'clinician', 'staff', 'interpreter'] as const;

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
  look: z.optional(look),
});

const trackedVariable = z.object({
  name: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an ink variable name')),
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
});

export type ScenarioMeta = z.infer<typeof scenarioMetaSchema>;
export type CastMember = ScenarioMeta['cast'][number];

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
  const variableNames = new Set((meta.variables ?? []).map((v) => v.name));
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
  ] as const) {
    const seen = new Set<string>();
    for (const i of ids) {
      if (seen.has(i)) problems.push(`${what} has "${i}" twice`);
      seen.add(i);
    }
  }
  return problems;
}

/** Human-readable list of schema problems, one per field. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(top level)'}: ${i.message}`);
}
