/**
 * The API half of the reliability suite (issue #12, "The API under load and abuse"), against its own Neo4j and
 * the real API in this process:
 *  1. alias floods (1,500 × search(first: 1), 4,000 × stats): refused before they run, and a trivial query sent
 *     beside them answers in < 1 s;
 *  2. a short ramp of the main query mix finds the sustainable rate (no refusals, p95 < 1 s);
 *  3. 3× that rate: every request answered at once — served, or refused with a fast 503 and Retry-After —, the
 *     API keeps serving about its sustainable rate, and its RSS stays bounded;
 *  4. Neo4j stopped under load and started again: only SERVICE_UNAVAILABLE (503) meanwhile, and the API answers
 *     again within 5 s of Neo4j answering.
 * The load generator runs in a child process (load-child.ts) so that the RSS measured here is the API's.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Graph } from '@strategigrafen/graph-db';
import { stopLocal } from '@strategigrafen/neo4j-local';
import { connectGraph, createApp, loadConfig, type App } from '@strategigrafen/graph-api';
import { check, mb, ms, pct, type Check } from './checks.js';
import type { LoadResult, LoadSpec } from './load-child.js';
import { ensureGraph, PORT, queryMix, startNeo4j, type LocalServer } from './setup.js';

const LOAD_CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));
const RAMP_STEP_S = Number(process.env.RELIABILITY_RAMP_STEP_S ?? 4);
const OVERLOAD_S = Number(process.env.RELIABILITY_OVERLOAD_S ?? 15);
/** the rates tried, in requests per second (RELIABILITY_RAMP overrides, e.g. "2,4,8") */
const RAMP = (process.env.RELIABILITY_RAMP ?? '2,3,4,5,6,8,10,12,15,19,24,30,38,48,60,75,94,118,148,185').split(',').map(Number).filter((n) => n > 0);
/** the scenarios to run (RELIABILITY_SCENARIOS, e.g. "restart"; the restart alone uses RELIABILITY_RATE, default 10, as the sustainable rate) */
const SCENARIOS = new Set((process.env.RELIABILITY_SCENARIOS ?? 'flood,ramp,overload,restart').split(',').map((s) => s.trim()));
/** how long the restart scenario keeps the load on after Neo4j is back */
const AFTER_RESTART_S = Number(process.env.RELIABILITY_AFTER_RESTART_S ?? 30);

interface Answer {
  /** index of the query in the mix (-1: the probe) */
  query?: number;
  startedAt: number;
  endedAt: number;
  status: number;
  retryAfter: string | null;
  codes: string[];
  messages: string[];
}

async function post(url: string, query: string): Promise<Answer> {
  const startedAt = performance.now();
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return {
      startedAt,
      endedAt: performance.now(),
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'),
      messages: (body.errors ?? []).map((e) => e.message),
    };
  } catch (error) {
    return { startedAt, endedAt: performance.now(), status: 0, retryAfter: null, codes: ['FETCH_FAILED'], messages: [String(error)] };
  }
}

/** peak RSS of this process (the API's) while `work` runs, sampled every 100 ms */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    return { result: await work(), peak };
  } finally {
    clearInterval(timer);
  }
}

function load(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_CHILD, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1);
      if (code !== 0 || !last) return reject(new Error(`the load generator exited with ${code}`));
      resolve(JSON.parse(last) as LoadResult);
    });
  });
}

const connectionsFor = (rate: number) => Math.min(400, Math.max(16, Math.ceil(rate * 3)));
const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));
const count = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
};

