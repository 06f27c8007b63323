// Imported first by main.ts, for its side effect: a module's body runs only after everything it
// imports has run, so a call in main.ts itself waited for all the start-up code to be evaluated
// before a deep link's story (or the menu's cards) was even asked for. Here it waits only for
// the router and the catalog.
import { routeFrom } from './app/router';
import { prefetchRoute } from './app/scenario-loader';

prefetchRoute(routeFrom(location.search));
