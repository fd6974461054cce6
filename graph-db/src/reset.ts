import type { Graph } from './gateway.js';

/**
 * Empties the graph in many small transactions — relationships first, then nodes — so that a graph of
 * hundreds of thousands of goals stays within the server's transaction memory limit. Returns the number
 * of nodes deleted. Constraints and indexes stay (re-apply the schema's migrations after it if they may have changed).
 */
export async function resetGraph(graph: Graph): Promise<number> {
  await deleteInBatches(graph, 'MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS deleted');
  return deleteInBatches(graph, 'MATCH (n) WITH n LIMIT 5000 DELETE n RETURN count(*) AS deleted');
}

async function deleteInBatches(graph: Graph, statement: string): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.write<{ deleted: number }>(statement);
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted === 0) return total;
  }
}