export async function apiReliability(log: (line: string) => void): Promise<Check[]> {
  const checks: Check[] = [];
  const config = loadConfig();
  let server: LocalServer = await startNeo4j(log);
  const setupGraph = Graph.connect(server.target);
  let app: App | undefined;
  const apiGraph = connectGraph(server.target, { maxPoolSize: config.neo4jPoolSize });
  try {
    const mixArgs = await ensureGraph(setupGraph, log);
    await setupGraph.close();
    const queries = queryMix(mixArgs);
    log(`Graph: ${mixArgs.documents} documents, ${mixArgs.goals} goals; Neo4j on port ${PORT}.`);
    app = await createApp({ graph: apiGraph, config, webDist: '/nonexistent' });
    const base = await app.listen(0, '127.0.0.1');
    const url = `${base}/graphql`;

    // every query of the mix answers cleanly; a cold Neo4j plans and loads for a while, so the first round
    // goes through an API of its own with generous timeouts
    const warm = await createApp({ graph: apiGraph, config: { ...config, queryTimeoutMs: 120_000, requestTimeoutMs: 300_000 }, webDist: '/nonexistent' });
    const warmUrl = `${await warm.listen(0, '127.0.0.1')}/graphql`;
    const warmStarted = performance.now();
    for (const query of queries) await post(warmUrl, query);
    await warm.close();
    log(`Warm-up of the query mix: ${ms(performance.now() - warmStarted)}.`);
    for (const query of queries) {
      const answer = await post(url, query);
      if (answer.status !== 200 || answer.codes.length) throw new Error(`The query mix does not run cleanly: ${answer.status} ${answer.messages.join('; ')}\n${query}`);
    }

    if (SCENARIOS.has('flood')) checks.push(...(await aliasFlood(url, log)));
    let sustainable = Number(process.env.RELIABILITY_RATE ?? 10);
    if (SCENARIOS.has('ramp') || SCENARIOS.has('overload')) {
      const found = await ramp(url, queries, log);
      sustainable = found.sustainable;
      checks.push(...found.rampChecks);
      if (SCENARIOS.has('overload')) checks.push(...(await overload(url, queries, sustainable, found.baselineRss, config.maxQueueWaitMs, app, log)));
    }
    if (SCENARIOS.has('restart')) {
      const restart = await restartUnderLoad(url, queries, sustainable, server, app, log);
      server = restart.server;
      checks.push(...restart.checks);
    }
  } finally {
    await app?.close();
    await apiGraph.close();
    await setupGraph.close().catch(() => {});
    await server.stop();
    await stopLocal('test', PORT);
  }
  return checks;
}

async function aliasFlood(url: string, log: (line: string) => void): Promise<Check[]> {
  const checks: Check[] = [];
  const floods = {
    'search ×1500': `{ ${Array.from({ length: 1500 }, (_, i) => `a${i}: search(query: "upphandling", first: 1) { totalCount }`).join(' ')} }`,
    'stats ×4000': `{ ${Array.from({ length: 4000 }, (_, i) => `s${i}:stats{themes}`).join(' ')} }`,
  };
  for (const [name, query] of Object.entries(floods)) {
    const flood = post(url, query);
    await sleep(20); // the flood is on its way (being parsed) when the trivial query arrives
    const trivial = await post(url, '{ counties(first: 1) { totalCount } }');
    const answer = await flood;
    const floodMs = answer.endedAt - answer.startedAt;
    const trivialMs = trivial.endedAt - trivial.startedAt;
    log(`Alias flood ${name}: ${answer.status} ${answer.codes.join(',')} in ${ms(floodMs)}; a query beside it answered ${trivial.status} in ${ms(trivialMs)}.`);
    log(`  ${answer.messages[0] ?? ''}`);
    const scenario = `alias flood ${name}`;
    checks.push(check(scenario, 'refused before it runs', answer.status === 400 && answer.codes[0] === 'QUERY_TOO_COMPLEX', `${answer.status} ${answer.codes.join(',')}`, '400 QUERY_TOO_COMPLEX'));
    // refused for its root fields and aliases; the message still gives its cost against the budget
    const why = /it has \d+ root fields \(at most \d+\).*its cost,? (?:is )?\d+.*limit of \d+/.exec(answer.messages[0] ?? '')?.[0];
    checks.push(check(scenario, 'message names the caps passed, the cost and the budget', why !== undefined, why ? 'root fields, cost and budget' : '-', 'root fields, cost and budget'));
    checks.push(check(scenario, 'flood answered in', floodMs < 2000, ms(floodMs), '< 2000 ms (before: 10.5 s)'));
    checks.push(check(scenario, 'parallel trivial query', trivial.status === 200 && trivialMs < 1000, ms(trivialMs), '< 1000 ms (before: 8.9 s)'));
  }
  return checks;
}

