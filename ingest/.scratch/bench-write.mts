import { Graph } from '@strategigrafen/neo4j-local/gateway';
import { synthDocuments } from '../src/synth/index.ts';
import { analyseSource } from '../src/pipeline/index.ts';
import { GraphWriter, resetGraph } from '../src/write/index.ts';
import { documentRow } from '../src/write/rows.ts';

const n = Number(process.argv[2] ?? 1000);
const batch = Number(process.argv[3] ?? 250);
const graph = Graph.connect({ uri: 'bolt://127.0.0.1:7703', user: 'neo4j', password: '', database: undefined, local: true });
let t = performance.now();
const docs = [...synthDocuments(n, 1)].map(analyseSource);
console.log('analyse', ((performance.now() - t) / n).toFixed(2), 'ms/doc');

async function runWriter() {
  await resetGraph(graph);
  const writer = new GraphWriter(graph, { links: false });
  await writer.prepare();
  const t = performance.now();
  for (let i = 0; i < docs.length; i += batch) await writer.writeBatch(docs.slice(i, i + batch));
  const ms = performance.now() - t;
  console.log('writer', (n / (ms / 1000)).toFixed(1), 'docs/s', writer.totals.goals, 'goals');
  return ms;
}
const RAW = `
UNWIND $rows AS row
CREATE (doc:Document) SET doc = row.props
WITH doc, row
CALL (doc, row) { UNWIND row.themes AS tag MATCH (theme:Theme {id: tag.id}) CREATE (doc)-[:ADDRESSES {weight: tag.weight, terms: tag.terms}]->(theme) }
CALL (doc, row) { UNWIND row.goals AS g CREATE (doc)-[:HAS_GOAL]->(goal:Goal) SET goal = g.props WITH goal, g UNWIND g.themes AS tag MATCH (theme:Theme {id: tag.id}) CREATE (goal)-[:ABOUT {weight: tag.weight, terms: tag.terms}]->(theme) }`;
async function runRaw() {
  await resetGraph(graph);
  await new GraphWriter(graph).prepare();
  const t = performance.now();
  for (let i = 0; i < docs.length; i += batch) {
    const rows = docs.slice(i, i + batch).map(documentRow);
    await graph.writeTransaction((tx) => tx.run(RAW, { rows }));
  }
  const ms = performance.now() - t;
  console.log('raw UNWIND CREATE', (n / (ms / 1000)).toFixed(1), 'docs/s');
  return ms;
}
for (let round = 0; round < 2; round++) {
  const raw = await runRaw();
  const w = await runWriter();
  console.log('writer rate / raw rate =', (raw / w).toFixed(2));
}
await graph.close();
