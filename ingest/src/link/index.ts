// PLACEHOLDER — replaced by the similarity/reuse work (issue 6). Signature is the contract.
import type { Graph } from '@strategigrafen/neo4j-local/gateway';

export interface LinkOptions {
  /** documents written (new or changed) in this run; only their goals' links are recomputed */
  documentIds: string[];
  /** similar goals kept per goal (default 10) */
  k?: number;
}

export interface LinkSummary {
  similarLinks: number;
  reuseLinks: number;
}

export async function updateLinks(_graph: Graph, _options: LinkOptions): Promise<LinkSummary> {
  return { similarLinks: 0, reuseLinks: 0 };
}
