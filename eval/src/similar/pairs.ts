/**
 * Labelled pairs of goals for the similar-goal evaluation: goals of different publishers that a
 * strategist calls the same kind of goal ("similar"), and pairs that share many words but not the aim
 * ("hard-negative"). Each goal is named by its document and its labelled span (labels.json), so the
 * pairs hold no text.
 */
import { readFile } from 'node:fs/promises';
import { sha1, type LabelSet, type Split } from '../labels.js';

export interface GoalRef {
  doc: string;
  start: number;
  length: number;
}

export interface Pair {
  a: GoalRef;
  b: GoalRef;
  kind: 'similar' | 'hard-negative';
  note?: string;
}

export interface PairSet {
  version: 1;
  pairs: Pair[];
}

export const goalKey = (g: GoalRef): string => `${g.doc}@${g.start}+${g.length}`;

/** A pair's split, fixed by a hash of its two goals: a third frozen, like the documents. */
export function pairSplit(pair: Pair): Split {
  const [x, y] = [goalKey(pair.a), goalKey(pair.b)].sort();
  return Number.parseInt(sha1(`pair:${x}|${y}`).slice(0, 8), 16) % 3 === 0 ? 'frozen' : 'tune';
}

export async function loadPairs(path: string, labels: LabelSet): Promise<PairSet> {
  const set = JSON.parse(await readFile(path, 'utf8')) as PairSet;
  if (set.version !== 1 || !Array.isArray(set.pairs)) throw new Error(`${path}: not a pair file (expected {"version": 1, "pairs": [...]}).`);
  const spans = new Set(labels.documents.flatMap((d) => d.goals.map((g) => goalKey({ doc: d.id, start: g.start, length: g.length }))));
  set.pairs.forEach((p, i) => {
    for (const g of [p.a, p.b]) if (!spans.has(goalKey(g))) throw new Error(`${path}: pair ${i + 1} names ${goalKey(g)}, which is no labelled goal.`);
  });
  return set;
}
