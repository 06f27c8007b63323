// The power-move taxonomy (story/moves.json) and the concepts it rests on
// (story/concepts.json). Every debrief explanation goes through these.
import * as z from 'zod/mini';

export const LEVERS = ['information', 'decision-control', 'dependence', 'structural', 'boundary', 'relational'] as const;
export const DIRECTIONS = ['shares', 'concentrates'] as const;

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const text = z.string().check(z.minLength(1));

export const conceptsFileSchema = z.object({
  concepts: z.array(z.object({ id, name: text, part: text, summary: text })).check(z.minLength(1)),
});
export const movesFileSchema = z.object({
  moves: z
    .array(
      z.object({
        id,
        name: text,
        lever: z.enum(LEVERS),
        direction: z.enum(DIRECTIONS),
        /** A concentrating move that, done openly and for the patient, is part of the job. */
        warranted: z.optional(z.boolean()),
        concept: id,
        definition: text,
        /** An advocacy-inquiry question; {patient} is the patient's first name, {they} {them} {their} their pronouns. */
        inquiry: text,
        /** One practical sentence to carry to the wards. */
        takeaway: text,
      }),
    )
    .check(z.minLength(1)),
});

export type Concept = z.infer<typeof conceptsFileSchema>['concepts'][number];
export type Move = z.infer<typeof movesFileSchema>['moves'][number];

export interface Taxonomy {
  readonly moves: ReadonlyMap<string, Move>;
  readonly concepts: ReadonlyMap<string, Concept>;
}

export class TaxonomyError extends Error {
  constructor(readonly problems: string[]) {
    super(`The move taxonomy is invalid:\n${problems.join('\n')}`);
    this.name = 'TaxonomyError';
  }
}

/** Validates both files and their cross-references; throws TaxonomyError listing every problem. */
export function buildTaxonomy(movesFile: unknown, conceptsFile: unknown): Taxonomy {
  const moves = movesFileSchema.safeParse(movesFile);
  const concepts = conceptsFileSchema.safeParse(conceptsFile);
  const problems: string[] = [];
  if (!moves.success) problems.push(...moves.error.issues.map((i) => `moves.${i.path.join('.')}: ${i.message}`));
  if (!concepts.success) problems.push(...concepts.error.issues.map((i) => `concepts.${i.path.join('.')}: ${i.message}`));
  if (!moves.success || !concepts.success) throw new TaxonomyError(problems);

  const conceptMap = indexById(concepts.data.concepts, 'concept', problems);
  const moveMap = indexById(moves.data.moves, 'move', problems);
  for (const move of moveMap.values()) {
    if (!conceptMap.has(move.concept)) problems.push(`move "${move.id}" rests on unknown concept "${move.concept}"`);
    if (move.warranted && move.direction !== 'concentrates') problems.push(`move "${move.id}" is warranted, which only a concentrating move can be`);
  }
  if (problems.length) throw new TaxonomyError(problems);
  return { moves: moveMap, concepts: conceptMap };
}

function indexById<T extends { id: string }>(items: readonly T[], what: string, problems: string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) problems.push(`${what} "${item.id}" is defined twice`);
    map.set(item.id, item);
  }
  return map;
}
