import { describe, expect, it } from 'vitest';
import { syntheticGoals } from '../../../testing/goals.js';
import { explainSimilarity } from './explain.js';
import { acceptOffers, AffectedLinker, EdgeList, linkAffected } from './plan.js';
import { DEFAULT_SPACE, GoalSpace, type GoalInput } from './space.js';
import { goalTerms, SurfaceForms } from './terms.js';
import { TopK } from './topk.js';

function goal(id: string, owner: string | null, text: string, themes: GoalInput['themes'] = []): GoalInput & { text: string } {
  const { terms, words } = goalTerms(text);
  return { id, owners: owner ? [owner] : [], terms, words, themes, text };
}

const GOALS = [
  goal('a1', 'kommun-a', 'Kommunen ska förbättra företagsklimatet och nå topp 50 i Svenskt Näringslivs ranking.'),
  goal('a2', 'kommun-a', 'Företagsklimatet ska förbättras så att kommunen når topp 50 i rankingen.'),
  goal('b1', 'kommun-b', 'Vi ska förbättra företagsklimatet och ligga topp 50 i Svenskt Näringslivs ranking.'),
  goal('c1', 'kommun-c', 'Andelen ekologiska livsmedel i offentlig upphandling ska öka.'),
  goal('d1', 'kommun-d', 'Den offentliga upphandlingen ska ställa krav på ekologiska livsmedel.'),
  goal('e1', 'kommun-e', 'Kommunen ska arbeta för god kompetensförsörjning i näringslivet.'),
  goal('x1', null, 'Kommunen ska förbättra företagsklimatet och nå topp 50 i Svenskt Näringslivs ranking.'),
];

describe('goalTerms', () => {
  it('gives stems, dictionary base forms and compound parts, and remembers the written words', () => {
    const { terms, words } = goalTerms('Kompetensförsörjningen i näringslivet');
    expect(terms).toEqual(expect.arrayContaining(['näringsliv', 'kompetens', 'försörjning']));
    expect(terms.length).toBeGreaterThan(3); // the compound and its parts
    expect([...new Set(words.map(([, word]) => word))]).toEqual(['kompetensförsörjningen', 'näringslivet']);
  });
});

describe('GoalSpace', () => {
  const space = new GoalSpace(GOALS);
  const idx = (id: string) => space.indexOf(id)!;

  it('finds the most similar goals of other publishers, never of the same one, never unattributed ones', () => {
    const found = space.candidates(idx('a1'), 10, 0.05).map((s) => space.ids[s.goal]);
    expect(found[0]).toBe('b1');
    expect(found).not.toContain('a2');
    expect(found).not.toContain('x1');
    expect(space.candidates(idx('x1'), 10, 0)).toEqual([]);
  });

  it('scores symmetrically and in 0..1, rare shared terms above common ones', () => {
    for (let a = 0; a < space.size; a++) {
      for (let b = 0; b < space.size; b++) {
        expect(space.score(a, b)).toBe(space.score(b, a));
        expect(space.score(a, b)).toBeGreaterThanOrEqual(0);
        expect(space.score(a, b)).toBeLessThanOrEqual(1.0001);
      }
    }
    // c1/d1 share several rare terms; e1 shares only the frequent "kommun" with a1
    expect(space.score(idx('c1'), idx('d1'))).toBeGreaterThan(0.3);
    expect(space.score(idx('a1'), idx('e1'))).toBeLessThan(space.score(idx('c1'), idx('d1')));
  });

  it('counts shared themes as a signal', () => {
    const text = 'Fler unga ska starta företag i kommunen.';
    const themed = new GoalSpace([
      goal('p', 'x', text, [{ id: 'entreprenorskap', weight: 1 }]),
      goal('q', 'y', text, [{ id: 'entreprenorskap', weight: 1 }]),
      goal('r', 'z', text, [{ id: 'turism', weight: 1 }]),
    ]);
    expect(themed.score(0, 1)).toBe(1);
    expect(themed.score(0, 2)).toBe(1 - DEFAULT_SPACE.themeWeight);
    const untagged = new GoalSpace([goal('p', 'x', text), goal('q', 'y', text, [{ id: 'turism', weight: 1 }])]);
    expect(untagged.score(0, 1)).toBe(1);
  });

  it('agrees with brute force on a larger collection when posting lists are not cut', () => {
    const goals = syntheticGoals(600, { owners: 30, topics: 20, vocabulary: 2000, seed: 3 });
    const exact = new GoalSpace(goals, { maxPosting: 1_000_000 });
    for (const q of [0, 17, 123, 599]) {
      const brute = goals
        .map((_, c) => ({ goal: c, score: exact.mayLink(q, c) ? exact.score(q, c) : 0 }))
        .filter((s) => s.score >= 0.1)
        .sort((x, y) => exact.compare(x, y))
        .slice(0, 10);
      expect(exact.candidates(q, 10, 0.1, 600)).toEqual(brute);
    }
  });

  it('keeps most of the true neighbours when posting lists are cut short', () => {
    const goals = syntheticGoals(3000, { owners: 100, topics: 60, vocabulary: 3000, seed: 5 });
    const exact = new GoalSpace(goals, { maxPosting: 1_000_000 });
    const pruned = new GoalSpace(goals, { maxPosting: 100 });
    let kept = 0;
    let total = 0;
    for (let q = 0; q < 3000; q += 37) {
      const truth = new Set(exact.candidates(q, 10, 0.2, 3000).map((s) => s.goal));
      total += truth.size;
      kept += pruned.candidates(q, 10, 0.2).filter((s) => truth.has(s.goal)).length;
    }
    expect(total).toBeGreaterThan(100);
    expect(kept / total).toBeGreaterThan(0.8);
  });
});

