import { Graph } from '@strategigrafen/neo4j-local/gateway';
const graph = Graph.connect({ uri: 'bolt://127.0.0.1:7704', user: 'neo4j', password: '', database: undefined, local: true });
for (const q of process.argv.slice(2)) {
  await graph.read(q); const t = performance.now(); const r = await graph.read(q); const ms = performance.now() - t;
  console.log(ms.toFixed(0), 'ms', JSON.stringify(r).slice(0, 200));
}
await graph.close();
