/**
 * The "goals like my draft" engine under measurement, in its own process so that its memory is its own:
 *   node --import tsx bench/goals-like-child.ts '<Neo4jTarget as JSON>'
 * Builds the engine as the API does (graph-api's GoalsLikeIndex: goals read page by page on the main
 * thread, the engine built in a worker thread) and prints one JSON line: the build's figures and the
 * process's resident memory before, after and at its peak.
 */
import type { Neo4jTarget } from '@strategigrafen/graph-db';
import { connectGraph } from '@strategigrafen/graph-api';
import { GoalsLikeIndex, GraphReader } from '@strategigrafen/graph-api/internals';

const [target] = process.argv.slice(2);
if (!target) {
  console.error("usage: bench/goals-like-child.ts '<Neo4jTarget as JSON>'");
  process.exit(2);
}
const graph = connectGraph(JSON.parse(target) as Neo4jTarget);
// generous per-page timeouts: the bench database is busy with nothing else, but pages are large
const index = new GoalsLikeIndex(new GraphReader(graph, 120_000), { checkIntervalMs: 3_600_000, answerTimeoutMs: 120_000, log: (line) => console.error(line) });
const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
const started = performance.now();
const status = await index.settled();
const wallMs = performance.now() - started;
if (!status.engine) {
  console.error(`the engine was not built: ${status.error}`);
  process.exit(1);
}
const rssAfterMb = process.memoryUsage().rss / 2 ** 20;
await index.close();
await graph.close();
console.log(
  JSON.stringify({
    goals: status.engine.goals,
    readMs: status.engine.readMs,
    buildMs: status.engine.buildMs,
    wallMs,
    heapMb: status.engine.heapUsedBytes / 2 ** 20,
    rssBeforeMb,
    rssAfterMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