describe('explainSimilarity', () => {
  const space = new GoalSpace(GOALS);
  const forms = new SurfaceForms();
  for (const g of GOALS) forms.addAll(goalTerms(g.text).words);
  const explain = (a: string, b: string) => explainSimilarity(space, space.indexOf(a)!, space.indexOf(b)!, forms);

  it('shows shared terms in the first goal’s own words, strongest first', () => {
    // c1: "… i offentlig upphandling …", d1: "Den offentliga upphandlingen …"
    expect(explain('c1', 'd1')).toEqual(expect.arrayContaining(['ekologiska', 'livsmedel', 'offentlig upphandling']));
    expect(explain('d1', 'c1')).toEqual(expect.arrayContaining(['ekologiska', 'livsmedel', 'offentliga upphandlingen']));
  });

  it('leaves out compound parts when the compound is shown', () => {
    // a1 and b1 share "företagsklimatet" (företag + klimat) and more
    const words = explain('a1', 'b1');
    expect(words).toContain('företagsklimatet');
    expect(words).not.toContain('företag');
    expect(words).not.toContain('klimat');
    for (const w of words) expect(words.filter((other) => other !== w && other.includes(w))).toEqual([]);
  });

  it('falls back to the usual word for a term that is only a compound part in both goals', () => {
    const parts = new GoalSpace([goal('p', 'x', 'Näringslivsstrategin ska revideras.'), goal('q', 'y', 'Strategiarbetet för näringslivet.')]);
    const partForms = new SurfaceForms();
    partForms.add('strategi', 'strategin');
    const words = explainSimilarity(parts, 0, 1, partForms);
    expect(words).toContain('strategin');
  });
});

describe('SurfaceForms', () => {
  it('chooses the most frequent word, ties alphabetically, the stem when never seen', () => {
    const forms = new SurfaceForms();
    forms.addAll([['upphandl', 'upphandlingen'], ['upphandl', 'upphandling'], ['upphandl', 'upphandling'], ['plan', 'planer'], ['plan', 'plan']]);
    expect(forms.formOf('upphandl')).toBe('upphandling');
    expect(forms.formOf('plan')).toBe('plan');
    expect(forms.formOf('okänd')).toBe('okänd');
  });
});

function edgesOf(list: EdgeList) {
  return Array.from({ length: list.length }, (_, i) => ({ a: list.a[i]!, b: list.b[i]!, score: list.score[i]! }));
}

