/**
 * Benchmark 5 — "goals like my draft" on the 300k-goal graph: the API's goalsLike (a free-text draft
 * scored against every goal with the linker's similarity engine), and what the engine costs to build —
 * time and memory, in a process of its own.
 */
import { spawn } from 'node:child_process';
import type { BenchContext, Benchmark } from './context.js';
import { countOf } from './lib/database.js';
import { ensureIngested } from './ingest.js';
import { formatNumber, type BenchTable } from './lib/report.js';
import { percentile } from './lib/stats.js';
import { topUpGoals } from './search.js';
import { startApis } from './servers.js';

/** Drafts a strategist might write, on the corpus's themes (synthetic, written for the benchmark). */
export const DRAFTS = [
  'Fler lokala företag ska lämna anbud när kommunen upphandlar',
  'Vi ska trygga tillgången på arbetskraft genom samarbete med gymnasieskolan och vuxenutbildningen',
  'Antalet övernattande besökare ska öka, särskilt under vinterhalvåret',
  'Kommunen ska bli bättre på service och bemötande mot företagen',
  'Alla hushåll och företag ska ha tillgång till snabbt bredband',
  'Fler unga ska starta och driva eget företag',
  'Kommunen ska ställa sociala krav och miljökrav i sina inköp',
  'Det ska finnas mark redo för nya verksamheter och etableringar',
  'Nyanlända ska snabbare komma i arbete',
  'Resandet med buss och tåg mellan orterna ska öka',
  'Vi vill minska utsläppen av växthusgaser från transporterna',
  'Kommunens företagsklimat ska bli ett av de bästa i länet',
];

const LIKE = `query Like($text: String!) {
  goalsLike(text: $text, first: 10) { engine totalCount edges { score sharedTerms node { text municipality { name } document { title } } } }
}`;

const TARGET_P95_MS = 100;
const READY_TIMEOUT_MS = 20 * 60_000;

interface ChildResult {
  goals: number;
  readMs: number;
  buildMs: number;
  wallMs: number;
  heapMb: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  maxRssMb: number;
}

