/**
 * The integration tests' graph, built by the ingest pipeline: the real sample corpus (Lerum's seed page
 * and the ~100 documents it lists), the synthetic fixture texts in ./fixtures (see its README), and a
 * slice of the synthetic corpus generator's documents, so that nested lists have data at every level.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '@strategigrafen/graph-db';
import { analyseSource, ingestPaths, synthDocuments, writeDocuments, type IngestSummary } from '@strategigrafen/ingest';
import { resetDatabase } from '../../test/neo4j.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const SAMPLES_DIR = join(HERE, '../../samples');
export const FIXTURES_DIR = join(HERE, 'fixtures');

/** Lerum, the sample corpus's municipality, and the invented municipalities of the fixture texts. */
export const LERUM = { code: '1441', name: 'Lerum', countyCode: '14' };
export const NORRVIK = { code: 'S001', name: 'Norrvik' };
export const ASBACKA = { code: 'S002', name: 'Åsbacka' };
export const SOLVIK = { code: 'S003', name: 'Solvik' };

/** Opening words of the paragraph that Norrvik's and Åsbacka's fixtures share word for word. */
export const SHARED_PASSAGE = 'Inför varje större upphandling bjuder kommunen in lokala företag';

export const SYNTHETIC_DOCUMENTS = 60;

export interface Fixture {
  run: IngestSummary;
  synthetic: number;
}

/** Empties the test database and ingests the fixture; similarity and reuse links are computed by the writer. */
export async function buildFixture(graph: Graph, synthetic = SYNTHETIC_DOCUMENTS): Promise<Fixture> {
  await resetDatabase(graph);
  const fixtureFiles = readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => join(FIXTURES_DIR, file));
  const run = await ingestPaths(graph, [join(SAMPLES_DIR, 'seed'), ...fixtureFiles]);
  if (run.failures.length) throw new Error(`The fixture did not ingest cleanly:\n${run.failures.map((f) => `${f.path}: ${f.error}`).join('\n')}`);
  if (synthetic > 0) await writeDocuments(graph, [...synthDocuments(synthetic, 'graph-api-tests')].map(analyseSource));
  return { run, synthetic };
}

/** Looks one value up in the fixture graph (test-side Cypher, to find ids the tests then ask the API about). */
export async function lookup<T>(graph: Graph, cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const rows = await graph.read<{ value: T }>(cypher, params);
  if (rows.length !== 1) throw new Error(`Expected one row from the fixture, got ${rows.length}: ${cypher}`);
  return rows[0]!.value;
}

/** Codes of the fixture's municipalities, as the synthetic gazetteer assigned them. */
export async function fixtureCodes(graph: Graph): Promise<{ norrvik: string; asbacka: string; solvik: string }> {
  const code = (name: string) => lookup<string>(graph, 'MATCH (m:Municipality {name: $name}) RETURN m.code AS value', { name });
  return { norrvik: await code('Norrvik'), asbacka: await code('Åsbacka'), solvik: await code('Solvik') };
}

/** The id of the one goal of municipality `name` whose text contains `fragment`. */
export function goalId(graph: Graph, name: string, fragment: string): Promise<string> {
  return lookup<string>(graph, 'MATCH (:Municipality {name: $name})-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(g:Goal) WHERE g.text CONTAINS $fragment RETURN g.id AS value', {
    name,
    fragment,
  });
}

/**
 * Sets the score and shared terms of the SIMILAR_TO link between two goals, creating it if the linker
 * did not, so tests know exact values. Read undirected, like the API does.
 */
/** Removes a link planted with plantSimilarity, so that later tests see the graph the linker wrote. */
export async function removeSimilarity(graph: Graph, a: string, b: string): Promise<void> {
  await graph.write('MATCH (:Goal {id: $a})-[r:SIMILAR_TO]-(:Goal {id: $b}) DELETE r', { a, b });
}

export async function plantSimilarity(graph: Graph, a: string, b: string, score: number, sharedTerms: string[]): Promise<void> {
  await graph.write(
    `MATCH (a:Goal {id: $a}), (b:Goal {id: $b})
     OPTIONAL MATCH (a)-[existing:SIMILAR_TO]-(b)
     FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END | CREATE (a)-[:SIMILAR_TO {score: $score, sharedTerms: $sharedTerms}]->(b))
     SET existing.score = $score, existing.sharedTerms = $sharedTerms`,
    { a, b, score, sharedTerms },
  );
}
