/** Shared helpers for integration tests: the test Neo4j, reset between files. */
import { Graph } from '@strategigrafen/neo4j-local/gateway';
import { applyMigrations } from '@strategigrafen/schema';
import { resetGraph } from '@strategigrafen/ingest';
import type { Neo4jTarget } from '@strategigrafen/neo4j-local';

export function testTarget(): Neo4jTarget {
  const uri = process.env.STRATEGIGRAFEN_TEST_NEO4J_URI;
  if (!uri) throw new Error('STRATEGIGRAFEN_TEST_NEO4J_URI is not set; run the tests with "npm test".');
  const local = uri.startsWith('bolt://127.0.0.1:') && !process.env.TEST_NEO4J_PASSWORD;
  return {
    uri,
    user: process.env.TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
    database: process.env.TEST_NEO4J_DATABASE || undefined,
    local,
  };
}

export function testGraph(): Graph {
  return Graph.connect(testTarget());
}

/** Empties the test database (in batches, so large fixtures don't exhaust the transaction memory) and re-applies the schema. */
export async function resetDatabase(graph: Graph): Promise<void> {
  await resetGraph(graph);
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
}
