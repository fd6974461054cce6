import { describe, expect, it } from 'vitest';
import { calibrate, DEFAULT_PLAN } from './plan.js';
import { SimilarGoals } from './rank.js';
import { goalTerms } from './terms.js';

// Every goal here is written for these tests.
describe('evidence beyond shared words', () => {
  it('joins a compound to its parts written apart, by the dictionary', () => {
    const a = goalTerms('Kompetensförsörjningen ska säkras.').terms;
    const b = goalTerms('Försörjningen av kompetens ska säkras.').terms;
    expect(a).toEqual(expect.arrayContaining(['kompetens', 'försörjning']));
    expect(b).toEqual(expect.arrayContaining(['kompetens', 'försörjning']));
  });

  it('names the concepts a goal mentions, and their broader concepts', () => {
    const fiber = goalTerms('Alla hushåll ska kunna ansluta sig till fibernätet.').terms;
    const bredband = goalTerms('Kommunen ska bygga ut bredbandet på landsbygden.').terms;
    const shared = fiber.filter((t) => t.startsWith('§') && bredband.includes(t));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('reads the direction a goal wants', () => {
    expect(goalTerms('Antalet anställda ska öka.').polarity).toBe(1);
    expect(goalTerms('Antalet anställda ska minska.').polarity).toBe(-1);
    expect(goalTerms('Kommunen ska ha ett rikt kulturliv.').polarity).toBe(0);
  });
});

describe('SimilarGoals', () => {
  const engine = new SimilarGoals([
    { id: 'a', text: 'Fler hushåll på landsbygden ska få tillgång till fiber.', owners: ['A'] },
    { id: 'b', text: 'Kommunen ska bygga ut bredbandet så att alla byar blir uppkopplade.', owners: ['B'] },
    { id: 'c', text: 'Antalet anställda i kommunen ska öka.', owners: ['C'] },
    { id: 'd', text: 'Antalet anställda i kommunen ska minska.', owners: ['D'] },
    { id: 'e', text: 'Kommunen ska servera mer ekologisk mat i skolorna.', owners: ['E'] },
  ]);

  it('ranks the same aim in other words first', () => {
    expect(engine.ranked('a', 3)[0]?.id).toBe('b');
  });

  it('scores opposite aims with the same words lower than their words alone would', () => {
    const opposite = engine.ranked('c', 5).find((g) => g.id === 'd')?.score ?? 0;
    const same = new SimilarGoals([
      { id: 'c', text: 'Antalet anställda i kommunen ska öka.', owners: ['C'] },
      { id: 'd2', text: 'Antalet anställda i kommunen ska öka.', owners: ['D'] },
    ]).ranked('c', 1)[0]!.score;
    expect(opposite).toBeLessThan(same * 0.5);
  });

  it('answers a free-text draft with the goals like it and the words they share', () => {
    const like = engine.like('Vi vill att fibern når alla hushåll på landsbygden', 2);
    expect(like[0]?.id).toBe('a');
    expect(like[0]?.shared.length).toBeGreaterThan(0);
    expect(engine.like('xyzzy', 3)).toEqual([]);
  });

  it('explains a link with the concept in both goals\' words', () => {
    expect(engine.explain('a', 'b').some((w) => w.includes('~') || w.includes('fiber') || w.includes('bredband'))).toBe(true);
  });
});

describe('calibrated linking', () => {
  it('keeps the top k above the absolute floor and the share of the best', () => {
    const scored = [0.3, 0.2, 0.14, 0.1, 0.05].map((score, goal) => ({ goal, score }));
    expect(calibrate(scored, { ...DEFAULT_PLAN, minScore: 0.08, relative: 0.5 }).map((s) => s.score)).toEqual([0.3, 0.2]);
    expect(calibrate(scored, { ...DEFAULT_PLAN, k: 1, minScore: 0, relative: 0 }).map((s) => s.score)).toEqual([0.3]);
    expect(calibrate([], DEFAULT_PLAN)).toEqual([]);
  });
});

describe('a goal read in its context', () => {
  // A short goal that names its subject only through its heading and its document's other goals.
  const broadband = [
    { id: 'x1', text: 'Alla hushåll ska ha tillgång till bredband om minst 100 Mbit/s.', owners: ['X'], document: 'X-doc', section: 'Bredband' },
    { id: 'x2', text: 'Bredbandet ska byggas ut i alla byar.', owners: ['X'], document: 'X-doc', section: 'Bredband' },
    { id: 'x3', text: 'Fyra år senare ska täckningen vara hundraprocentig.', owners: ['X'], document: 'X-doc', section: 'Bredband på landsbygden' },
  ];
  const others = [
    { id: 'y', text: 'Bredband ska finnas i hela kommunen, även på landsbygden.', owners: ['Y'], document: 'Y-doc', section: null },
    { id: 'z', text: 'Täckningen av förskoleplatser ska vara god i alla tätorter.', owners: ['Z'], document: 'Z-doc', section: 'Förskola' },
  ];

  it('lets the heading and the document lend a goal the subject it leaves unsaid', () => {
    const engine = new SimilarGoals([...broadband, ...others]);
    expect(engine.ranked('x3', 2).map((g) => g.id)).toEqual(['y', 'z']);
    const bare = new SimilarGoals([...broadband, ...others].map(({ id, text, owners }) => ({ id, text, owners })));
    expect(bare.ranked('x3', 2)[0]?.id).toBe('z');
  });

  it('explains a link with words at least one of the goals writes, never with their headings alone', () => {
    const engine = new SimilarGoals([...broadband, ...others]);
    expect(engine.explain('x3', 'y').join(' ')).toMatch(/bredband/);
    const headed = new SimilarGoals([
      { id: 'u', text: 'Alla ska kunna delta i föreningslivet.', owners: ['U'], section: 'Kultur och fritid' },
      { id: 'v', text: 'Fler ska delta i föreningslivet.', owners: ['V'], section: 'Kultur och fritid' },
    ]);
    const words = headed.explain('u', 'v').join(' ');
    expect(words).toMatch(/förening/);
    expect(words).not.toMatch(/kultur|fritid/);
  });

  it('takes the document\'s themes for a goal that has none of its own, weaker than its own', () => {
    const tagged = new SimilarGoals([
      { id: 'p', text: 'Alla ska kunna delta.', owners: ['P'], documentThemes: [{ id: 'culture', weight: 1 }] },
      { id: 'q', text: 'Alla ska kunna delta.', owners: ['Q'], themes: [{ id: 'culture', weight: 1 }] },
      { id: 'r', text: 'Alla ska kunna delta.', owners: ['R'], themes: [{ id: 'sport', weight: 1 }] },
    ]);
    const [first, second] = tagged.ranked('p', 2);
    expect(first?.id).toBe('q');
    expect(second?.id).toBe('r');
    expect(second!.score).toBeLessThan(first!.score);
  });
});
