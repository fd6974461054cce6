/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON here; the assertions check their shape */
/**
 * The server around the schema: health probes, CORS, the explorer's static files, limits (page size,
 * depth, complexity, query timeout), error hygiene, and the number of database round trips per query.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@strategigrafen/graph-db';
import { testGraph, testTarget } from '../../test/neo4j.js';
import { connectGraph } from '../src/db/connect.js';
import { encodeCursor } from '../src/pagination/cursor.js';
import { GraphReader } from '../src/db/reader.js';
import { ApiError } from '../src/errors.js';
import { codes, startApi, type RunningApi } from './api.js';
import { buildFixture } from './fixture.js';

let graph: Graph;
let apiGraph: Graph;
let api: RunningApi;

beforeAll(async () => {
  graph = testGraph();
  await buildFixture(graph);
  apiGraph = connectGraph(testTarget());
  api = await startApi(apiGraph, { corsOrigins: ['http://allowed.example'] });
});

afterAll(async () => {
  await api?.close();
  await apiGraph?.close();
  await graph?.close();
});

describe('probes', () => {
  it('/healthz says the process is up and /readyz that Neo4j answers', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('allows the configured origins and no others', async () => {
    const allowed = await preflight('http://allowed.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
    const other = await preflight('http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no cross-origin access by default', async () => {
    const closed = await startApi(apiGraph);
    try {
      const response = await fetch(`${closed.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'http://allowed.example', 'access-control-request-method': 'POST' } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.close();
    }
  });
});

describe('the explorer', () => {
  let dist: string;
  let withExplorer: RunningApi;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'strategigrafen-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Explorer</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("explorer")');
    withExplorer = await startApi(apiGraph, {}, dist);
  });

  afterAll(async () => {
    await withExplorer?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the built files, and index.html for the app\'s own routes', async () => {
    const root = await fetch(`${withExplorer.url}/`);
    expect(await root.text()).toContain('<div id="root">');
    const asset = await fetch(`${withExplorer.url}/assets/app.js`);
    expect(await asset.text()).toBe('console.log("explorer")');
    for (const route of ['/municipality/1441', '/theme/procurement', '/search?q=upphandling']) {
      const page = await fetch(`${withExplorer.url}${route}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    }
  });

  it('keeps API routes for the API', async () => {
    const health = await fetch(`${withExplorer.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const graphql = await fetch(`${withExplorer.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { themes } }' }) });
    expect((await graphql.json()).data.stats.themes).toBeGreaterThan(0);
  });

  it('says how to build the explorer when it is missing', async () => {
    const without = await startApi(apiGraph, {}, join(dist, 'not-built'));
    try {
      const response = await fetch(`${without.url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('npm run build -w web');
    } finally {
      await without.close();
    }
  });
});

describe('limits', () => {
  it('caps the page size and checks cursors', async () => {
    const tooMany = await api.gql('{ municipalities(first: 301) { totalCount } }');
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.message).toMatch(/between 0 and 300/);
    expect(codes(await api.gql('{ documents(first: -1) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql('{ documents(after: "not-a-cursor") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    // a cursor past the end is fine: an empty page
    const past = await api.data(`{ counties(after: "${encodeCursor(500)}") { totalCount edges { cursor } pageInfo { hasNextPage } } }`);
    expect(past.counties).toMatchObject({ totalCount: 21, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('refuses queries nested deeper than MAX_DEPTH', async () => {
    const deep = '{ municipalities { edges { node { documents { edges { node { goals { edges { node { similar { edges { node { document { related { edges { node { title } } } } } } } } } } } } } } } } }';
    const response = await api.gql(deep);
    expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors![0]!.message).toMatch(/depth limit of 16 exceeded/);
    expect(response.data).toBeUndefined();
  });

  it('refuses queries over the complexity budget before touching the database', async () => {
    const before = apiGraph.roundTrips;
    const response = await api.gql('{ municipalities(first: 300) { edges { node { documents(first: 300) { edges { node { title } } } } } } }');
    expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors![0]!.extensions).toMatchObject({ maxComplexity: 150000 });
    expect(apiGraph.roundTrips).toBe(before);
  });

  it('stops queries that run longer than QUERY_TIMEOUT_MS, as QUERY_TIMEOUT', async () => {
    // Neo4j checks transaction deadlines every couple of seconds, so only a genuinely slow query shows it
    const reader = new GraphReader(apiGraph, 200);
    const started = Date.now();
    const error = await reader.rows('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('errors', () => {
  it('never shows a stack trace, Cypher or driver details', async () => {
    const responses = await Promise.all([
      api.gql('{ nope }'),
      api.gql('{ municipality(code: "9999") { name } }'),
      api.gql('{ search(query: "*") { totalCount } }'),
      api.gql('query { municipalities(first: "x") { totalCount } }'),
      api.gql('{ municipalities(first: 100000) { totalCount } }'),
    ]);
    for (const response of responses) {
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(response.raw).not.toMatch(/stacktrace|\bat .*\.ts:\d+|MATCH \(|neo4j/i);
    }
    expect(codes(responses[0]!)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers malformed requests with 400 and no internals', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('is read-only: there is no mutation type', async () => {
    const { __schema } = await api.data('{ __schema { mutationType { name } subscriptionType { name } } }');
    expect(__schema).toEqual({ mutationType: null, subscriptionType: null });
    const mutation = await api.gql('mutation { deleteEverything }');
    expect(codes(mutation)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(mutation.errors![0]!.message).toMatch(/read-only: mutation operations are not supported/);
  });
});

describe('database round trips', () => {
  // municipalities → documents → goals → themes, plus the references along the way
  const NESTED = `query ($first: Int) { municipalities(filter: {hasDocuments: true}, orderBy: DOCUMENTS, first: $first) { edges { node {
    name county { name } documentCount themeProfile { theme { id } weight }
    documents(first: 5) { totalCount edges { node { title municipality { code } organisation { name } themes { theme { id labelSv } weight }
      goals(first: 5) { totalCount edges { node { text municipality { name } document { id } themes { theme { id parent { id } } weight }
        similar(first: 3) { edges { score node { id municipality { name } } } } } } } } } } } } } }`;

  const roundTrips = async (first: number) => {
    const before = apiGraph.roundTrips;
    const data = await api.data(NESTED, { first });
    return { trips: apiGraph.roundTrips - before, data };
  };

  it('is the same for 2 and for 20 municipalities (no N+1)', async () => {
    await roundTrips(20); // fills the shared caches (taxonomy, municipalities' profiles and counts), which later requests reuse
    const two = await roundTrips(2);
    const twenty = await roundTrips(20);
    const edges = twenty.data.municipalities.edges;
    expect(edges.length).toBe(20);
    // data at every level, so the count is not flattered by empty lists
    const documents = edges.flatMap((e: any) => e.node.documents.edges);
    const goals = documents.flatMap((d: any) => d.node.goals.edges);
    expect(documents.length).toBeGreaterThanOrEqual(30);
    expect(goals.length).toBeGreaterThanOrEqual(50);
    expect(goals.some((g: any) => g.node.themes.length > 0 && g.node.similar.edges.length > 0)).toBe(true);
    expect(twenty.trips).toBe(two.trips);
    expect(twenty.trips).toBeLessThanOrEqual(16);
  });

  it('is the same for 2 and for all themes with their municipalities, documents and goals', async () => {
    const query = `query ($first: Int) { themes(first: $first) { edges { node { id parent { id } children { id } documentCount goalCount municipalityCount
      municipalities(first: 3) { edges { weight node { name } goals(first: 2) { edges { node { text } } } } }
      documents(first: 2) { edges { node { title } } } goals(first: 2) { edges { node { text } } } } } } }`;
    const trips = async (first: number) => {
      const before = apiGraph.roundTrips;
      const data = await api.data(query, { first });
      return { trips: apiGraph.roundTrips - before, themes: data.themes.edges.length };
    };
    await trips(100); // fills the shared taxonomy, theme-count and theme-coverage caches
    const two = await trips(2);
    const all = await trips(100);
    expect(all.themes).toBeGreaterThan(15);
    expect(all.trips).toBe(two.trips);
  });
});