async function ramp(url: string, queries: string[], log: (line: string) => void): Promise<{ sustainable: number; baselineRss: number; rampChecks: Check[] }> {
  let sustainable = 0;
  let baselineRss = process.memoryUsage().rss;
  log(`Ramp (${RAMP_STEP_S} s per step), main query mix of ${queries.length} queries:`);
  for (const rate of RAMP) {
    const { result, peak } = await peakRss(() => load({ url, queries, rate, seconds: RAMP_STEP_S, connections: connectionsFor(rate) }));
    const served = result.statuses['200'] ?? 0;
    // sustainable: everything served (nothing refused), within 2 s at the 95th percentile, at the rate asked for
    const good =
      result.errors === 0 && result.timeouts === 0 && served >= 0.99 * result.responses && result.partial === 0 && result.latency.ok.p95 <= 2000 && result.throughput >= 0.9 * rate;
    log(
      `  ${String(rate).padStart(4)} req/s: ${result.throughput.toFixed(1)} answered/s, ${pct(served, result.responses)} served, p50 ${ms(result.latency.ok.p50)}, p95 ${ms(result.latency.ok.p95)}, statuses ${JSON.stringify(result.statuses)}, RSS ${mb(peak)}${good ? '' : '  ← over'}`,
    );
    if (!good) break;
    sustainable = rate;
    baselineRss = peak;
  }
  log(`Sustainable rate: ${sustainable} req/s (RSS there ${mb(baselineRss)}).`);
  return { sustainable, baselineRss, rampChecks: [check('ramp', 'sustainable rate found', sustainable > 0, `${sustainable} req/s`, '> 0 (before: ~10 req/s, on a larger graph)')] };
}

async function overload(url: string, queries: string[], sustainable: number, baselineRss: number, maxQueueWaitMs: number, app: App, log: (line: string) => void): Promise<Check[]> {
  const scenario = '3× sustainable rate';
  if (sustainable === 0) return [check(scenario, 'ran', false, 'no sustainable rate', 'a sustainable rate')];
  const rate = sustainable * 3;
  const { result, peak } = await peakRss(() => load({ url, queries, rate, seconds: OVERLOAD_S, connections: connectionsFor(rate) }));
  const served = result.statuses['200'] ?? 0;
  const refused = result.statuses['503'] ?? 0;
  const otherStatuses = result.responses - served - refused;
  const goodput = served / OVERLOAD_S;
  const rssBound = Math.max(1.5 * baselineRss, baselineRss + 150 * 1024 * 1024);
  const stats = app.load.admission.stats();
  app.load.admission.resize(Number.POSITIVE_INFINITY); // the next scenario starts from the configured limit
  log(
    `3× (${rate} req/s for ${OVERLOAD_S} s): ${result.responses} answered (${(result.responses / OVERLOAD_S).toFixed(1)}/s), ${served} served (${goodput.toFixed(1)}/s), ${refused} refused with 503 ` +
      `(p50 ${ms(result.latency.refused.p50)}, p95 ${ms(result.latency.refused.p95)}, max ${ms(result.latency.refused.max)}), served p95 ${ms(result.latency.ok.p95)}, ` +
      `other ${otherStatuses}, errors ${result.errors}, timeouts ${result.timeouts}, codes ${JSON.stringify(result.codes)}; RSS peak ${mb(peak)} (at the sustainable rate ${mb(baselineRss)}); admission ${JSON.stringify(stats)}.`,
  );
  log(`  refusals with Retry-After: ${result.retryAfter.with} of ${refused} (seconds: ${JSON.stringify(result.retryAfter.values)}); e.g. "${result.refusal ?? ''}"`);
  return [
    check(scenario, 'every request answered', result.errors === 0 && result.timeouts === 0 && otherStatuses === 0, `${pct(result.responses - otherStatuses, result.responses)} (200 or 503), ${result.errors + result.timeouts} without answer`, '100 % (before: 25 % at 50 req/s)'),
    check(
      scenario,
      'refusals are fast 503s',
      refused > 0 && result.latency.refused.p50 <= 100 && result.latency.refused.p95 <= maxQueueWaitMs && result.latency.refused.max <= maxQueueWaitMs + 1000,
      `p50 ${ms(result.latency.refused.p50)}, p95 ${ms(result.latency.refused.p95)}, max ${ms(result.latency.refused.max)}`,
      `p50 ≤ 100 ms, p95 ≤ ${maxQueueWaitMs} ms, max ≤ ${maxQueueWaitMs + 1000} ms (never queued for seconds)`,
    ),
    check(
      scenario,
      'refusals say SERVICE_OVERLOADED with Retry-After',
      (result.codes.SERVICE_OVERLOADED ?? 0) >= refused && result.retryAfter.with === refused,
      `${result.codes.SERVICE_OVERLOADED ?? 0} SERVICE_OVERLOADED, ${result.retryAfter.with} with Retry-After`,
      `all ${refused}`,
    ),
    check(scenario, 'keeps serving', goodput >= 0.6 * sustainable && result.latency.ok.p95 <= 2000, `${goodput.toFixed(1)} served/s, p95 ${ms(result.latency.ok.p95)}`, `≥ ${(0.6 * sustainable).toFixed(1)}/s, p95 ≤ 2000 ms (before: queued up to 30 s)`),
    check(scenario, 'RSS bounded', peak <= rssBound, mb(peak), `≤ ${mb(rssBound)} (before: 285 MB → 1.1 GB)`),
  ];
}

