// Routes live in the query string so that a deep link (?scenario=ID) opens a scenario
// directly, from a facilitator's slide or a bookmark. `&seed=N` fixes the run's variant, so a
// whole room can meet the same patient; a seed that is not one is ignored.
import { isSeed } from '../engine/encounter';

export type Route = { view: 'menu' } | { view: 'scenario'; id: string; seed?: number };

export function routeFrom(search: string): Route {
  const params = new URLSearchParams(search);
  const id = params.get('scenario');
  if (!id) return { view: 'menu' };
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,5}$/.test(seedText) ? Number(seedText) : NaN;
  return isSeed(seed) ? { view: 'scenario', id, seed } : { view: 'scenario', id };
}

export function urlFor(route: Route): string {
  if (route.view === 'menu') return location.pathname;
  const seed = route.seed === undefined ? '' : `&seed=${route.seed}`;
  return `?scenario=${encodeURIComponent(route.id)}${seed}`;
}