describe('planning edges', () => {
  const goals = syntheticGoals(2000, { owners: 50, topics: 40, vocabulary: 2500, seed: 11 });
  const options = { k: 5, minScore: 0.15, relative: 0 };

  it('a full run is the union of every goal’s top k, one edge per pair', () => {
    const space = new GoalSpace(goals);
    const all = Array.from({ length: space.size }, (_, i) => i);
    const { edges, offers } = linkAffected(space, all, options);
    expect(offers.size).toBe(0);
    const list = edgesOf(edges);
    const keys = new Set(list.map((e) => `${Math.min(e.a, e.b)}-${Math.max(e.a, e.b)}`));
    expect(keys.size).toBe(list.length);
    for (let g = 0; g < space.size; g++) {
      for (const c of space.candidates(g, 5, 0.15)) expect(keys.has(`${Math.min(g, c.goal)}-${Math.max(g, c.goal)}`)).toBe(true);
    }
    for (const e of list) {
      expect(space.mayLink(e.a, e.b)).toBe(true);
      expect(e.score).toBe(space.score(e.a, e.b));
      expect(e.score).toBeGreaterThanOrEqual(0.15);
    }
  });

  it('hands the edges out a few goals at a time, the same edges and offers in the same order as all at once', () => {
    const affected = [...Array.from({ length: 1500 }, (_, i) => i), 1700, 1800];
    const whole = linkAffected(new GoalSpace(goals), affected, options);
    const linker = new AffectedLinker(new GoalSpace(goals), affected, options);
    const streamed = new EdgeList();
    let chunks = 0;
    for (let chunk = linker.nextEdges(50); chunk; chunk = linker.nextEdges(50)) {
      streamed.append(chunk);
      chunks++;
    }
    expect(chunks).toBeGreaterThan(10);
    expect(edgesOf(streamed)).toEqual(edgesOf(whole.edges));
    expect([...linker.offers]).toEqual([...whole.offers]);
  });

  it('is reproducible', () => {
    const once = edgesOf(linkAffected(new GoalSpace(goals), [0, 5, 9, 400], options).edges);
    const again = edgesOf(linkAffected(new GoalSpace(goals), [0, 5, 9, 400], options).edges);
    expect(once.length).toBeGreaterThan(10);
    expect(again).toEqual(once);
  });

  it('an incremental run offers new goals to existing ones and displaces what they push out', () => {
    const space = new GoalSpace(goals);
    const newGoals = [1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999];
    const { offers } = linkAffected(space, newGoals, options);
    expect(offers.size).toBeGreaterThan(0);
    const [target, offered] = [...offers.entries()][0]!;
    const best = offered.reduce((x, y) => (x.score >= y.score ? x : y));
    // the target already has k weak edges: the offer enters and displaces the weakest
    const existing = new Map([[space.ids[target]!, Array.from({ length: 5 }, (_, i) => ({ other: `old-${i}`, score: best.score / 2 - i / 1000 }))]]);
    const outcome = acceptOffers(space, new Map([[target, [{ ...best, listed: false }]]]), existing, options);
    expect(edgesOf(outcome.edges)).toEqual([{ a: target, b: best.goal, score: best.score }]);
    expect(outcome.displaced).toEqual([[space.ids[target], 'old-4']]);
    // an offer weaker than all k existing edges is refused
    const strong = new Map([[space.ids[target]!, Array.from({ length: 5 }, (_, i) => ({ other: `old-${i}`, score: 1 - i / 100 }))]]);
    const refused = acceptOffers(space, new Map([[target, [{ ...best, listed: false }]]]), strong, options);
    expect(refused.edges.length).toBe(0);
    expect(refused.displaced).toEqual([]);
  });
});

describe('TopK', () => {
  it('keeps the largest keys', () => {
    const top = new TopK(3);
    [5, 1, 9, 3, 7, 2, 8].forEach((key, i) => top.offer(key, i));
    expect(top.items().sort()).toEqual([2, 4, 6]);
  });
});
