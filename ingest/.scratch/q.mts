import { Graph } from '@strategigrafen/neo4j-local/gateway';
const graph = Graph.connect({ uri: 'bolt://127.0.0.1:7703', user: 'neo4j', password: '', database: undefined, local: true });
const q = process.argv[2] ?? 'MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c';
console.log(await graph.read(q));
await graph.close();
