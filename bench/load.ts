import autocannon from 'autocannon';
import { percentile } from './lib/stats.js';

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  /** completed requests per second */
  throughput: number;
  requests: number;
  /** connection errors, timeouts, non-2xx responses and responses with GraphQL errors */
  errors: number;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
  /** load sent first and not measured, so that every API is measured warm (JIT, Neo4j's page cache), not only those that come later in a run */
  warmupSeconds?: number;
}

/**
 * POSTs one GraphQL query to `url` for `seconds` over `connections` keep-alive connections (autocannon),
 * after checking that it answers without GraphQL errors. Latencies are taken from every response
 * (autocannon's own histogram has no p95).
 */
export async function loadGraphql(url: string, query: string, variables: Record<string, unknown>, options: LoadOptions): Promise<LoadResult> {
  return loadMix(url, [{ query, variables }], options);
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The same for a sequence of queries, which every connection sends in turn (so their proportions in the
 * sequence are their proportions in the load). Each is checked once first; during the run, a response that
 * carries GraphQL errors counts as an error like a non-2xx one.
 */
export async function loadMix(url: string, requests: readonly GraphqlRequest[], options: LoadOptions): Promise<LoadResult> {
  const bodies = requests.map((r) => JSON.stringify(r));
  // answers to the warm-up are not checked: right after a start, the first queries may time out
  if (options.warmupSeconds) await autocannonRun(url, bodies, options.connections, options.warmupSeconds);
  for (const [i, body] of bodies.entries()) {
    let check: Response;
    let answer: { errors?: Array<{ message: string }> };
    // a busy answer (503 or 504) is tried again: the warm-up's last requests may still be running
    for (let attempt = 1; ; attempt++) {
      check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      answer = (await check.json()) as typeof answer;
      if ((check.status !== 503 && check.status !== 504) || attempt === CHECK_ATTEMPTS) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    if (!check.ok || answer.errors?.length) {
      throw new Error(`The query to ${url} failed (${check.status}): ${answer.errors?.map((e) => e.message).join('; ') ?? 'no body'}\n${requests[i]!.query}`);
    }
  }
  const { result, latencies, graphqlErrors } = await autocannonRun(url, bodies, options.connections, options.seconds);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    throughput: result.requests.average,
    requests: latencies.length,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

const CHECK_ATTEMPTS = 5;

async function autocannonRun(url: string, bodies: string[], connections: number, seconds: number) {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: bodies.map((body) => ({
          method: 'POST',
          body,
          onResponse: (status: number, text: string) => {
            if (status === 200 && text.includes('"errors":[')) graphqlErrors++;
          },
        })),
        connections,
        duration: seconds,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { result, latencies, graphqlErrors };
}
