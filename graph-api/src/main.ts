/** npm run dev|start -w graph-api: configuration → Neo4j → schema → server. Wiring only. */
import { resolveNeo4j } from '@strategigrafen/neo4j-local';
import { applyMigrations } from '@strategigrafen/schema';
import { loadConfig } from './config.js';
import { connectGraph } from './db/connect.js';
import { createApp } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await resolveNeo4j('dev', { log: console.log });
  const graph = connectGraph(neo4j.target, { maxPoolSize: config.neo4jPoolSize });
  // the API only reads, but the full-text indexes it searches must exist
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
  const server = await createApp({ graph, config });
  const url = await server.listen();
  console.log(`Strategigrafen API: ${url}/graphql  (explorer ${url}/, health ${url}/healthz, readiness ${url}/readyz)`);

  const shutdown = async () => {
    await server.close();
    await graph.close();
    await neo4j.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
