/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here; the assertions check their shape */
/**
 * Nested connections in one query per request level (src/prefetch): municipality → documents → goals →
 * themes costs one round trip to Neo4j, and answers exactly what the loaders answer level by level — the
 * same pages, orders, cursors and totals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@strategigrafen/graph-db';
import { testGraph, testTarget } from '../../test/neo4j.js';
import { connectGraph } from '../src/db/connect.js';
import { startApi, type RunningApi } from './api.js';
import { buildFixture } from './fixture.js';

let graph: Graph;
let apiGraph: Graph;
let api: RunningApi;
/** the municipality with the most goals */
let largest: { code: string; name: string };

beforeAll(async () => {
  graph = testGraph();
  await buildFixture(graph);
  apiGraph = connectGraph(testTarget());
  api = await startApi(apiGraph);
  await api.data('{ themes { totalCount } }'); // fills the shared taxonomy cache, which later requests reuse
  [largest] = await graph.read<{ code: string; name: string }>(
    'MATCH (m:Municipality)-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(g:Goal) WITH m, count(g) AS goals RETURN m.code AS code, m.name AS name ORDER BY goals DESC, code LIMIT 1',
  );
});

afterAll(async () => {
  await api?.close();
  await apiGraph?.close();
  await graph?.close();
});

/** The Cypher of every query the API sends while `run` runs (read from the real driver's sessions). */
async function cypherSent(run: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const driver = apiGraph.driver;
  const session = driver.session.bind(driver);
  driver.session = ((...args: Parameters<typeof session>) => {
    const opened = session(...args);
    const send = opened.run.bind(opened);
    opened.run = ((cypher: string, ...rest: unknown[]) => {
      sent.push(cypher);
      return (send as (...a: unknown[]) => ReturnType<typeof send>)(cypher, ...rest);
    }) as typeof opened.run;
    return opened;
  }) as typeof driver.session;
  try {
    await run();
  } finally {
    driver.session = session;
  }
  return sent;
}

/** The query's data and the round trips to Neo4j it took. */
async function measured(query: string, variables: Record<string, unknown>) {
  const before = apiGraph.roundTrips;
  const data = await api.data(query, variables);
  return { data, trips: apiGraph.roundTrips - before };
}

const TREE = `
  name code
  documents(first: $documents, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title year goalCount
      goals(first: $goals, after: $goalsAfter) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id text position themes { theme { id labelSv } weight terms } } }
      } } }
  }`;

const BY_CODE = `query ($code: String!, $documents: Int, $after: String, $orderBy: DocumentOrder, $filter: DocumentFilter, $goals: Int, $goalsAfter: String) {
  municipality(code: $code) { ${TREE} } }`;

// by name the municipality is read first and its documents, goals and themes by the loaders, level by level
const BY_NAME = `query ($name: String!, $documents: Int, $after: String, $orderBy: DocumentOrder, $filter: DocumentFilter, $goals: Int, $goalsAfter: String) {
  municipality(name: $name) { ${TREE} } }`;

const defaults = { documents: 10, after: null, orderBy: 'TITLE', filter: null, goals: 10, goalsAfter: null };

