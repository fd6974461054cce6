/** Shared helpers for integration tests: the test Neo4j, reset between files. */
import { Graph, resetGraph, targetFromEnv, type Neo4jTarget } from '@strategigrafen/graph-db';
import { applyMigrations } from '@strategigrafen/schema';

/**
 * The server scripts/test.ts names in STRATEGIGRAFEN_TEST_NEO4J_URI (the one it started, or TEST_NEO4J_URI's),
 * with TEST_NEO4J_USER, TEST_NEO4J_PASSWORD and TEST_NEO4J_DATABASE.
 */
export function testTarget(): Neo4jTarget {
  const target = targetFromEnv('TEST_NEO4J_', { ...process.env, TEST_NEO4J_URI: process.env.STRATEGIGRAFEN_TEST_NEO4J_URI });
  if (!target) throw new Error('STRATEGIGRAFEN_TEST_NEO4J_URI is not set; run the tests with "npm test".');
  return { ...target, local: target.uri.startsWith('bolt://127.0.0.1:') && !process.env.TEST_NEO4J_PASSWORD };
}

export function testGraph(): Graph {
  return Graph.connect(testTarget());
}

/** Empties the test database (in batches, so large fixtures don't exhaust the transaction memory) and re-applies the schema. */
export async function resetDatabase(graph: Graph): Promise<void> {
  await resetGraph(graph);
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
}
