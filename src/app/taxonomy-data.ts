// The full move taxonomy, with every explanation text: needed by the debrief only, so it is
// loaded with the debrief's chunk and not before the first choice.
import { buildTaxonomy, type Taxonomy } from '../engine/taxonomy';
import concepts from '../../story/concepts.json';
import moves from '../../story/moves.json';

let taxonomy: Taxonomy | null = null;

export function getTaxonomy(): Taxonomy {
  return (taxonomy ??= buildTaxonomy(moves, concepts));
}
