import autocannon from 'autocannon';
import { percentile } from './lib/stats.js';

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  /** completed requests per second */
  throughput: number;
  requests: number;
  /** non-2xx responses, timeouts and GraphQL errors seen in the check before the run */
  errors: number;
}

/**
 * POSTs one GraphQL query to `url` for `seconds` over `connections` keep-alive connections (autocannon),
 * after checking that it answers without GraphQL errors. Latencies are taken from every response
 * (autocannon's own histogram has no p95).
 */
export async function loadGraphql(url: string, query: string, variables: Record<string, unknown>, options: { seconds: number; connections: number }): Promise<LoadResult> {
  const body = JSON.stringify({ query, variables });
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await check.json()) as { errors?: Array<{ message: string }> };
  if (!check.ok || answer.errors?.length) {
    throw new Error(`The query to ${url} failed (${check.status}): ${answer.errors?.map((e) => e.message).join('; ') ?? 'no body'}\n${query}`);
  }
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: options.connections, duration: options.seconds },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    throughput: result.requests.average,
    requests: latencies.length,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
