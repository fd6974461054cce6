import { Graph } from '@strategigrafen/neo4j-local/gateway';
import { resetGraph } from '../src/write/index.ts';
const graph = Graph.connect({ uri: 'bolt://127.0.0.1:7703', user: 'neo4j', password: '', database: undefined, local: true });
const t = performance.now();
console.log('deleted', await resetGraph(graph), 'nodes in', ((performance.now() - t) / 1000).toFixed(1), 's');
await graph.close();
