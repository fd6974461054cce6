/**
 * npm start: the whole product in one terminal.
 * Neo4j (local unless NEO4J_URI is set) → schema → sample corpus when the graph is empty
 * → GraphQL API and the built explorer on one port. Ctrl-C stops everything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveNeo4j } from '@strategigrafen/neo4j-local';
import { applyMigrations } from '@strategigrafen/schema';
import { ingestPaths } from '@strategigrafen/ingest';
import { connectGraph, createApp, loadConfig } from '@strategigrafen/graph-api';

const ROOT = resolve(import.meta.dirname, '..');
const WEB_DIST = resolve(ROOT, 'web/dist');
const SAMPLES = resolve(ROOT, 'samples');

const log = (line: string) => console.log(`[start] ${line}`);

function buildExplorerIfMissing(): void {
  if (existsSync(resolve(WEB_DIST, 'index.html'))) return;
  log('Building the explorer (first run only)…');
  const build = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('Building the explorer failed; see the output above ("npm run build -w web" to retry).');
}

const NEO4J_ORIGIN = {
  external: 'your server, from NEO4J_URI',
  started: 'local, started by the project',
  reused: 'local, already running: reused, left running on exit',
} as const;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  buildExplorerIfMissing();

  const neo4j = await resolveNeo4j('dev', { log });
  const graph = connectGraph(neo4j.target, { maxPoolSize: config.neo4jPoolSize });
  const running: { server?: Awaited<ReturnType<typeof createApp>> } = {};
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: stopping…`);
    await running.server?.close().catch(() => {});
    await graph.close().catch(() => {});
    await neo4j.stop();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await graph.verify();
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
  const [{ documents }] = (await graph.read<{ documents: number }>('MATCH (d:Document) RETURN count(d) AS documents')) as [{ documents: number }];
  if (documents === 0) {
    log(`The graph is empty: ingesting the sample corpus from ${SAMPLES}…`);
    const summary = await ingestPaths(graph, [SAMPLES]);
    log(
      `Ingested ${summary.ok} file(s): ${summary.documents} document(s) with ${summary.goals} goals, ` +
        `${summary.relatedDocuments} related titles${summary.failed ? `; ${summary.failed} file(s) failed` : ''}.`,
    );
  } else {
    log(`The graph holds ${documents} documents; skipping the sample ingest ("npm run ingest -- <paths>" adds more).`);
  }

  running.server = await createApp({ graph, config, webDist: WEB_DIST });
  const address = await running.server.listen(config.port, config.host);
  const shown = address.replace('127.0.0.1', 'localhost');
  console.log(`
  Strategigrafen is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)
    Explorer:  ${shown}/
    GraphQL:   ${shown}/graphql
    Neo4j:     ${neo4j.target.uri} (${NEO4J_ORIGIN[neo4j.origin]})
  Press Ctrl-C to stop.
`);
}

main().catch((err: unknown) => {
  console.error(`\n[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
