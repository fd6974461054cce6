import { describe, expect, it } from 'vitest';
import { queryConcepts } from './concepts.js';
import { parseQuery } from './query.js';
import { DEFAULT_WEIGHTS, searchLucene, type RankingWeights } from './ranking.js';

const lucene = (input: string, mode: 'ALL' | 'ANY' = 'ANY', weights: Partial<RankingWeights> = {}) => {
  const parsed = parseQuery(input);
  return searchLucene(parsed, mode, queryConcepts(parsed), { ...DEFAULT_WEIGHTS, ...weights });
};
const plain = { title: 0, allWords: 0, phrase: 0, expansion: 0, narrower: 0 };

describe('searchLucene', () => {
  it('makes every word, phrase and prefix optional in ANY mode and required in ALL mode', () => {
    expect(lucene('gurkmeja "röda tomater" kanel*', 'ANY', plain)).toBe('gurkmeja "röda tomater" kanel*');
    expect(lucene('gurkmeja "röda tomater" kanel*', 'ALL', plain)).toBe('+gurkmeja +"röda tomater" +kanel*');
  });

  it('ranks hits with all the words, the words together and title matches higher', () => {
    const q = lucene('gurkmeja kanel', 'ANY', { expansion: 0, narrower: 0 });
    expect(q).toBe('gurkmeja kanel title:(gurkmeja kanel)^1 (+gurkmeja +kanel)^1 "gurkmeja kanel"~3^1');
    // in ALL mode every word is required anyway
    expect(lucene('gurkmeja kanel', 'ALL', { expansion: 0, narrower: 0 })).toBe('+gurkmeja +kanel title:(gurkmeja kanel)^1 "gurkmeja kanel"~3^1');
    expect(lucene('gurkmeja', 'ANY', { expansion: 0 })).toBe('gurkmeja title:gurkmeja^1');
  });

  it('adds the other labels of a named concept as optional clauses with a lower boost, phrases quoted', () => {
    const q = lucene('fiber', 'ANY', { title: 0, narrower: 0 });
    const expansion = /^fiber \((.*)\)\^0\.4$/.exec(q);
    expect(expansion, q).not.toBeNull();
    expect(expansion![1]!.split(' ')).toEqual(expect.arrayContaining(['bredband', 'fibernät']));
    expect(q).toContain('"snabbt internet"');
    // the concept's labels never outrank the query's own word
    expect(DEFAULT_WEIGHTS.expansion).toBeLessThan(1);
    expect(DEFAULT_WEIGHTS.narrower).toBeLessThan(DEFAULT_WEIGHTS.expansion);
  });

  it('searches narrower concepts with the narrower weight, and keeps synonyms optional in ALL mode', () => {
    const q = lucene('fiber', 'ALL', { title: 0, expansion: 0.5, narrower: 0.25 });
    expect(q).toMatch(/^\+fiber \(.*bredband.*\)\^0\.5 \(.*fiberutbyggnad.*\)\^0\.25$/);
  });

  it.each([
    'title:(CSR)^10 OR text:"x"~3',
    'fiber\\" ) OR *:* (',
    '"} RETURN 1 //',
    'IT-infrastruktur e-tjänster 5G',
    'miljökrav"upphandling',
    '+bredband -fiber ^2 ~1',
  ])('builds only its own syntax around letters and digits from %j', (input) => {
    for (const mode of ['ALL', 'ANY'] as const) {
      const q = lucene(input, mode);
      const stripped = q.replace(/\^\d+(?:\.\d+)?|~\d+|title:|[()+*]/g, '');
      expect(stripped, q).toMatch(/^[\p{L}\p{N} "]+$/u);
      expect((q.match(/"/g) ?? []).length % 2).toBe(0);
      let depth = 0;
      for (const c of q) {
        depth += c === '(' ? 1 : c === ')' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });
});
