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

describe('the facilitator’s links', () => {
  it('open the group debrief, on one scenario when named, and playing it together', () => {
    expect(routeFrom('?facilitator')).toEqual({ view: 'facilitator' });
    expect(routeFrom('?facilitator=')).toEqual({ view: 'facilitator' });
    expect(routeFrom('?facilitator=carlos')).toEqual({ view: 'facilitator', id: 'carlos' });
    expect(routeFrom('?facilitator=carlos&together')).toEqual({ view: 'together', id: 'carlos' });
    expect(urlFor({ view: 'facilitator' })).toBe('?facilitator');
    expect(urlFor({ view: 'facilitator', id: 'the-offer' })).toBe('?facilitator=the-offer');
    expect(urlFor({ view: 'together', id: 'the-offer' })).toBe('?facilitator=the-offer&together');
  });

  it('round-trip every route, whatever the scenario id holds', () => {
    for (const route of [{ view: 'facilitator', id: 'a&b=c' }, { view: 'together', id: 'x y' }, { view: 'scenario', id: '?odd', seed: 12 }] as const) {
      expect(routeFrom(urlFor(route))).toEqual(route);
    }
  });
});
