/**
 * The ingest under measurement, in its own process so that its peak RSS is its own:
 *   node --import tsx bench/ingest-child.ts '<Neo4jTarget as JSON>' <corpus dir>
 * Prints one JSON line: the ingest summary's numbers, the link timing and the peak RSS.
 */
import { Graph, type Neo4jTarget } from '@strategigrafen/graph-db';
import { ingestPaths } from '@strategigrafen/ingest';

const [target, dir] = process.argv.slice(2);
if (!target || !dir) {
  console.error("usage: bench/ingest-child.ts '<Neo4jTarget as JSON>' <corpus dir>");
  process.exit(2);
}
const graph = Graph.connect(JSON.parse(target) as Neo4jTarget);
let linkingStarted = 0;
const started = performance.now();
// the link phases' progress lines go to stderr with their time, so that a run shows where the link time goes
const log = (line: string) => console.error(`  [${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
const summary = await ingestPaths(graph, [dir], { onLinking: () => (linkingStarted = performance.now()), log });
const finished = performance.now();
await graph.close();
console.log(
  JSON.stringify({
    files: summary.files,
    ok: summary.ok,
    failed: summary.failed,
    documents: summary.documents,
    goals: summary.goals,
    similarLinks: summary.links.similarLinks,
    reuseLinks: summary.links.reuseLinks,
    durationMs: summary.durationMs,
    linkMs: linkingStarted ? finished - linkingStarted : null,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
