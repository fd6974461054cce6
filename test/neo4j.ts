/** Shared helpers for integration tests: the test Neo4j, reset between files. */
import { Graph } from '@strategigrafen/neo4j-local/gateway';
import { applyMigrations } from '@strategigrafen/schema';
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

/** Empties the test database (in batches, so large fixtures don't blow the heap) and re-applies the schema. */
export async function resetDatabase(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS').catch(async () => {
    // CALL … IN TRANSACTIONS needs an implicit transaction; fall back for servers that refuse it
    await graph.write('MATCH (n) DETACH DELETE n');
  });
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
}
