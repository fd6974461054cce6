/**
 * The search judgements: queries a strategist would type, each with graded relevance of development
 * documents (3 mainly about it, 2 clearly addresses it, 1 mentions it in passing; unlisted documents are 0).
 * The file names documents by id only and never quotes their text.
 */
import { readFile } from 'node:fs/promises';
import { sha1, type Split } from '../labels.js';

export type Grade = 1 | 2 | 3;

export interface JudgedQuery {
  query: string;
  note?: string;
  /** document id → grade */
  judgements: Record<string, Grade>;
}

export interface JudgementSet {
  version: 1;
  queries: JudgedQuery[];
}

/** A query's split, fixed by a hash of its text: a third frozen, never looked at while tuning. */
export function querySplit(query: string): Split {
  return Number.parseInt(sha1(`query:${query}`).slice(0, 8), 16) % 3 === 0 ? 'frozen' : 'tune';
}

/** Reads and checks a judgement file. */
export async function loadJudgements(path: string): Promise<JudgementSet> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the judgements (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  return checkJudgements(parsed, path);
}

export function checkJudgements(parsed: unknown, path = 'judgements'): JudgementSet {
  const set = parsed as Partial<JudgementSet>;
  if (set?.version !== 1 || !Array.isArray(set.queries)) {
    throw new Error(`${path}: not a judgement file (expected {"version": 1, "queries": [...]}).`);
  }
  const seen = new Set<string>();
  set.queries.forEach((q, i) => {
    if (typeof q?.query !== 'string' || !q.query.trim()) throw new Error(`${path}: query ${i + 1} has no query text.`);
    if (seen.has(q.query)) throw new Error(`${path}: "${q.query}" is judged twice.`);
    seen.add(q.query);
    if (!q.judgements || typeof q.judgements !== 'object') throw new Error(`${path}: "${q.query}" has no judgements.`);
    for (const [id, grade] of Object.entries(q.judgements)) {
      if (grade !== 1 && grade !== 2 && grade !== 3) throw new Error(`${path}: "${q.query}" grades ${id} ${String(grade)}; grades are 1, 2 or 3.`);
    }
  });
  return set as JudgementSet;
}
