import { applyMigrations } from '@strategigrafen/schema';
import { localPort, startLocal, type Neo4jTarget } from '@strategigrafen/neo4j-local';
import { Graph } from '@strategigrafen/neo4j-local/gateway';

/**
 * The benchmarks' own Neo4j: the local 'bench' profile (port LOCAL_NEO4J_PORT, default 7689), never
 * the development or test data. BENCH_NEO4J_URI points the benchmarks at another server instead —
 * its data is wiped.
 */
export async function benchDatabase(log: (line: string) => void): Promise<{ target: Neo4jTarget; graph: Graph; stop: () => Promise<void> }> {
  const uri = process.env.BENCH_NEO4J_URI;
  if (uri) {
    const target = { uri, user: process.env.BENCH_NEO4J_USER ?? 'neo4j', password: process.env.BENCH_NEO4J_PASSWORD ?? '', database: undefined, local: false };
    return { target, graph: Graph.connect(target), stop: async () => {} };
  }
  const server = await startLocal({ profile: 'bench', port: localPort('bench'), heapMb: 1536, pageCacheMb: 1024, log });
  return { target: server.target, graph: Graph.connect(server.target), stop: server.stop };
}

/**
 * Empties the database in batches through the gateway: relationships first (a theme node has hundreds
 * of thousands), then nodes, so that no transaction outgrows Neo4j's transaction memory.
 */
export async function emptyDatabase(graph: Graph): Promise<void> {
  for (const statement of ['MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n', 'MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS n']) {
    for (;;) {
      const [row] = await graph.write<{ n: number }>(statement);
      if (!row || row.n === 0) break;
    }
  }
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
}

export async function countOf(graph: Graph, label: 'Document' | 'Goal'): Promise<number> {
  const [row] = await graph.read<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
  return row?.n ?? 0;
}
