/**
 * Neo4j going away under a running API: queries fail with SERVICE_UNAVAILABLE, HTTP 503 with Retry-After (and /readyz with 503)
 * while the process keeps serving, and once Neo4j is back the API answers again without a restart.
 * Runs its own local Neo4j on port 7714 so that stopping it disturbs nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocal, stopLocal, type LocalServer } from '@strategigrafen/neo4j-local';
import type { Graph } from '@strategigrafen/graph-db';
import { applyMigrations } from '@strategigrafen/schema';
import { connectGraph } from '../src/db/connect.js';
import { codes, startApi, type RunningApi } from './api.js';

const PORT = Number(process.env.GRAPH_API_OUTAGE_NEO4J_PORT ?? 7714);
const start = () => startLocal({ profile: 'test', port: PORT, heapMb: 384, pageCacheMb: 64 });

let server: LocalServer;
let graph: Graph;
let api: RunningApi;

const STATS = '{ stats { themes documents } }';

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up after ${timeoutMs} ms`);
}

beforeAll(async () => {
  server = await start();
  graph = connectGraph(server.target);
  await applyMigrations({ run: (cypher) => graph.write(cypher) });
  await graph.write("MERGE (:Theme {id: 'outage-test', labelSv: 'Test', labelEn: 'Test'})");
  api = await startApi(graph);
}, 240_000);

afterAll(async () => {
  await api?.close();
  await graph?.close();
  await stopLocal('test', PORT);
}, 120_000);

describe('when Neo4j stops and comes back', () => {
  it('answers normally while Neo4j is up', async () => {
    expect((await api.data(STATS)).stats.themes).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
  });

  it('gives SERVICE_UNAVAILABLE and a 503 readiness while Neo4j is down, and keeps running', async () => {
    await stopLocal('test', PORT);
    const started = Date.now();
    const response = await api.gql(STATS);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(codes(response)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(response.status).toBe(503);
    expect(response.errors![0]!.message).toMatch(/not reachable/);
    const raw = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: STATS }) });
    expect(raw.status).toBe(503);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(response.raw).not.toMatch(/ECONNREFUSED|bolt:|7714|stack/i);

    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable' });
    // the process is alive and still serving
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const again = await api.gql('{ search(query: "upphandling") { totalCount } municipality(code: "1441") { name } }');
    expect(codes(again).every((code) => code === 'SERVICE_UNAVAILABLE')).toBe(true);
  }, 120_000);

  it('answers again by itself once Neo4j is back', async () => {
    server = await start();
    const stats = await until(async () => {
      const response = await api.gql(STATS);
      return response.errors ? undefined : response.data!.stats;
    }, 60_000);
    expect(stats.themes).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
  }, 240_000);
});
