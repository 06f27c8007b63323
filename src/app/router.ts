// Routes live in the query string so that a deep link (?scenario=ID) opens a scenario
// directly, from a facilitator's slide or a bookmark.
export type Route = { view: 'menu' } | { view: 'scenario'; id: string };

export function routeFrom(search: string): Route {
  const id = new URLSearchParams(search).get('scenario');
  return id ? { view: 'scenario', id } : { view: 'menu' };
}

export function urlFor(route: Route): string {
  return route.view === 'scenario' ? `?scenario=${encodeURIComponent(route.id)}` : location.pathname;
}
