/**
 * npm run latency -w graph-api -- --uri bolt://127.0.0.1:7704 [--ingest <path> --ingest <path>…] [--runs 50]
 *
 * p50/p95 latency of the API's main queries over HTTP on loopback, one request at a time, against the
 * graph in that Neo4j. With --ingest, the database is wiped and the given paths are ingested first
 * (e.g. samples/, or a synthetic corpus from "npm run corpus:synth -- --docs 10000").
 * The formal load benchmark (autocannon, throughput) lives in bench/.
 */
import { availableParallelism, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { resetGraph, targetFromEnv } from '@strategigrafen/graph-db';
import { ingestPaths } from '@strategigrafen/ingest';
import { applyMigrations } from '@strategigrafen/schema';
import { defaultConfig } from '../src/config.js';
import { connectGraph } from '../src/db/connect.js';
import { createApp } from '../src/server.js';

const { values } = parseArgs({
  options: {
    uri: { type: 'string' },
    ingest: { type: 'string', multiple: true },
    runs: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
  },
});
if (!values.uri) {
  console.error('Usage: latency --uri bolt://127.0.0.1:<port> [--ingest <path>…] [--runs 50]. The database is wiped when --ingest is given.');
  process.exit(2);
}
const runs = Number(values.runs);
const warmup = Number(values.warmup);

// --uri names the server; NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE as for the API (no password: the local, unauthenticated server)
const target = targetFromEnv('NEO4J_', { ...process.env, NEO4J_URI: values.uri });
if (!target) throw new Error('--uri is empty');
const graph = connectGraph({ ...target, local: !process.env.NEO4J_PASSWORD });
await applyMigrations({ run: (cypher) => graph.write(cypher) });
if (values.ingest?.length) {
  const started = performance.now();
  await resetGraph(graph);
  const summary = await ingestPaths(graph, values.ingest);
  console.error(`Ingested ${summary.ok} files (${summary.documents} documents, ${summary.goals} goals) in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

/** Realistic arguments: the busiest municipality, document and goal of this graph. */
const pick = async (cypher: string) => (await graph.read<{ value: string }>(cypher))[0]?.value;
const municipality = await pick('MATCH (m:Municipality)-[:PUBLISHED]->(d:Document)-[:HAS_GOAL]->(g) RETURN m.code AS value, count(g) AS n ORDER BY n DESC LIMIT 1');
const others = (
  await graph.read<{ code: string }>('MATCH (m:Municipality)-[:PUBLISHED]->(d:Document) WITH m, COUNT { (d)-[:HAS_GOAL]->() } AS n ORDER BY n DESC, m.code SKIP 1 LIMIT 2 RETURN m.code AS code')
).map((r) => r.code);
const document = await pick('MATCH (d:Document)-[:HAS_GOAL]->(g) RETURN d.id AS value, count(g) AS n ORDER BY n DESC LIMIT 1');
const goal = await pick('MATCH (g:Goal) RETURN g.id AS value, COUNT { (g)-[:SIMILAR_TO]-() } AS n ORDER BY n DESC LIMIT 1');
const counts = (await graph.read<{ documents: number; goals: number }>('RETURN COUNT { (:Document) } AS documents, COUNT { (:Goal) } AS goals'))[0]!;

const QUERIES: Record<string, string> = {
  stats: '{ stats { documents goals municipalities themes lastIngestRun { startedAt } } }',
  'themes (with counts)': '{ themes { edges { node { id labelSv documentCount goalCount municipalityCount } } } }',
  'municipalities (page of 20)': '{ municipalities(filter: {hasDocuments: true}) { totalCount edges { node { code name county { name } documentCount } } } }',
  'municipality (detail)': `{ municipality(code: "${municipality}") { name county { name } themeProfile { theme { id } weight } documents(first: 10) { totalCount edges { node { title kind year } } } goals(first: 10) { totalCount edges { node { text } } } } }`,
  'nested: municipalities → documents → goals → themes': `{ municipalities(filter: {hasDocuments: true}, first: 10) { edges { node { name documents(first: 5) { edges { node { title goals(first: 5) { edges { node { text themes { theme { id } weight } } } } } } } } } } }`,
  'document (with goals, themes, related, reuse)': `{ document(id: "${document}") { title text themes { theme { id } weight } goals(first: 50) { edges { node { text level } } } related(first: 20) { totalCount } reusedPassages { edges { node { overlap document { title } } } } } }`,
  'documents (filtered)': '{ documents(filter: {theme: "procurement", yearFrom: 2010}, orderBy: YEAR_DESC) { totalCount edges { node { title year municipality { name } } } } }',
  'goals (filtered)': '{ goals(filter: {theme: "skills-supply", measurable: true}) { totalCount edges { node { text target { text } } } } }',
  'goal.similar': `{ goal(id: "${goal}") { text similar(first: 10) { edges { score sharedTerms node { text municipality { name } } } } } }`,
  'theme (municipalities with goals)': '{ theme(id: "procurement") { labelSv municipalities(first: 10) { totalCount edges { weight node { name } goals(first: 3) { edges { node { text } } } } } } }',
  search: '{ search(query: "upphandling lokala företag") { totalCount edges { node { kind score snippet { text highlights { start end } } why { field terms } } } } }',
  'search + facets': '{ search(query: "kompetensförsörjning") { totalCount facets { municipalities { value count } themes { value count } years { value count } } edges { node { kind score } } } }',
  compare: `{ compare(codes: ["${municipality}", "${others.join('", "')}"]) { rows { theme { id } cells { weight covered goals(first: 3) { edges { node { text } } } } } gaps { theme { id } } } }`,
  similarMunicipalities: `{ similarMunicipalities(code: "${municipality}", first: 10) { edges { score themeSimilarity goalOverlap node { name } } } }`,
};

const app = await createApp({ graph, config: defaultConfig({ maxComplexity: 100_000 }) });
const url = await app.listen(0, '127.0.0.1');

async function time(query: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const rows: string[] = [];
for (const [name, query] of Object.entries(QUERIES)) {
  for (let i = 0; i < warmup; i++) await time(query);
  const trips = graph.roundTrips;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(query));
  samples.sort((a, b) => a - b);
  const perQuery = (graph.roundTrips - trips) / runs;
  rows.push(`| ${name} | ${percentile(samples, 50).toFixed(1)} | ${percentile(samples, 95).toFixed(1)} | ${perQuery} |`);
}

console.log(`Graph: ${counts.documents} documents, ${counts.goals} goals. ${runs} sequential requests per query after ${warmup} warm-up, HTTP on loopback.`);
console.log(`Machine: ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.\n`);
console.log('| query | p50 ms | p95 ms | DB round trips |');
console.log('|---|---:|---:|---:|');
for (const row of rows) console.log(row);
await app.close();
await graph.close();
