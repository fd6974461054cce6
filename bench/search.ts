/**
 * Benchmark 4 — search latency on the 300k-goal graph: the API's search (documents and goals,
 * full-text with Swedish stemming) and, for reference, the bare full-text index query underneath.
 */
import { analyseSource, GraphWriter, synthDocument } from '@strategigrafen/ingest';
import type { BenchContext, Benchmark } from './context.js';
import { countOf } from './lib/database.js';
import { ensureIngested } from './ingest.js';
import { formatNumber, type BenchTable } from './lib/report.js';
import { percentile } from './lib/stats.js';
import { startApis } from './servers.js';

const QUERIES = [
  'kompetensförsörjning',
  'upphandling',
  'företagsklimat',
  'besöksnäring',
  'bredband landsbygd',
  'hållbar utveckling',
  'entreprenörskap unga',
  '"offentlig upphandling"',
  'digitalisering',
  'kollektivtrafik pendling',
  'integration arbetsmarknad',
  'innovat*',
];

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 20) { totalCount edges { node { kind score document { title } goal { text } } } }
}`;

const FULLTEXT = `
CALL db.index.fulltext.queryNodes('goal_text', $query) YIELD node, score
RETURN node.id AS id, node.text AS text, score
LIMIT 20`;

export const searchBenchmark: Benchmark = {
  name: 'search',
  description: 'search p50/p95/p99 on the 300k-goal graph (API search and the bare full-text query)',
  async run(context) {
    await ensureIngested(context, context.smoke ? 24 : 10_000);
    const before = await countOf(context.graph, 'Document');
    const goals = await topUpGoals(context, context.smoke ? 0 : 300_000);
    const added = (await countOf(context.graph, 'Document')) - before;
    const rounds = context.smoke ? 2 : 25;

    const direct = await measure(rounds, (query) => context.graph.read(FULLTEXT, { query }));
    const server = await startApis(context);
    let api: Measured;
    try {
      api = await measure(rounds, async (query) => {
        const response = await fetch(server.ours, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH, variables: { query } }) });
        const body = (await response.json()) as { errors?: Array<{ message: string }> };
        if (!response.ok || body.errors?.length) throw new Error(`search "${query}" failed: ${body.errors?.map((e) => e.message).join('; ')}`);
      });
    } finally {
      server.stop();
    }
    const row = (path: string, m: Measured) => [path, goals, QUERIES.length, m.latencies.length, formatNumber(m.p50, 1), formatNumber(m.p95, 1), formatNumber(m.p99, 1), formatNumber(m.worstQuery.p95, 1) + ` (${m.worstQuery.query})`];
    return {
      name: 'search',
      title: '4. Search latency on the 300k-goal graph',
      columns: ['path', 'goals in graph', 'queries', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'slowest query p95 ms'],
      rows: [row('API `search` (GraphQL over HTTP, documents + goals)', api), row('full-text index `goal_text` (Cypher, top 20)', direct)] as BenchTable['rows'],
      targets: context.smoke ? [] : [{ target: 'search p95 ≤ 50 ms', measured: `${formatNumber(api.p95, 1)} ms`, met: api.p95 <= 50 }],
      notes: [
        `Graph: the synthetic corpus as ingested (${formatNumber(before, 0)} documents)${added ? `, topped up with ${formatNumber(added, 0)} further synthetic documents (written without links)` : ''}: ${formatNumber(goals, 0)} goals.`,
        `${QUERIES.length} queries (${QUERIES.join(', ')}), ${rounds} rounds, one at a time over one keep-alive connection, after one warm-up round; latency per request measured by the client.`,
      ],
    };
  },
};

interface Measured {
  latencies: number[];
  p50: number;
  p95: number;
  p99: number;
  worstQuery: { query: string; p95: number };
}

async function measure(rounds: number, run: (query: string) => Promise<unknown>): Promise<Measured> {
  for (const query of QUERIES) await run(query);
  const byQuery = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      await run(query);
      byQuery.get(query)!.push(performance.now() - started);
    }
  }
  const latencies = [...byQuery.values()].flat();
  const worst = [...byQuery].map(([query, values]) => ({ query, p95: percentile(values, 95) })).reduce((x, y) => (y.p95 > x.p95 ? y : x));
  return { latencies, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), worstQuery: worst };
}

/** Adds synthetic documents (analysed and written by the ingest writer, without links) until the graph holds `goals` goals. */
export async function topUpGoals(context: BenchContext, goals: number): Promise<number> {
  let have = await countOf(context.graph, 'Goal');
  if (have >= goals) return have;
  const writer = new GraphWriter(context.graph);
  await writer.prepare();
  let index = await countOf(context.graph, 'Document');
  context.log(`search: adding synthetic documents until the graph holds ${goals} goals (now ${have})…`);
  while (have < goals) {
    const batch = Array.from({ length: 250 }, (_, i) => analyseSource(synthDocument(1_000_000 + index + i, { seed: 1, total: 10_000 })));
    await writer.writeBatch(batch);
    index += batch.length;
    have += batch.reduce((n, doc) => n + doc.goals.length, 0);
  }
  return countOf(context.graph, 'Goal');
}
