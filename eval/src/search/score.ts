/**
 * Graded ranking quality: nDCG@k with gains 2^rel − 1 and the ideal ranking taken from the judgements,
 * over a ranked list of document ids (unjudged documents count 0).
 */
import type { Grade } from './judgements.js';

export const CUTOFF = 10;

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => Math.log2(rank + 1);

/** DCG@k of a ranked list of document ids; `rank` is 1-based. */
export function dcg(ranked: readonly string[], judgements: Readonly<Record<string, Grade>>, k = CUTOFF): number {
  return ranked.slice(0, k).reduce((sum, id, i) => sum + gain(judgements[id] ?? 0) / discount(i + 1), 0);
}

/** nDCG@k: DCG over the DCG of the judgements' own best order (0 when nothing is judged relevant). */
export function ndcg(ranked: readonly string[], judgements: Readonly<Record<string, Grade>>, k = CUTOFF): number {
  const ideal = Object.values(judgements).sort((a, b) => b - a).slice(0, k);
  const best = ideal.reduce((sum: number, grade, i) => sum + gain(grade) / discount(i + 1), 0);
  return best === 0 ? 0 : dcg(ranked, judgements, k) / best;
}

/** Documents in the order of their first hit: a goal hit stands for its document, later hits of a document add nothing. */
export function firstOccurrence(hits: readonly (string | null)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of hits) {
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

export const mean = (values: readonly number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
