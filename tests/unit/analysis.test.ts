// The clinic fixture's every outcome is known by hand (see its main.ink):
//   choice 1: let-finish  → trust +20, clock +2, discloses "tablets"
//             interrupt   → trust −20, autonomy −10, clock +1
//   choice 2: offer-choice → autonomy +30, clock +2 → "agreed" if autonomy ≥ 50
//             decide-for   → autonomy −30 → "prescribed"
import { describe, expect, it } from 'vitest';
import { creditMoves, doorsOf, endingsClosed } from '../../src/engine/analysis/attribution';
import { analyseChoicePoints, mostPivotal, oddsDistance, pivotality } from '../../src/engine/analysis/counterfactuals';
import { encounterAt } from '../../src/engine/analysis/moments';
import { buildDebrief } from '../../src/engine/debrief';
import { Encounter } from '../../src/engine/encounter';
import { stakesOf } from '../../src/engine/stakes';
import { fixtureBundle, realTaxonomy } from '../helpers';

const taxonomy = realTaxonomy();

const bundle = fixtureBundle();

function run(...choices: number[]): Encounter {
  const encounter = Encounter.begin(bundle);
  for (const c of choices) encounter.choose(c);
  return encounter;
}

describe('attribution', () => {
  it('credits each choice\'s change to its moves, split evenly, largest effect first', () => {
    const encounter = run(1, 1); // interrupt + narrow-agenda, then decide-for alone
    expect(creditMoves(encounter.log)).toEqual([
      { move: 'decide-for', count: 1, change: { trust: 0, autonomy: -30, clock: 0 } },
      { move: 'interrupt', count: 1, change: { trust: -10, autonomy: -5, clock: 0.5 } },
      { move: 'narrow-agenda', count: 1, change: { trust: -10, autonomy: -5, clock: 0.5 } },
    ]);
  });
});