async function restartUnderLoad(
  url: string,
  queries: string[],
  sustainable: number,
  server: LocalServer,
  app: App,
  log: (line: string) => void,
): Promise<{ server: LocalServer; checks: Check[] }> {
  const scenario = 'Neo4j restart under load';
  const rate = Math.max(2, Math.round(sustainable / 2));
  const answers: Answer[] = [];
  const inFlight = new Set<Promise<void>>();
  let n = 0;
  const timer = setInterval(() => {
    const index = n++ % queries.length;
    const request = post(url, queries[index]!).then((answer) => void answers.push({ ...answer, query: index }));
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }, 1000 / rate);
  // recovery is measured on a query no cache answers, sent every 200 ms
  const probes: Answer[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      probes.push(await post(url, '{ counties(first: 1) { totalCount } }'));
      await sleep(200);
    }
  })();
  // the admission limit, every second (it adapts to how Neo4j copes)
  const limits: { at: number; concurrency: number }[] = [];
  const sampler = setInterval(() => limits.push({ at: performance.now(), concurrency: app.load.admission.concurrency }), 1000);
  try {
    await sleep(3000);
    const stopAt = performance.now();
    // stopLocal also stops a server this run did not start (startLocal reuses one that is running)
    await server.stop();
    await stopLocal('test', PORT);
    const stoppedAt = performance.now();
    log(`Restart under load (${rate} req/s): Neo4j stopped in ${ms(stoppedAt - stopAt)}.`);
    await sleep(5000);
    const startAt = performance.now();
    server = await startNeo4j();
    const upAt = performance.now();
    log(`  Neo4j started again; it answered Bolt after ${ms(upAt - startAt)}.`);
    await sleep(AFTER_RESTART_S * 1000);
    clearInterval(timer);
    probing = false;
    await Promise.all([...inFlight, prober]);

    const clean = (a: Answer) => a.status === 200 && a.codes.length === 0;
    // while the process was gone (from its exit until it answered again); during its graceful shutdown it still serves
    const down = answers.filter((a) => a.startedAt >= stoppedAt && a.endedAt <= upAt);
    const duringStop = answers.filter((a) => a.startedAt >= stopAt && a.endedAt <= upAt);
    const downCodes = count(duringStop.flatMap((a) => a.codes));
    const wrongCodes = duringStop.filter((a) => a.codes.some((c) => c !== 'SERVICE_UNAVAILABLE' && c !== 'SERVICE_OVERLOADED'));
    // what was not served whole is 503 with Retry-After; 200s are the aggregates the API had cached
    const wrongStatuses = duringStop.filter((a) => !clean(a) && !(a.status === 503 && a.retryAfter) && !(a.status === 200 && a.retryAfter));
    const narrowItDown = answers.filter((a) => a.startedAt >= stopAt && a.messages.some((m) => /Narrow it down/.test(m)));
    const downStatuses = count(duringStop.map((a) => String(a.status)));
    const downLatency = percentile(
      down.map((a) => a.endedAt - a.startedAt),
      95,
    );
    const firstOk = probes.filter((a) => clean(a) && a.startedAt >= stoppedAt).sort((a, b) => a.endedAt - b.endedAt)[0];
    const probeFailures = probes.filter((a) => a.startedAt >= stoppedAt && !clean(a)).length;
    const recovery = firstOk ? Math.max(0, firstOk.endedAt - upAt) : Number.POSITIVE_INFINITY;
    // how the share served develops after Neo4j is back, per 5 s
    const windows: string[] = [];
    let servedAgainAfter = Number.POSITIVE_INFINITY;
    for (let from = 0; from < AFTER_RESTART_S; from += 5) {
      const inWindow = answers.filter((a) => a.startedAt >= upAt + from * 1000 && a.startedAt < upAt + (from + 5) * 1000);
      const served = inWindow.filter(clean).length;
      windows.push(`${from}–${from + 5} s ${pct(served, inWindow.length)}`);
      if (inWindow.length && served >= 0.9 * inWindow.length && !Number.isFinite(servedAgainAfter)) servedAgainAfter = from;
    }
    const after = answers.filter((a) => a.startedAt >= upAt);
    log(
      `  while Neo4j stopped and was down: ${duringStop.length} answers, statuses ${JSON.stringify(downStatuses)}, codes ${JSON.stringify(downCodes)}, p95 ${ms(downLatency)} once it was gone; ` +
        `a probe (counties, every 200 ms) failed ${probeFailures} times and answered again ${Number.isFinite(recovery) ? ms(recovery) : 'never'} after Neo4j answered again.`,
    );
    log(`  served after it was back, per 5 s: ${windows.join(', ')}; codes otherwise ${JSON.stringify(count(after.flatMap((a) => a.codes)))}.`);
    log(`  admission limit from 5 s before it was back, per second: ${limits.filter((l) => l.at >= upAt - 5000).map((l) => l.concurrency).join(' ')}.`);
    for (const message of new Set(answers.filter((a) => a.startedAt >= stopAt).flatMap((a) => a.messages))) log(`    "${message}"`);
    if (process.env.RELIABILITY_TIMELINE) {
      for (const a of [...answers, ...probes.map((p) => ({ ...p, query: -1 }))].filter((a) => a.startedAt >= upAt - 3000).sort((x, y) => x.startedAt - y.startedAt)) {
        log(`    t=${ms(a.startedAt - upAt)} q${a.query} ${ms(a.endedAt - a.startedAt)} ${a.status} ${a.codes.join(',')}`);
      }
    }
    return {
      server,
      checks: [
        check(scenario, 'codes while down', wrongCodes.length === 0 && down.length > 0, JSON.stringify(downCodes), 'SERVICE_UNAVAILABLE / SERVICE_OVERLOADED only'),
        check(scenario, 'statuses while down', wrongStatuses.length === 0, JSON.stringify(downStatuses), '503 with Retry-After (200: cached)'),
        check(scenario, 'no "narrow it down" after the restart', narrowItDown.length === 0, `${narrowItDown.length}`, '0'),
        check(scenario, 'answers while down are fast', downLatency <= 1000, `p95 ${ms(downLatency)}`, '≤ 1000 ms'),
        check(scenario, 'recovery after Neo4j answers', recovery <= 5000, Number.isFinite(recovery) ? ms(recovery) : 'never', '≤ 5000 ms (before: 13.3 s)'),
        check(
          scenario,
          '≥ 90 % served again (informational)',
          true,
          Number.isFinite(servedAgainAfter) ? `from ${servedAgainAfter}–${servedAgainAfter + 5} s after` : `not within ${AFTER_RESTART_S} s`,
          'cold Neo4j: planning and loading',
        ),
      ],
    };
  } finally {
    clearInterval(timer);
    clearInterval(sampler);
    probing = false;
  }
}
