/**
 * Linking: after a run has written its documents, connect them to the rest of the graph.
 *  - SIMILAR_TO {score, sharedTerms} between goals of different publishers (graph/similar-goals.ts)
 *  - REUSES {spans, overlap, words} between documents of different publishers that share passages (graph/reused-text.ts)
 * Only the run's documents (and the goals whose neighbours they change) are recomputed.
 *
 * graph/ is the half that talks to Neo4j (reads the stored corpus, writes the links); similar/ and reuse/ are
 * the pure halves (vector space and ranking; shingles, MinHash and alignment), testable without a database.
 */
import type { Graph } from '@strategigrafen/graph-db';
import { readPublishers } from './graph/publishers.js';
import { updateReusedText } from './graph/reused-text.js';
import { updateSimilarGoals } from './graph/similar-goals.js';

export interface LinkOptions {
  /** documents written (new or changed) in this run; only their goals' links are recomputed */
  documentIds: string[];
  /** similar goals kept per goal (default 10) */
  k?: number;
  /** recompute every document's links instead (a full relink, e.g. after many incremental runs) */
  all?: boolean;
  /** progress lines (counts and phases) */
  log?: (message: string) => void;
}

export interface LinkSummary {
  similarLinks: number;
  reuseLinks: number;
}

export async function updateLinks(graph: Graph, options: LinkOptions): Promise<LinkSummary> {
  if (!options.all && options.documentIds.length === 0) return { similarLinks: 0, reuseLinks: 0 };
  const publishers = await readPublishers(graph);
  const documentIds = options.all ? [...publishers.keys()] : options.documentIds;
  const similarLinks = await updateSimilarGoals(graph, { documentIds, publishers, k: options.k, log: options.log });
  const reuseLinks = await updateReusedText(graph, { documentIds, publishers, log: options.log });
  return { similarLinks, reuseLinks };
}
