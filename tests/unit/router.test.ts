import { describe, expect, it } from 'vitest';
import { routeFrom, urlFor } from '../../src/app/router';

describe('deep links', () => {
  it('open a scenario, with a seed when the link fixes one', () => {
    expect(routeFrom('?scenario=boundaries')).toEqual({ view: 'scenario', id: 'boundaries' });
    expect(routeFrom('?scenario=boundaries&seed=4821')).toEqual({ view: 'scenario', id: 'boundaries', seed: 4821 });
    expect(urlFor({ view: 'scenario', id: 'boundaries', seed: 7 })).toBe('?scenario=boundaries&seed=7');
  });

  it('ignore a seed that is not one', () => {
    for (const bad of ['-3', '1.5', '999999', 'abc', '', '1e3']) expect(routeFrom(`?scenario=carlos&seed=${bad}`)).toEqual({ view: 'scenario', id: 'carlos' });
  });
});
