import type { Graph } from '@strategigrafen/graph-db';
import type { ExistingEdge } from '../similar/plan.js';
import { batches, int, pages } from './helpers.js';

/**
 * Goal reads and SIMILAR_TO writes. Goals are read with their text (the linker derives index terms
 * from it on every run, so the terms always match the current analyser), their section heading, their
 * themes and their document's themes.
 */
export interface StoredGoal {
  id: string;
  /** the node's element id, by which its edges are written (a seek, not an index lookup) */
  node: string;
  /** null for a goal that lost its document (it is then linked to nothing) */
  document: string | null;
  text: string;
  section: string | null;
  themes: Array<{ id: string; weight: number }>;
  documentThemes: Array<{ id: string; weight: number }>;
}

const GOALS_PAGE = `
MATCH (g:Goal) WHERE g.id > $after
WITH g ORDER BY g.id LIMIT $limit
OPTIONAL MATCH (d:Document)-[:HAS_GOAL]->(g)
RETURN g.id AS id, elementId(g) AS node, d.id AS document, coalesce(g.text, '') AS text, g.section AS section,
       [(g)-[a:ABOUT]->(t:Theme) | {id: t.id, weight: a.weight}] AS themes,
       CASE WHEN d IS NULL THEN [] ELSE [(d)-[a:ADDRESSES]->(t:Theme) | {id: t.id, weight: a.weight}] END AS documentThemes
ORDER BY id`;

const PAGE = 20_000;

/** Every goal, in id order, page by page (the next page is fetched while the caller works on this one). */
export function readGoals(graph: Graph): AsyncGenerator<StoredGoal[]> {
  return pages((after) => graph.read<StoredGoal>(GOALS_PAGE, { after, limit: int(PAGE) }), PAGE);
}

// Two statements, one per direction, so that an edge between two goals of the batch is deleted once.
const DELETE_OUTGOING = `
UNWIND $ids AS id
MATCH (:Goal {id: id})-[r:SIMILAR_TO]->()
DELETE r`;
const DELETE_INCOMING = `
UNWIND $ids AS id
MATCH (:Goal {id: id})<-[r:SIMILAR_TO]-()
DELETE r`;

/** Removes every SIMILAR_TO edge of the given goals (their links are about to be recomputed). */
export async function deleteSimilarOf(graph: Graph, goalIds: readonly string[]): Promise<void> {
  for (const ids of batches(goalIds, 5000)) {
    await graph.write(DELETE_OUTGOING, { ids });
    await graph.write(DELETE_INCOMING, { ids });
  }
}

const EDGES_OF = `
UNWIND $ids AS id
MATCH (:Goal {id: id})-[r:SIMILAR_TO]-(other:Goal)
RETURN id, other.id AS other, r.score AS score`;

export async function readSimilarOf(graph: Graph, goalIds: readonly string[]): Promise<Map<string, ExistingEdge[]>> {
  const edges = new Map<string, ExistingEdge[]>();
  for (const ids of batches(goalIds, 5000)) {
    for (const row of await graph.read<{ id: string; other: string; score: number }>(EDGES_OF, { ids })) {
      const list = edges.get(row.id);
      const edge = { other: row.other, score: row.score };
      if (list) list.push(edge);
      else edges.set(row.id, [edge]);
    }
  }
  return edges;
}

export interface SimilarRow {
  /** the element id of the goal with the lower id of the pair (edges point from the lower id to the higher) */
  a: string;
  /** the element id of the other goal */
  b: string;
  score: number;
  sharedTerms: string[];
}

// CREATE, not MERGE: every edge written has an end among the goals whose edges were just deleted,
// and the planner emits each pair once. Goals are found by element id: a direct seek, where the
// unique index on Goal.id would cost a tree lookup per end and millions of edges are written.
const WRITE_SIMILAR = `
UNWIND $rows AS row
MATCH (a:Goal) WHERE elementId(a) = row.a
MATCH (b:Goal) WHERE elementId(b) = row.b
CREATE (a)-[:SIMILAR_TO {score: row.score, sharedTerms: row.sharedTerms}]->(b)`;

export async function writeSimilar(graph: Graph, rows: readonly SimilarRow[]): Promise<void> {
  for (const batch of batches(rows, 10_000)) await graph.write(WRITE_SIMILAR, { rows: batch });
}

/**
 * Deletes edges pushed out of one end's top k, unless they are still in the other end's top k
 * (fewer than k of its edges score higher).
 */
const DELETE_DISPLACED = `
UNWIND $pairs AS pair
MATCH (:Goal {id: pair[0]})-[r:SIMILAR_TO]-(other:Goal {id: pair[1]})
WHERE COUNT { (other)-[r2:SIMILAR_TO]-() WHERE r2.score > r.score } >= $k
DELETE r`;

export async function deleteDisplaced(graph: Graph, pairs: ReadonlyArray<[string, string]>, k: number): Promise<void> {
  const seen = new Set<string>();
  const unique = pairs.filter(([x, y]) => {
    const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const batch of batches(unique, 5000)) await graph.write(DELETE_DISPLACED, { pairs: batch, k: int(k) });
}