export const goalsLikeBenchmark: Benchmark = {
  name: 'goals-like',
  description: '"goals like my draft": goalsLike p50/p95/p99 on the 300k-goal graph, and the engine\'s build time and memory',
  async run(context) {
    await ensureIngested(context, context.smoke ? 24 : 10_000);
    const goals = await topUpGoals(context, context.smoke ? 0 : 300_000);
    const documents = await countOf(context.graph, 'Document');
    const rounds = context.smoke ? 2 : 25;

    context.log('goals-like: building the engine in a child process…');
    const build = await runChild(context);

    const server = await startApis(context);
    let ready: { ms: number; fallback: number[] };
    let measured: Measured;
    try {
      const ask = async (text: string): Promise<string> => {
        const response = await fetch(server.ours, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIKE, variables: { text } }) });
        const body = (await response.json()) as { data?: { goalsLike: { engine: string } }; errors?: Array<{ message: string }> };
        if (!response.ok || body.errors?.length || !body.data) throw new Error(`goalsLike "${text}" failed: ${body.errors?.map((e) => e.message).join('; ')}`);
        return body.data.goalsLike.engine;
      };
      context.log('goals-like: waiting for the API to build its engine (answers come from the full-text index meanwhile)…');
      ready = await untilReady(ask);
      measured = await measure(rounds, ask);
    } finally {
      server.stop();
    }

    const ms = (v: number) => (Number.isFinite(v) ? formatNumber(v, 1) : '–');
    return {
      name: 'goals-like',
      title: '5. Goals like my draft on the 300k-goal graph',
      columns: [
        'goals',
        'read s',
        'build s',
        'worker heap MB',
        'RSS after build MB',
        'peak RSS MB',
        'API ready after s',
        'requests',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'slowest draft p95 ms',
        'fallback p95 ms (during build)',
      ],
      rows: [
        [
          formatNumber(build.goals, 0),
          formatNumber(build.readMs / 1000, 1),
          formatNumber(build.buildMs / 1000, 1),
          formatNumber(build.heapMb, 0),
          formatNumber(build.rssAfterMb, 0),
          formatNumber(build.maxRssMb, 0),
          formatNumber(ready.ms / 1000, 1),
          measured.latencies.length,
          ms(measured.p50),
          ms(measured.p95),
          ms(measured.p99),
          `${ms(measured.worst.p95)} (${measured.worst.draft.slice(0, 40)}…)`,
          ms(percentile(ready.fallback, 95)),
        ],
      ],
      targets: context.smoke ? [] : [{ target: `goalsLike p95 ≤ ${TARGET_P95_MS} ms at 300k goals`, measured: `${ms(measured.p95)} ms at ${formatNumber(goals, 0)} goals`, met: measured.p95 <= TARGET_P95_MS }],
      notes: [
        `Graph: the synthetic corpus (${formatNumber(documents, 0)} documents, the search benchmark's top-up included): ${formatNumber(goals, 0)} goals.`,
        'Engine: built as the API builds it (graph-api `GoalsLikeIndex`) in a child process of its own: every goal read from Neo4j page by page ("read", main thread) and handed to a worker thread that builds the linker\'s `SimilarGoals` over them ("build": text analysis, TF-IDF vectors, posting lists). Worker heap after a full collection; RSS is the whole process (main thread and worker), peak from `maxRSS`.',
        `Latency: ${DRAFTS.length} drafts (${DRAFTS.map((d) => `"${d.split(' ').slice(0, 4).join(' ')}…"`).join(', ')}), ${rounds} rounds, one at a time over one keep-alive connection, after one warm-up round, \`first: 10\` with municipality and document; measured by the client against the API in its own process once its engine was built ("API ready after": from its first goalsLike request to the first answer from the engine; meanwhile it answers from the full-text index, whose latency is the last column).`,
      ],
    } satisfies BenchTable;
  },
};

async function runChild(context: BenchContext): Promise<ChildResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/goals-like-child.ts', JSON.stringify(context.target)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = out.split('\n').find((l) => l.startsWith('{'));
  if (code !== 0 || !line) throw new Error(`bench/goals-like-child.ts failed (exit ${code}):\n${out}`);
  return JSON.parse(line) as ChildResult;
}

/** Asks until the engine answers, recording the fallback's latencies on the way. */
async function untilReady(ask: (text: string) => Promise<string>): Promise<{ ms: number; fallback: number[] }> {
  const started = performance.now();
  const fallback: number[] = [];
  for (let i = 0; performance.now() - started < READY_TIMEOUT_MS; i++) {
    const asked = performance.now();
    const engine = await ask(DRAFTS[i % DRAFTS.length]!);
    if (engine === 'SIMILAR') return { ms: performance.now() - started, fallback };
    fallback.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API's goalsLike engine was not ready after ${READY_TIMEOUT_MS / 60_000} minutes`);
}

interface Measured {
  latencies: number[];
  p50: number;
  p95: number;
  p99: number;
  worst: { draft: string; p95: number };
}

async function measure(rounds: number, ask: (text: string) => Promise<string>): Promise<Measured> {
  for (const draft of DRAFTS) await ask(draft);
  const byDraft = new Map<string, number[]>(DRAFTS.map((d) => [d, []]));
  for (let round = 0; round < rounds; round++) {
    for (const draft of DRAFTS) {
      const started = performance.now();
      const engine = await ask(draft);
      if (engine !== 'SIMILAR') throw new Error(`goalsLike answered from ${engine} after the engine was built`);
      byDraft.get(draft)!.push(performance.now() - started);
    }
  }
  const latencies = [...byDraft.values()].flat();
  const worst = [...byDraft].map(([draft, values]) => ({ draft, p95: percentile(values, 95) })).reduce((x, y) => (y.p95 > x.p95 ? y : x));
  return { latencies, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), worst };
}
