/**
 * Benchmark 2 — similar-goal linking at 10k, 30k, 100k and 300k goals: the pure core in memory (vector
 * space, candidates, top k; the growth exponent fitted over the four sizes), then, separately, the
 * writing of the resulting SIMILAR_TO edges (with their explaining words) to Neo4j.
 */
import type { Graph } from '@strategigrafen/graph-db';
import { DEFAULT_PLAN, DEFAULT_SPACE, explainSimilarity, GoalSpace, linkAffected, SurfaceForms, writeConcurrently, writeSimilar, type SimilarRow } from '@strategigrafen/ingest/internals';
import { syntheticGoals } from '@strategigrafen/ingest/testing';
import type { Benchmark } from './context.js';
import { emptyDatabase } from './lib/database.js';
import { formatNumber, type BenchTable } from './lib/report.js';
import { growthExponent } from './lib/stats.js';

export const similarBenchmark: Benchmark = {
  name: 'similar',
  description: 'similar-goal linking (pure core) at 10k–300k goals, growth exponent, and the edge writes',
  async run(context) {
    const sizes = context.smoke ? [1000, 2000, 4000] : [10_000, 30_000, 100_000, 300_000];
    // warm the JIT so that the smallest size is not charged for compilation
    link(syntheticGoals(context.smoke ? 500 : 5000, { seed: 99 }));

    const rows: BenchTable['rows'] = [];
    const points: Array<{ x: number; y: number }> = [];
    let largest = { goals: 0, seconds: 0 };
    for (const goals of sizes) {
      context.log(`similar: ${goals} goals…`);
      const input = syntheticGoals(goals);
      const result = link(input);
      points.push({ x: goals, y: result.totalMs });
      largest = { goals, seconds: result.totalMs / 1000 };
      const write = await writeEdges(context.graph, result.space, result.edges);
      rows.push([
        goals,
        formatNumber(result.buildMs / 1000, 2),
        formatNumber(result.linkMs / 1000, 2),
        formatNumber(result.totalMs / 1000, 2),
        formatNumber((1000 * result.totalMs) / goals, 1),
        result.edges.length,
        formatNumber(result.rssMb, 0),
        formatNumber(write.explainMs / 1000, 1),
        formatNumber(write.writeMs / 1000, 1),
        formatNumber(result.edges.length / (write.writeMs / 1000), 0),
      ]);
    }
    const exponent = growthExponent(points);
    await emptyDatabase(context.graph);
    return {
      name: 'similar',
      title: '2. Similar-goal linking',
      columns: ['goals', 'index s', 'top-k s', 'core total s', 'µs/goal', 'SIMILAR_TO edges', 'RSS MB', 'explain s (overlapped)', 'explain + write s', 'edges/s written'],
      rows,
      targets: context.smoke
        ? []
        : [
            { target: `${largest.goals} goals in ≤ 120 s (core)`, measured: `${formatNumber(largest.seconds, 1)} s`, met: largest.seconds <= 120 },
            { target: 'growth exponent ≤ 1.2', measured: formatNumber(exponent, 2), met: exponent <= 1.2 },
          ],
      notes: [
        `Fitted growth exponent of "core total" over ${sizes.map((s) => formatNumber(s, 0)).join(', ')} goals (least squares on log–log): **${formatNumber(exponent, 2)}**.`,
        'Input: synthetic goal term lists (`ingest/testing/goals.ts`): 290 publishers, 400 topics, a Zipf-distributed vocabulary of 30,000 terms, 5–14 terms and one theme per goal — the shape of analysed goals, without the text analysis (measured in the ingest benchmark).',
        `Core = TF-IDF vectors + posting lists cut at ${DEFAULT_SPACE.maxPosting} entries ("index"), then every goal's top ${DEFAULT_PLAN.k} among other publishers with exact rescoring ("top-k"); all goals affected, as in a full run.`,
        'Written separately, as the linker writes them: explaining words computed in memory ("explain") while batched UNWIND … CREATE transactions of 5,000 edges, two in flight, write onto Goal nodes created beforehand, found by element id ("explain + write" is the wall time of both).',
      ],
    };
  },
};

function link(goals: ReturnType<typeof syntheticGoals>) {
  const started = performance.now();
  const space = new GoalSpace(goals);
  const built = performance.now();
  const { edges } = linkAffected(space, goals.keys());
  const done = performance.now();
  const list = Array.from({ length: edges.length }, (_, i) => ({ a: edges.a[i]!, b: edges.b[i]!, score: edges.score[i]! }));
  return { space, edges: list, buildMs: built - started, linkMs: done - built, totalMs: done - started, rssMb: process.memoryUsage().rss / 1024 ** 2 };
}

async function writeEdges(graph: Graph, space: GoalSpace, edges: Array<{ a: number; b: number; score: number }>): Promise<{ explainMs: number; writeMs: number }> {
  await emptyDatabase(graph);
  const nodes: string[] = [];
  for (let i = 0; i < space.size; i += 20_000) {
    const created = await graph.write<{ node: string }>('UNWIND $ids AS id CREATE (g:Goal {id: id}) RETURN elementId(g) AS node', { ids: space.ids.slice(i, i + 20_000) });
    nodes.push(...created.map((row) => row.node));
  }
  const forms = new SurfaceForms();
  let explainMs = 0;
  const batches = function* () {
    for (let i = 0; i < edges.length; i += 5000) {
      const started = performance.now();
      const rows: SimilarRow[] = edges.slice(i, i + 5000).map((e) => {
        const [x, y] = space.ids[e.a]! < space.ids[e.b]! ? [e.a, e.b] : [e.b, e.a];
        return { a: nodes[x]!, b: nodes[y]!, score: e.score, sharedTerms: explainSimilarity(space, e.a, e.b, forms) };
      });
      explainMs += performance.now() - started;
      yield rows;
    }
  };
  // as the linker does it: two write transactions in flight while the next batches are explained
  const started = performance.now();
  await writeConcurrently(batches(), (rows) => writeSimilar(graph, rows));
  return { explainMs, writeMs: performance.now() - started };
}
