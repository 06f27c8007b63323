// Routes live in the query string so that a deep link (?scenario=ID) opens a scenario
// directly, from a facilitator's slide or a bookmark. `&seed=N` fixes the run's variant, so a
// whole room can meet the same patient; a seed that is not one is ignored. `?facilitator`
// opens the group debrief (`=ID` on one scenario), and `&together` plays it with the room.
import { isSeed } from '../engine/encounter';

export type Route =
  | { view: 'menu' }
  | { view: 'scenario'; id: string; seed?: number }
  | { view: 'facilitator'; id?: string }
  | { view: 'together'; id: string };

export function routeFrom(search: string): Route {
  const params = new URLSearchParams(search);
  const facilitator = params.get('facilitator');
  if (facilitator !== null) {
    if (!facilitator) return { view: 'facilitator' };
    return params.has('together') ? { view: 'together', id: facilitator } : { view: 'facilitator', id: facilitator };
  }
  const id = params.get('scenario');
  if (!id) return { view: 'menu' };
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,5}$/.test(seedText) ? Number(seedText) : NaN;
  return isSeed(seed) ? { view: 'scenario', id, seed } : { view: 'scenario', id };
}

export function urlFor(route: Route): string {
  switch (route.view) {
    case 'menu':
      return location.pathname;
    case 'facilitator':
      return route.id === undefined ? '?facilitator' : `?facilitator=${encodeURIComponent(route.id)}`;
    case 'together':
      return `?facilitator=${encodeURIComponent(route.id)}&together`;
    case 'scenario':
      return `?scenario=${encodeURIComponent(route.id)}${route.seed === undefined ? '' : `&seed=${route.seed}`}`;
  }
}
