import { Graph } from '@strategigrafen/neo4j-local/gateway';
const graph = Graph.connect({ uri: 'bolt://127.0.0.1:7704', user: 'neo4j', password: '', database: undefined, local: true });
console.log(JSON.stringify(await graph.read(process.argv[2]!), null, 0));
await graph.close();
