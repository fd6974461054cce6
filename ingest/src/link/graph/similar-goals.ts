import { setImmediate } from 'node:timers/promises';
import type { Graph } from '@strategigrafen/graph-db';
import { batches, countRelationships, writeConcurrently } from './helpers.js';
import { deleteDisplaced, deleteSimilarOf, readGoals, readSimilarOf, writeSimilar, type SimilarRow } from './goals.js';
import { explainSimilarity } from '../similar/explain.js';
import { acceptOffers, AffectedLinker, DEFAULT_PLAN, type EdgeList, type ExistingEdge, type PlanOptions } from '../similar/plan.js';
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
  const nodes: string[] = [];
  const affected: number[] = [];
  for await (const page of readGoals(graph)) {
    for (const goal of page) {
      const document = goal.document ?? '';
      const input = goalInput({ ...goal, owners: options.publishers.get(document) ?? [] });
      forms.addAll(input.words);
      if (runDocuments.has(document)) affected.push(collector.ids.length);
      nodes.push(goal.node);
      collector.add(input);
    }
  }
  const space = new GoalSpace(collector, options.space);
  log(`similar goals: ${space.size} goals, ${affected.length} to link`);
  const affectedIds = affected.map((g) => space.ids[g]!);
  if ((await countRelationships(graph, 'SIMILAR_TO')) > 0) await deleteSimilarOf(graph, affectedIds);

  // 2. the affected goals' top k, written while the next ones are computed
  const linker = new AffectedLinker(space, affected, plan);
  let count = 0;
  // computed a slice at a time, the event loop let through between slices, so that the transactions in
  // flight go on (their next round trip waits for the loop) while the next batch is computed
  const computed = async function* () {
    let rows: SimilarRow[] = [];
    for (let edges = linker.nextEdges(SLICE); edges; edges = linker.nextEdges(SLICE)) {
      for (const row of edgeRows(space, nodes, edges, forms)) rows.push(row);
      if (rows.length >= WRITE_BATCH) {
        count += rows.length;
        yield rows;
        rows = [];
      }
      await setImmediate();
    }
    count += rows.length;
    if (rows.length) yield rows;
  };
  await writeConcurrently(computed(), (rows) => writeSimilar(graph, rows));

  // 3. what the affected goals offer the others: their current edges to unaffected goals (those to
  // affected goals were deleted above, or are the ones just written) decide what enters their top k
  const isAffected = new Set(affectedIds);
  const existing = linker.offers.size ? await readSimilarOf(graph, [...linker.offers.keys()].map((g) => space.ids[g]!)) : new Map<string, ExistingEdge[]>();
  for (const [id, edges] of existing) existing.set(id, edges.filter((edge) => !isAffected.has(edge.other)));
  const accepted = acceptOffers(space, linker.offers, existing, plan);
  const offered = function* () {
    for (const rows of batches([...edgeRows(space, nodes, accepted.edges, forms)], WRITE_BATCH)) {
      count += rows.length;
      yield rows;
    }
  };
  await writeConcurrently(offered(), (rows) => writeSimilar(graph, rows));
  await deleteDisplaced(graph, accepted.displaced, plan.k);
  log(`similar goals: ${count} edges written, ${accepted.displaced.length} displaced`);
  return count;
}

/** edges per write transaction */
const WRITE_BATCH = 5_000;
/** edges computed between two turns of the event loop (a few milliseconds' work) */
const SLICE = 200;

/** Edge rows from the lower goal id to the higher, with the words that explain them. */
function* edgeRows(space: GoalSpace, nodes: readonly string[], edges: EdgeList, forms: SurfaceForms): Generator<SimilarRow> {
  for (let i = 0; i < edges.length; i++) {
    const [x, y] = [edges.a[i]!, edges.b[i]!];
    const [a, b] = space.ids[x]! < space.ids[y]! ? [x, y] : [y, x];
    yield { a: nodes[a]!, b: nodes[b]!, score: edges.score[i]!, sharedTerms: explainSimilarity(space, x, y, forms) };
  }
}
