import { applyMigrations } from '@strategigrafen/schema';
import { Graph, resetGraph, targetFromEnv, type Neo4jTarget } from '@strategigrafen/graph-db';
import { localPort, startLocal } from '@strategigrafen/neo4j-local';

/**
 * The benchmarks' own Neo4j: the local 'bench' profile (port LOCAL_NEO4J_PORT, default 7689), never
 * the development or test data. BENCH_NEO4J_URI points the benchmarks at another server instead —
 * its data is wiped.
 */
export async function benchDatabase(log: (line: string) => void): Promise<{ target: Neo4jTarget; graph: Graph; stop: () => Promise<void> }> {
  const target = targetFromEnv('BENCH_NEO4J_');
  if (target) return { target, graph: Graph.connect(target), stop: async () => {} };
  const server = await startLocal({ profile: 'bench', port: localPort('bench'), heapMb: 1536, pageCacheMb: 1024, log });
  return { target: server.target, graph: Graph.connect(server.target), stop: server.stop };
}

/** Empties the database (graph-db's resetGraph: in batches, relationships first) and re-applies the schema. */
export async function emptyDatabase(graph: Graph): Promise<void> {
  await resetGraph(graph);
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
}

export async function countOf(graph: Graph, label: 'Document' | 'Goal'): Promise<number> {
  const [row] = await graph.read<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
  return row?.n ?? 0;
}
