/**
 * The reliability suite's Neo4j and graph: a local Neo4j of its own (port RELIABILITY_NEO4J_PORT, default 7730,
 * data in .neo4j/test-<port>, heap 1 GiB), holding the sample corpus, the graph-api fixture texts and a slice of
 * the synthetic corpus. The graph is built once and kept (a marker node says with what); later runs reuse it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resetGraph, type Graph, type Neo4jTarget } from '@strategigrafen/graph-db';
import { startLocal } from '@strategigrafen/neo4j-local';
import { analyseSource, ingestPaths, synthDocuments, writeDocuments } from '@strategigrafen/ingest';
import { applyMigrations } from '@strategigrafen/schema';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const PORT = Number(process.env.RELIABILITY_NEO4J_PORT ?? 7730);
export const SYNTHETIC_DOCUMENTS = Number(process.env.RELIABILITY_SYNTHETIC_DOCS ?? 300);
const FIXTURE_VERSION = 1;

export type LocalServer = Awaited<ReturnType<typeof startLocal>>;

export function startNeo4j(log: (line: string) => void = () => {}): Promise<LocalServer> {
  return startLocal({ profile: 'test', port: PORT, heapMb: 1024, pageCacheMb: 256, log });
}

/** Builds the graph unless the marker says it is already there, and returns realistic arguments for the query mix. */
export async function ensureGraph(graph: Graph, log: (line: string) => void): Promise<MixArguments> {
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
  const marker = await graph.read<{ version: number; synthetic: number }>('MATCH (r:ReliabilityFixture) RETURN r.version AS version, r.synthetic AS synthetic');
  if (marker[0]?.version !== FIXTURE_VERSION || marker[0]?.synthetic !== SYNTHETIC_DOCUMENTS) {
    const started = Date.now();
    log(`Building the reliability graph (samples, fixtures, ${SYNTHETIC_DOCUMENTS} synthetic documents)…`);
    await resetGraph(graph);
    await applyMigrations({ run: (cypher) => graph.write(cypher) });
    const fixtures = join(REPO, 'graph-api/test/fixtures');
    await ingestPaths(graph, [join(REPO, 'samples/seed'), ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, f))]);
    if (SYNTHETIC_DOCUMENTS > 0) await writeDocuments(graph, [...synthDocuments(SYNTHETIC_DOCUMENTS, 'reliability')].map(analyseSource));
    await graph.write('CREATE (:ReliabilityFixture {version: $version, synthetic: $synthetic})', { version: FIXTURE_VERSION, synthetic: SYNTHETIC_DOCUMENTS });
    log(`  built in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return mixArguments(graph);
}

export interface MixArguments {
  documents: number;
  goals: number;
  municipality: string;
  others: string[];
  document: string;
  goal: string;
}

async function mixArguments(graph: Graph): Promise<MixArguments> {
  const one = async (cypher: string) => (await graph.read<{ value: string }>(cypher))[0]?.value ?? '';
  const counts = (await graph.read<{ documents: number; goals: number }>('RETURN COUNT { (:Document) } AS documents, COUNT { (:Goal) } AS goals'))[0]!;
  return {
    ...counts,
    municipality: await one('MATCH (m:Municipality)-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(g) RETURN m.code AS value, count(g) AS n ORDER BY n DESC, value LIMIT 1'),
    others: (
      await graph.read<{ code: string }>('MATCH (m:Municipality)-[:PUBLISHED]->(d:Document) WITH m, count(d) AS n ORDER BY n DESC, m.code SKIP 1 LIMIT 2 RETURN m.code AS code')
    ).map((r) => r.code),
    document: await one('MATCH (d:Document)-[:HAS_GOAL]->(g) RETURN d.id AS value, count(g) AS n ORDER BY n DESC, value LIMIT 1'),
    goal: await one('MATCH (g:Goal) RETURN g.id AS value, COUNT { (g)-[:SIMILAR_TO]-() } AS n ORDER BY n DESC, value LIMIT 1'),
  };
}

/** The main query mix: what the explorer's pages ask, with this graph's busiest municipality, document and goal. */
export function queryMix(a: MixArguments): string[] {
  return [
    '{ stats { documents goals municipalities themes lastIngestRun { startedAt } } }',
    '{ search(query: "upphandling lokala företag") { totalCount edges { node { kind score snippet { text highlights { start end } } } } } }',
    `{ municipality(code: "${a.municipality}") { name county { name } themeProfile { theme { id } weight } documents(first: 10) { totalCount edges { node { title kind year } } } goals(first: 10) { totalCount edges { node { text } } } } }`,
    '{ municipalities(filter: {hasDocuments: true}) { totalCount edges { node { code name county { name } documentCount } } } }',
    `{ document(id: "${a.document}") { title themes { theme { id } weight } goals(first: 50) { edges { node { text level } } } related(first: 20) { totalCount } } }`,
    '{ search(query: "kompetensförsörjning") { totalCount facets { municipalities { value count } themes { value count } } edges { node { kind score } } } }',
    '{ theme(id: "procurement") { labelSv municipalities(first: 10) { totalCount edges { weight node { name } goals(first: 3) { edges { node { text } } } } } } }',
    `{ goal(id: "${a.goal}") { text similar(first: 10) { edges { score sharedTerms node { text municipality { name } } } } } }`,
    '{ documents(filter: {theme: "procurement"}, orderBy: YEAR_DESC) { totalCount edges { node { title year municipality { name } } } } }',
    `{ compare(codes: ["${[a.municipality, ...a.others].join('", "')}"]) { rows { theme { id } cells { weight covered goals(first: 3) { edges { node { text } } } } } gaps { theme { id } } } }`,
    '{ themes { edges { node { id labelSv documentCount goalCount municipalityCount } } } }',
    `{ similarMunicipalities(code: "${a.municipality}", first: 10) { edges { score node { name } } } }`,
  ];
}

export type { Neo4jTarget };
