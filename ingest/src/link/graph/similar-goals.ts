import type { Graph } from '@strategigrafen/graph-db';
import { countRelationships, writeConcurrently } from './helpers.js';
import { deleteDisplaced, deleteSimilarOf, readGoals, readSimilarOf, writeSimilar, type SimilarRow } from './goals.js';
import { explainSimilarity } from '../similar/explain.js';
import { acceptOffers, DEFAULT_PLAN, linkAffected, type EdgeList, type PlanOptions } from '../similar/plan.js';
import { GoalCollector, GoalSpace, type SpaceOptions } from '../similar/space.js';
import { goalInput } from '../similar/input.js';
import { SurfaceForms } from '../similar/terms.js';

export interface SimilarGoalsOptions extends Partial<PlanOptions> {
  /** the documents whose goals are (re)linked */
  documentIds: readonly string[];
  /** document id → publisher keys (see graph/publishers.ts) */
  publishers: ReadonlyMap<string, readonly string[]>;
  space?: Partial<SpaceOptions>;
  log?: (message: string) => void;
}

/**
 * Recomputes the SIMILAR_TO edges of the goals of `documentIds` (and of the existing goals whose top k
 * they enter); returns the number of edges written.
 *
 * Every goal's text is read and turned into index terms on each run: IDF always covers the whole
 * collection and the terms always match the current analyser, at a cost linear in the number of
 * goals (reading and analysing 300k goals takes seconds; scoring them all would take far longer, and
 * only the affected goals are scored). Stored scores of untouched edges keep the IDF of the run that
 * wrote them; `updateLinks({ all: true })` refreshes everything.
 */
export async function updateSimilarGoals(graph: Graph, options: SimilarGoalsOptions): Promise<number> {
  const plan: PlanOptions = { ...DEFAULT_PLAN, ...options, k: options.k ?? DEFAULT_PLAN.k };
  const log = options.log ?? (() => {});
  const runDocuments = new Set(options.documentIds);
  if (runDocuments.size === 0) return 0;

  // 1. every goal into the vector space; the run's goals are the affected ones
  const forms = new SurfaceForms();
  const collector = new GoalCollector();
  const affected: number[] = [];
  for await (const page of readGoals(graph)) {
    for (const goal of page) {
      const document = goal.document ?? '';
      const input = goalInput({ ...goal, owners: options.publishers.get(document) ?? [] });
      forms.addAll(input.words);
      if (runDocuments.has(document)) affected.push(collector.ids.length);
      collector.add(input);
    }
  }
  const space = new GoalSpace(collector, options.space);
  log(`similar goals: ${space.size} goals, ${affected.length} to link`);

  // 2. the affected goals' top k, and what they offer to the others
  const { edges, offers } = linkAffected(space, affected, plan);
  const affectedIds = affected.map((g) => space.ids[g]!);
  if ((await countRelationships(graph, 'SIMILAR_TO')) > 0) await deleteSimilarOf(graph, affectedIds);
  const existing = offers.size ? await readSimilarOf(graph, [...offers.keys()].map((g) => space.ids[g]!)) : new Map();
  const accepted = acceptOffers(space, offers, existing, plan);

  // 3. write, one edge per pair from the lower id to the higher
  let count = 0;
  const batches = function* () {
    for (const list of [edges, accepted.edges]) {
      for (const rows of edgeRows(space, list, forms)) {
        count += rows.length;
        yield rows;
      }
    }
  };
  // the database writes while the next batches are being explained
  await writeConcurrently(batches(), (rows) => writeSimilar(graph, rows));
  await deleteDisplaced(graph, accepted.displaced, plan.k);
  log(`similar goals: ${count} edges written, ${accepted.displaced.length} displaced`);
  return count;
}

function* edgeRows(space: GoalSpace, edges: EdgeList, forms: SurfaceForms): Generator<SimilarRow[]> {
  let rows: SimilarRow[] = [];
  for (let i = 0; i < edges.length; i++) {
    const x = space.ids[edges.a[i]!]!;
    const y = space.ids[edges.b[i]!]!;
    const [a, b] = x < y ? [x, y] : [y, x];
    rows.push({ a, b, score: edges.score[i]!, sharedTerms: explainSimilarity(space, edges.a[i]!, edges.b[i]!, forms) });
    if (rows.length === 5_000) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length) yield rows;
}
