/**
 * The load generator of the reliability suite, in a process of its own so that the API's memory (measured in
 * the suite's process, where the API runs) is the API's alone. Open loop as far as autocannon goes: a fixed
 * overall rate over more connections than the API should ever need, each POSTing the queries in turn.
 *
 *   tsx test/reliability/load-child.ts '<LoadSpec as JSON>'   → prints one line of LoadResult JSON
 */
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  queries: string[];
  /** requests per second, over all connections */
  rate: number;
  seconds: number;
  connections: number;
  /** seconds before autocannon gives up on a response */
  timeoutSeconds?: number;
}

export interface Latencies {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  rate: number;
  seconds: number;
  /** responses received */
  responses: number;
  /** responses per second */
  throughput: number;
  /** responses by HTTP status */
  statuses: Record<string, number>;
  /** GraphQL error codes seen in the bodies */
  codes: Record<string, number>;
  /** 200 responses whose body had errors */
  partial: number;
  /** 503 responses with a Retry-After header, and the values seen */
  retryAfter: { with: number; values: Record<string, number> };
  /** one message of a refusal, as an example */
  refusal: string | null;
  /** connection errors and timeouts (no response at all) */
  errors: number;
  timeouts: number;
  latency: { all: Latencies; ok: Latencies; refused: Latencies; other: Latencies };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);
const summarise = (values: number[]): Latencies => {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 };
};

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const statuses: Record<string, number> = {};
  const codes: Record<string, number> = {};
  let partial = 0;
  const retryAfter = { with: 0, values: {} as Record<string, number> };
  let refusal: string | null = null;
  const all: number[] = [];
  const ok: number[] = [];
  const refused: number[] = [];
  const other: number[] = [];
  const requests = spec.queries.map((query) => ({
    method: 'POST' as const,
    path: new URL(spec.url).pathname,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    onResponse: (status: number, body: string, _context: object, headers?: Record<string, string | string[] | undefined>) => {
      if (status === 503) {
        const value = headers?.['retry-after'] ?? headers?.['Retry-After'];
        if (value !== undefined) {
          retryAfter.with++;
          retryAfter.values[String(value)] = (retryAfter.values[String(value)] ?? 0) + 1;
        }
      }
      try {
        const parsed = JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] };
        if (status === 503 && !refusal) refusal = parsed.errors?.[0]?.message ?? null;
        for (const error of parsed.errors ?? []) {
          const code = error.extensions?.code ?? 'NO_CODE';
          codes[code] = (codes[code] ?? 0) + 1;
        }
        if (status === 200 && parsed.errors?.length) partial++;
      } catch {
        codes.UNPARSABLE_BODY = (codes.UNPARSABLE_BODY ?? 0) + 1;
      }
    },
  }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.seconds,
        overallRate: spec.rate,
        timeout: spec.timeoutSeconds ?? 10,
        requests,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      all.push(responseTime);
      (status === 200 ? ok : status === 503 ? refused : other).push(responseTime);
    });
  });
  return {
    rate: spec.rate,
    seconds: spec.seconds,
    responses: all.length,
    throughput: all.length / spec.seconds,
    statuses,
    codes,
    partial,
    retryAfter,
    refusal,
    errors: result.errors,
    timeouts: result.timeouts,
    latency: { all: summarise(all), ok: summarise(ok), refused: summarise(refused), other: summarise(other) },
  };
}

if (process.argv[2]) {
  runLoad(JSON.parse(process.argv[2]) as LoadSpec).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