describe('municipality → documents → goals → themes', () => {
  it('is one round trip, with the loaders\' pages, orders and totals', async () => {
    const oneQuery = await measured(BY_CODE, { code: largest.code, ...defaults });
    const loaders = await measured(BY_NAME, { name: largest.name, ...defaults });
    expect(oneQuery.trips).toBe(1);
    expect(loaders.trips).toBeGreaterThanOrEqual(4);
    expect(oneQuery.data).toEqual(loaders.data);
    // data at every level, so the comparison is not flattered by empty lists
    const documents = oneQuery.data.municipality.documents;
    const goals = documents.edges.flatMap((d: any) => d.node.goals.edges);
    expect(documents.edges.length).toBeGreaterThanOrEqual(3);
    expect(goals.length).toBeGreaterThanOrEqual(10);
    expect(goals.some((g: any) => g.node.themes.length > 0)).toBe(true);
  });

  it('pages on from cursors at both levels, in any order and under a filter, as the loaders do', async () => {
    const first = await api.data(BY_CODE, { code: largest.code, ...defaults, documents: 3, goals: 2 });
    const after = first.municipality.documents.pageInfo.endCursor;
    const goalsAfter = first.municipality.documents.edges[0].node.goals.pageInfo.endCursor;
    for (const variables of [
      { ...defaults, documents: 3, after, goals: 2, goalsAfter },
      { ...defaults, orderBy: 'YEAR_DESC', documents: 4, goals: 0 },
      { ...defaults, filter: { hasText: true, yearFrom: 2010 }, documents: 5, goals: 3 },
    ]) {
      const oneQuery = await measured(BY_CODE, { code: largest.code, ...variables });
      const loaders = await measured(BY_NAME, { name: largest.name, ...variables });
      expect(oneQuery.trips).toBe(1);
      expect(oneQuery.data).toEqual(loaders.data);
    }
  });

  it('leaves a field asked for with two sets of arguments to the loaders, and answers it the same', async () => {
    const query = `query ($code: String!) { municipality(code: $code) {
      first: documents(first: 2) { edges { node { id goals(first: 2) { totalCount edges { node { id } } } } } }
      more: documents(first: 4) { edges { node { id } } } } }`;
    const { data, trips } = await measured(query, { code: largest.code });
    expect(trips).toBeGreaterThan(1);
    expect(data.municipality.more.edges.slice(0, 2)).toEqual(data.municipality.first.edges.map((e: any) => ({ node: { id: e.node.id } })));
  });

  it('reads a goal and its similar goals in one query, and their municipalities from the shared cache, as the loaders do', async () => {
    const [goal] = await graph.read<{ id: string }>('MATCH (g:Goal)-[:SIMILAR_TO]-() RETURN g.id AS id ORDER BY id LIMIT 1');
    const similar = `totalCount edges { score sharedTerms node { id text level target { text } municipality { name } } }`;
    const query = `query ($id: String!) { goal(id: $id) { text municipality { name } similar(first: 5) { ${similar} } } }`;
    await api.data(query, { id: goal!.id });
    const { data, trips } = await measured(query, { id: goal!.id });
    expect(data.goal.similar.edges.length).toBeGreaterThan(0);
    expect(trips).toBe(1);
    // asked for with two sets of arguments, the similar goals come from the loaders
    const loaders = await api.data(`query ($id: String!) { goal(id: $id) { text municipality { name } similar(first: 5) { ${similar} } more: similar(first: 6) { totalCount } } }`, { id: goal!.id });
    expect({ ...loaders.goal, more: undefined }).toEqual({ ...data.goal, more: undefined });
  });

  it('costs two round trips for a page of municipalities, however long the page', async () => {
    const query = `query ($first: Int) { municipalities(filter: {hasDocuments: true}, orderBy: DOCUMENTS, first: $first) { edges { node { code
      documents(first: 3) { totalCount edges { node { title goals(first: 3) { totalCount edges { node { text themes { theme { id } } } } } } } } } } } }`;
    const two = await measured(query, { first: 2 });
    const twenty = await measured(query, { first: 20 });
    expect(two.trips).toBe(2);
    expect(twenty.trips).toBe(2);
    expect(twenty.data.municipalities.edges.slice(0, 2)).toEqual(two.data.municipalities.edges);
    for (const edge of twenty.data.municipalities.edges.slice(0, 4)) {
      const { municipality } = await api.data(BY_NAME, { ...defaults, name: (await api.data(`{ municipality(code: "${edge.node.code}") { name } }`)).municipality.name, documents: 3, goals: 3 });
      expect(edge.node.documents.totalCount).toBe(municipality.documents.totalCount);
      expect(edge.node.documents.edges.map((e: any) => e.node.title)).toEqual(municipality.documents.edges.map((e: any) => e.node.title));
      expect(edge.node.documents.edges.map((e: any) => e.node.goals.totalCount)).toEqual(municipality.documents.edges.map((e: any) => e.node.goals.totalCount));
    }
  });

  it('fetches only the fields asked for at each level', async () => {
    const query = `query ($code: String!) { municipality(code: $code) {
      documents(first: 3) { edges { node { title goals(first: 3) { edges { node { text themes { theme { labelSv } } } } } } } } } }`;
    const [cypher, ...more] = await cypherSent(() => api.data(query, { code: largest.code }));
    expect(more).toEqual([]);
    expect(cypher).toContain('d {.id, .title}');
    expect(cypher).toContain('g {.id, .text}');
    expect(cypher).toContain('RETURN {themeId: t.id}');
    for (const unasked of ['.path', '.actor', '.section', '.targetKind', 'municipalityCode', 'organisationId', 'a.terms']) expect(cypher).not.toContain(unasked);
  });

  it('answers another place asking for the same pages with other fields from its own rows', async () => {
    const [document] = await graph.read<{ id: string }>(
      'MATCH (:Municipality {code: $code})-[:PUBLISHED]->(d:Document)-[:HAS_GOAL]->(:Goal) RETURN DISTINCT d.id AS id ORDER BY id LIMIT 1',
      { code: largest.code },
    );
    const full = `goals(first: 3) { totalCount edges { node { id text actor level position start end deadline measurable section target { text kind } themes { weight terms theme { id } } municipality { code } } } }`;
    const alone = await api.data(`query ($id: String!) { document(id: $id) { ${full} } }`, { id: document!.id });
    const together = await api.data(
      `query ($code: String!, $id: String!) {
        municipality(code: $code) { documents(first: 50) { edges { node { id goals(first: 3) { edges { node { id } } }
          municipality { documents(first: 2) { edges { node { id year kind path goalCount } } } } } } } }
        document(id: $id) { ${full} } }`,
      { code: largest.code, id: document!.id },
    );
    expect(together.municipality.documents.edges.map((e: any) => e.node.id)).toContain(document!.id);
    expect(together.document).toEqual(alone.document);
    const reached = together.municipality.documents.edges[0].node.municipality.documents;
    const direct = await api.data(`query ($code: String!) { municipality(code: $code) { documents(first: 2) { edges { node { id year kind path goalCount } } } } }`, { code: largest.code });
    expect(reached).toEqual(direct.municipality.documents);
  });
});
