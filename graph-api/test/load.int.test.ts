/**
 * The API under load and abuse, against the real test Neo4j: floods refused before they run, client errors
 * as 400, back-pressure as a fast 503 with Retry-After, request deadlines that stop queries and free their
 * connections (504), and a drained pool told apart from an unreachable database. The load figures themselves
 * (sustainable rate, 3× overload, restarts) are the reliability suite's: npm run test:reliability.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '@strategigrafen/graph-db';
import { resetDatabase, testGraph, testTarget } from '../../test/neo4j.js';
import { connectGraph } from '../src/db/connect.js';
import { GraphReader } from '../src/db/reader.js';
import { ApiError } from '../src/errors.js';
import { RequestDeadline } from '../src/load/deadline.js';
import { codes, startApi, type RunningApi } from './api.js';

let graph: Graph;
let apiGraph: Graph;
let api: RunningApi;

const flood = (count: number, field: (i: number) => string) => `{ ${Array.from({ length: count }, (_, i) => field(i)).join(' ')} }`;
const post = async (url: string, query: string, variables: Record<string, unknown> = {}) => {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started, body, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
};

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
  await graph.write(
    `MERGE (t:Theme {id: 'procurement'}) SET t.labelSv = 'Upphandling', t.labelEn = 'Procurement'
     MERGE (c:County {code: '14'}) SET c.name = 'Västra Götalands län'
     MERGE (m:Municipality {code: '1441'}) SET m.name = 'Lerum'
     MERGE (m)-[:IN_COUNTY]->(c)`,
  );
  apiGraph = connectGraph(testTarget());
  api = await startApi(apiGraph);
});

afterAll(async () => {
  await api?.close();
  await apiGraph?.close();
  await graph?.close();
});

describe('alias floods', () => {
  it('are refused with 400 QUERY_TOO_COMPLEX before they run, saying which caps they pass and their cost', async () => {
    for (const query of [flood(1500, (i) => `a${i}: search(query: "upphandling", first: 1) { totalCount }`), flood(4000, (i) => `s${i}:stats{themes}`)]) {
      const before = apiGraph.roundTrips;
      const response = await post(api.url, query);
      expect(response.status).toBe(400);
      expect(response.codes).toEqual(['QUERY_TOO_COMPLEX']);
      expect(response.body.errors![0]!.message).toMatch(/\d+ root fields \(at most 10\); it has \d+ aliases \(at most 20\) \(its cost, \d+, is within the limit of 150000\)/);
      expect(response.body.errors![0]!.extensions).toMatchObject({ maxComplexity: 150000, maxRootFields: 10, maxAliases: 20 });
      expect(apiGraph.roundTrips).toBe(before);
    }
  });

  it('do not hold up a trivial query sent beside them', async () => {
    const floodRequest = post(api.url, flood(1500, (i) => `a${i}: search(query: "upphandling", first: 1) { totalCount }`));
    const trivial = await post(api.url, '{ counties(first: 1) { totalCount } }');
    expect(trivial.status).toBe(200);
    expect(trivial.ms).toBeLessThan(1000);
    expect((await floodRequest).status).toBe(400);
  });
});

describe('HTTP statuses', () => {
  it('answers client errors with 400, whichever step finds them', async () => {
    const cases: [string, string, Record<string, unknown>?][] = [
      ['BAD_USER_INPUT', '{ municipalities(first: 1000000) { totalCount } }'],
      ['BAD_USER_INPUT', 'query ($n: Int) { documents(first: $n) { totalCount } }', { n: 301 }],
      ['BAD_USER_INPUT', '{ documents(after: "not-a-cursor") { totalCount } }'],
      ['QUERY_TOO_COMPLEX', '{ municipalities(first: 300) { edges { node { documents(first: 300) { edges { node { title } } } } } } }'],
      ['QUERY_TOO_COMPLEX', `{ ${Array.from({ length: 11 }, (_, i) => `c${i}: counties(first: 1) { totalCount }`).join(' ')} }`],
      [
        'QUERY_TOO_COMPLEX',
        '{ municipalities { edges { node { documents { edges { node { goals { edges { node { similar { edges { node { document { related { edges { node { title } } } } } } } } } } } } } } } } }',
      ],
      ['GRAPHQL_VALIDATION_FAILED', '{ nope }'],
      ['GRAPHQL_PARSE_FAILED', '{ stats { '],
      ['BAD_USER_INPUT', 'query ($n: Int) { documents(first: $n) { totalCount } }', { n: 'many' }],
    ];
    for (const [code, query, variables] of cases) {
      const response = await post(api.url, query, variables);
      expect({ query, status: response.status, code: response.codes[0] }).toEqual({ query, status: 400, code });
    }
    expect((await post(api.url, '{ municipalities(first: 1000000) { totalCount } }')).body.errors![0]!.message).toMatch(/first must be between 0 and 300/);
  });

  it('keeps 200 for answers with data, NOT_FOUND included', async () => {
    const response = await post(api.url, '{ municipality(code: "9999") { name } stats { themes } }');
    expect(response.status).toBe(200);
    expect(response.codes).toEqual(['NOT_FOUND']);
    expect(response.body.data).toMatchObject({ municipality: null, stats: { themes: 1 } });
  });
});

describe('back-pressure', () => {
  it('answers at once with 503 SERVICE_OVERLOADED and Retry-After when the queue is full', async () => {
    const small = await startApi(apiGraph, { maxConcurrentRequests: 1, maxQueuedRequests: 0 });
    try {
      // the one slot is taken (as by a long request)
      const release = await small.app.load.admission.acquire();
      const refused = await post(small.url, '{ stats { themes } }');
      expect(refused.status).toBe(503);
      expect(refused.ms).toBeLessThan(500);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(refused.codes).toEqual(['SERVICE_OVERLOADED']);
      expect(refused.body.errors![0]!.message).toMatch(/busy .* Retry in \d+ s/);
      expect(refused.body.errors![0]!.extensions!.retryAfter).toBe(Number(refused.retryAfter));
      // what does not touch the database is not queued
      expect((await post(small.url, '{ __typename }')).status).toBe(200);
      release();
      const served = await post(small.url, '{ stats { themes } }');
      expect(served.status).toBe(200);
      expect(small.app.load.admission.stats()).toMatchObject({ active: 0, queued: 0, refused: { 'queue-full': 1 } });
    } finally {
      await small.close();
    }
  });

  it('keeps slots for quick requests while heavy ones (search, compare, goalsLike) hold their share', async () => {
    const lanes = await startApi(apiGraph, { maxConcurrentRequests: 3, maxConcurrentHeavyRequests: 2, maxQueuedRequests: 0 });
    try {
      const heavy = [await lanes.app.load.admission.acquire(undefined, true), await lanes.app.load.admission.acquire(undefined, true)];
      const search = await post(lanes.url, '{ search(query: "upphandling") { totalCount } }');
      expect(search.status).toBe(503);
      expect(search.codes).toEqual(['SERVICE_OVERLOADED']);
      const quick = await post(lanes.url, '{ stats { themes } }');
      expect(quick.status).toBe(200);
      for (const release of heavy) release();
      expect((await post(lanes.url, '{ search(query: "upphandling") { totalCount } }')).status).toBe(200);
    } finally {
      await lanes.close();
    }
  });

  it('stops a request at its deadline with 504 QUERY_TIMEOUT, and gives its slots back', async () => {
    const hurried = await startApi(apiGraph, { requestTimeoutMs: 300, neo4jMaxConcurrency: 1 });
    try {
      // every slot towards Neo4j is taken: the request waits for one until its deadline
      const release = await hurried.app.load.neo4j.acquire();
      const late = await post(hurried.url, '{ stats { themes } }');
      expect(late.status).toBe(504);
      expect(late.codes).toEqual(['QUERY_TIMEOUT']);
      expect(late.body.errors![0]!.message).toMatch(/longer than 300 ms/);
      expect(late.ms).toBeLessThan(2000);
      release();
      expect((await post(hurried.url, '{ stats { themes } }')).status).toBe(200);
      expect(hurried.app.load.admission.stats()).toMatchObject({ active: 0, queued: 0 });
      expect(hurried.app.load.neo4j.stats()).toMatchObject({ active: 0, queued: 0 });
    } finally {
      await hurried.close();
    }
  });
});

describe('deadlines and the connection pool', () => {
  const SLOW = 'UNWIND range(1, 2000000000) AS x RETURN count(x) AS n';

  it('a deadline stops running queries on the server and frees their connections at once', async () => {
    const small = connectGraph(testTarget(), { maxPoolSize: 2, acquisitionTimeoutMs: 1000 });
    try {
      const reader = new GraphReader(small, 30_000, { deadline: new RequestDeadline(500) });
      const started = Date.now();
      const results = await Promise.allSettled([reader.rows(SLOW), reader.rows(SLOW)]);
      expect(Date.now() - started).toBeLessThan(2000);
      for (const result of results) {
        expect(result.status).toBe('rejected');
        expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ApiError);
        expect(((result as PromiseRejectedResult).reason as ApiError).code).toBe('QUERY_TIMEOUT');
      }
      // both connections are back in the pool (a third query gets one at once) and nothing runs on the server
      expect(await new GraphReader(small, 5000).rows('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      const running = await graph.read<{ query: string }>('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $needle RETURN currentQuery AS query', { needle: '2000000' + '000' });
      expect(running).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('reports a drained pool with Neo4j healthy as SERVICE_OVERLOADED (503), not as an unreachable database', async () => {
    const tiny = connectGraph(testTarget(), { maxPoolSize: 1, acquisitionTimeoutMs: 300 });
    const drained = await startApi(tiny);
    const session = tiny.driver.session();
    try {
      const tx = await session.beginTransaction(); // holds the pool's only connection
      const response = await post(drained.url, '{ stats { themes } }');
      expect(response.status).toBe(503);
      expect(response.codes).toEqual(['SERVICE_OVERLOADED']);
      expect(response.body.errors![0]!.message).toMatch(/connections to the graph database are in use/);
      expect(response.body.errors![0]!.message).not.toMatch(/not reachable/);
      expect(Number(response.retryAfter)).toBeGreaterThanOrEqual(1);
      await tx.rollback();
      expect((await post(drained.url, '{ stats { themes } }')).status).toBe(200);
    } finally {
      await session.close();
      await drained.close();
      await tiny.close();
    }
  });
});

describe('the existing codes', () => {
  it('are still what the tests and the explorer switch on', async () => {
    expect(codes(await api.gql('{ municipality(code: "9999") { name } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql('{ search(query: "*") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
