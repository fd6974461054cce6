import type { Graph } from '@strategigrafen/neo4j-local/gateway';

/** Empties the graph, 10,000 nodes per transaction so that a large graph does not exhaust the server's memory. Returns the number of nodes deleted. */
export async function resetGraph(graph: Graph): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.write<{ deleted: number }>('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted === 0) return total;
  }
}
