import { describe, expect, it } from 'vitest';
import { cosine, rankSimilarMunicipalities, type Profile } from './similarity.js';

const profile = (entries: Record<string, number>): Profile => new Map(Object.entries(entries));

describe('cosine', () => {
  it('is 1 for proportional profiles, 0 for disjoint ones and for empty ones', () => {
    expect(cosine(profile({ a: 1, b: 2 }), profile({ a: 2, b: 4 }))).toBeCloseTo(1, 12);
    expect(cosine(profile({ a: 1 }), profile({ b: 1 }))).toBe(0);
    expect(cosine(profile({}), profile({ a: 1 }))).toBe(0);
    expect(cosine(profile({ a: 1, b: 1 }), profile({ a: 1 }))).toBeCloseTo(Math.SQRT1_2, 12);
  });
});

describe('rankSimilarMunicipalities', () => {
  const profiles = new Map<string, Profile>([
    ['me', profile({ procurement: 2, tourism: 1 })],
    ['twin', profile({ procurement: 4, tourism: 2 })],
    ['tourist', profile({ tourism: 3 })],
    ['stranger', profile({ culture: 5 })],
  ]);

  it('ranks by theme cosine alone when there are no goal links, leaving out the unrelated and itself', () => {
    const ranked = rankSimilarMunicipalities('me', profiles, new Map());
    expect(ranked.map((r) => r.code)).toEqual(['twin', 'tourist']);
    expect(ranked[0]).toMatchObject({ score: expect.closeTo(1, 12), goalOverlap: 0, similarGoalCount: 0, sharedThemes: ['procurement', 'tourism'] });
    expect(ranked[1]!.themeSimilarity).toBeCloseTo(1 / Math.sqrt(5), 12);
  });

  it('averages theme cosine and goal overlap relative to the best-linked candidate', () => {
    const ranked = rankSimilarMunicipalities('me', profiles, new Map([['tourist', 4], ['stranger', 2]]));
    const by = new Map(ranked.map((r) => [r.code, r]));
    expect(by.get('tourist')).toMatchObject({ goalOverlap: 1, similarGoalCount: 4 });
    expect(by.get('tourist')!.score).toBeCloseTo((1 / Math.sqrt(5) + 1) / 2, 12);
    expect(by.get('stranger')).toMatchObject({ themeSimilarity: 0, goalOverlap: 0.5, score: 0.25, sharedThemes: [] });
    expect(by.get('twin')!.score).toBeCloseTo(0.5, 12);
    expect(ranked.map((r) => r.code)).toEqual(['tourist', 'twin', 'stranger']);
  });

  it('orders the shared themes by the weaker side\'s weight and breaks score ties by code', () => {
    const tied = new Map<string, Profile>([
      ['me', profile({ a: 1, b: 3 })],
      ['y', profile({ a: 1, b: 3 })],
      ['x', profile({ a: 1, b: 3 })],
    ]);
    const ranked = rankSimilarMunicipalities('me', tied, new Map());
    expect(ranked.map((r) => r.code)).toEqual(['x', 'y']);
    expect(ranked[0]!.sharedThemes).toEqual(['b', 'a']);
  });
});
