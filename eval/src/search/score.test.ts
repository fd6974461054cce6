import { describe, expect, it } from 'vitest';
import { checkJudgements, querySplit } from './judgements.js';
import { dcg, firstOccurrence, ndcg } from './score.js';

describe('ndcg', () => {
  const judged = { a: 3, b: 2, c: 1 } as const;

  it('is 1 for the ideal order and 0 when nothing relevant is ranked', () => {
    expect(ndcg(['a', 'b', 'c'], judged)).toBeCloseTo(1);
    expect(ndcg(['x', 'y'], judged)).toBe(0);
    expect(ndcg([], {})).toBe(0);
  });

  it('uses gains 2^rel − 1 and log2 discounts', () => {
    // b (gain 3) at rank 1, a (gain 7) at rank 2
    expect(dcg(['b', 'a'], judged)).toBeCloseTo(3 + 7 / Math.log2(3));
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcg(['b', 'a'], judged)).toBeCloseTo((3 + 7 / Math.log2(3)) / ideal);
  });

  it('counts only the first k ranks', () => {
    const ranked = [...Array.from({ length: 10 }, (_, i) => `x${i}`), 'a'];
    expect(ndcg(ranked, judged)).toBe(0);
    expect(ndcg(ranked, judged, 11)).toBeGreaterThan(0);
  });
});

describe('firstOccurrence', () => {
  it('keeps each document at its first hit and skips hits outside the set', () => {
    expect(firstOccurrence(['a', 'b', 'a', null, 'c', 'b'])).toEqual(['a', 'b', 'c']);
  });
});

describe('judgements', () => {
  it('splits queries by a hash of their text, about a third frozen', () => {
    const queries = Array.from({ length: 300 }, (_, i) => `fråga ${i}`);
    const frozen = queries.filter((q) => querySplit(q) === 'frozen').length;
    expect(frozen).toBeGreaterThan(70);
    expect(frozen).toBeLessThan(130);
    expect(querySplit('fråga 1')).toBe(querySplit('fråga 1'));
  });

  it('refuses malformed files', () => {
    expect(() => checkJudgements({ version: 2, queries: [] })).toThrow(/not a judgement file/);
    expect(() => checkJudgements({ version: 1, queries: [{ query: 'x', judgements: { a: 4 } }] })).toThrow(/grades are 1, 2 or 3/);
    expect(() => checkJudgements({ version: 1, queries: [{ query: 'x', judgements: {} }, { query: 'x', judgements: {} }] })).toThrow(/twice/);
  });
});