describe('counterfactuals', () => {
  it('computes what every option did or would have done next, and where it could end', async () => {
    const points = await analyseChoicePoints(bundle, run(0, 0).log, 0);
    expect(points).toHaveLength(2);
    const [first, second] = points;
    expect(first?.options.map((o) => ({ text: o.text, taken: o.taken, change: o.change, disclosed: o.disclosed, endings: o.endings }))).toEqual([
      { text: 'Let Sam finish', taken: true, change: { trust: 20, autonomy: 0, clock: 2 }, disclosed: ['tablets'], endings: { odds: { agreed: 0.5, prescribed: 0.5 }, exact: true, samples: 0 } },
      { text: 'Interrupt with a checklist', taken: false, change: { trust: -20, autonomy: -10, clock: 1 }, disclosed: [], endings: { odds: { agreed: 0.5, prescribed: 0.5 }, exact: true, samples: 0 } },
    ]);
    expect(first?.options[1]?.lines).toEqual(['Fine.', 'What happens now?']);
    expect(second?.options.map((o) => [o.text, o.change.autonomy, o.endings.odds])).toEqual([
      ['Offer a choice of next steps', 30, { agreed: 1 }],
      ['Decide the plan yourself', -30, { prescribed: 1 }],
    ]);
  });

  it('scores pivotality by the largest difference between options', async () => {
    const points = await analyseChoicePoints(bundle, run(0, 0).log, 0);
    // Choice 1: 40 trust + 10 autonomy = 0.5, same ending odds, one discloses (+0.5).
    // Choice 2: 60 autonomy = 0.6, disjoint endings (+1).
    expect(points.map((p) => p.pivotality)).toEqual([1, 1.6]);
    expect(mostPivotal(points).map((p) => p.turn)).toEqual([1, 0]);
    expect(mostPivotal(points, 1).map((p) => p.turn)).toEqual([1]);
  });

  it('reports progress and yields between choice points', async () => {
    const progress: string[] = [];
    let yields = 0;
    await analyseChoicePoints(bundle, run(0, 0).log, 0, {
      onProgress: ({ done, total }) => progress.push(`${done}/${total}`),
      yieldToHost: () => Promise.resolve(void yields++),
    });
    expect(progress).toEqual(['1/2', '2/2']);
    expect(yields).toBe(2);
  });

  it('samples, seeded and labelled as such, when the rest of the story is too big to enumerate', async () => {
    const points = await analyseChoicePoints(bundle, run(0, 0).log, 0, { limits: { exactBudget: 0, samples: 8, seed: 3 } });
    const odds = points[0]!.options.find((o) => !o.taken)!.endings;
    expect(odds.exact).toBe(false);
    expect(odds.samples).toBe(8);
    expect(Object.values(odds.odds).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    const again = await analyseChoicePoints(bundle, run(0, 0).log, 0, { limits: { exactBudget: 0, samples: 8, seed: 3 } });
    expect(again[0]!.options.find((o) => !o.taken)!.endings).toEqual(odds);
  });

  it('reads where a taken option can end from the next moment: the mean of its options, exact if theirs are', async () => {
    const [first, second] = await analyseChoicePoints(bundle, run(0, 0).log, 0, { limits: { exactBudget: 0, samples: 8, seed: 3 } });
    // Both options of the second moment end the encounter, so its odds are exact without enumerating anything.
    expect(second!.options.map((o) => o.endings)).toEqual([
      { odds: { agreed: 1 }, exact: true, samples: 0 },
      { odds: { prescribed: 1 }, exact: true, samples: 0 },
    ]);
    expect(first!.options.find((o) => o.taken)!.endings).toEqual({ odds: { agreed: 0.5, prescribed: 0.5 }, exact: true, samples: 0 });
  });

  it('refuses to analyse a run the story no longer matches', async () => {
    const log = structuredClone(run(0, 0).log);
    log[0]!.offered[0]!.text = 'Something the story never offered';
    await expect(analyseChoicePoints(bundle, log, 0)).rejects.toThrow(/story has changed/);
  });

  it('measures distances between ending odds', () => {
    expect(oddsDistance({ a: 1 }, { b: 1 })).toBe(1);
    expect(oddsDistance({ a: 0.5, b: 0.5 }, { a: 0.5, b: 0.5 })).toBe(0);
    expect(pivotality([{ change: {}, disclosed: [], endings: { odds: { a: 1 }, exact: true, samples: 0 } }], stakesOf(bundle.meta))).toBe(0);
  });
});

describe('doors', () => {
  it('finds the disclosure opened by listening and closed by interrupting', async () => {
    expect(doorsOf(await analyseChoicePoints(bundle, run(0, 0).log, 0))).toEqual([{ turn: 0, disclosure: 'tablets', kind: 'opened', option: 'Let Sam finish' }]);
    expect(doorsOf(await analyseChoicePoints(bundle, run(1, 0).log, 0))).toEqual([{ turn: 0, disclosure: 'tablets', kind: 'closed', option: 'Let Sam finish' }]);
  });

  it('names the endings the choice made unreachable', async () => {
    const [, second] = await analyseChoicePoints(bundle, run(0, 1).log, 0);
    expect(endingsClosed(second!)).toEqual(['agreed']);
  });
});

describe('replay from a moment', () => {
  it('rebuilds the run up to a choice point exactly', () => {
    const original = run(1, 0);
    const branch = encounterAt(bundle, original.log, 1, 0);
    expect(branch.log).toEqual(original.log.slice(0, 1));
    expect(branch.variables).toEqual(original.log[1]!.before);
    branch.choose(1);
    expect(branch.ending).toBe('prescribed');
  });
});

describe('the PEARLS debrief', () => {
  it('leads with the most pivotal moment, explained through moves and concepts, with alternatives and an inquiry', async () => {
    const encounter = run(0, 1); // listened, then decided for Sam
    const points = await analyseChoicePoints(bundle, encounter.log, 0);
    const debrief = buildDebrief(bundle.meta, taxonomy, encounter.summary(), points);
    expect(debrief.timeline).toEqual([
      { step: 0, trust: 50, autonomy: 50 },
      { step: 1, trust: 70, autonomy: 50 },
      { step: 2, trust: 70, autonomy: 20 },
    ]);
    expect(debrief.shape).toBe('benevolent-paternalism');
    const lead = debrief.analysis!.pivotal[0]!;
    expect(lead.turn).toBe(1);
    expect(lead.chosen.text).toBe('Decide the plan yourself');
    // The authored line, the concept once, and the move to ask about: what this choice did that the other did not.
    expect(lead.chosen.why).toContain('before Sam has said what would work');
    expect(lead.concepts.map((c) => c.id)).toEqual(['decision-control']);
    expect(lead.inquiry?.id).toBe('decide-for');
    // Ranked by the stakes (trust and autonomy here): offering the choice would have done clearly better.
    expect(lead.betterExisted).toBe(true);
    expect(lead.alternatives).toEqual([
      expect.objectContaining({
        text: 'Offer a choice of next steps',
        why: expect.stringContaining('picks the one that fits'),
        score: 30,
        reachable: ['Agreed'],
        reachableExact: true,
        goOn: { ending: 'Agreed', followed: 0, diverged: false, stakes: [{ name: 'autonomy', label: 'Autonomy', change: 30 }] },
      }),
    ]);
    expect(lead.endingsClosed).toEqual(['Agreed']);
    // The choice concentrated power where another option did better, so the lesson comes from that option.
    expect(debrief.analysis!.takeaways.map((t) => t.id)).toEqual(['offer-choice', 'let-finish']);
    expect(debrief.analysis!.glossary.map((c) => c.id)).toEqual(expect.arrayContaining(['decision-control', 'shared-decision-making']));
    expect(debrief.analysis!.doors).toEqual([{ turn: 0, kind: 'opened', label: "Taking a flatmate's tablets", option: 'Let Sam finish' }]);
  });
});
