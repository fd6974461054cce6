import { Graph } from '@strategigrafen/neo4j-local/gateway';
const graph = Graph.connect({ uri: 'bolt://127.0.0.1:7704', user: 'neo4j', password: '', database: undefined, local: true });
const t = Date.now();
await graph.write('MATCH ()-[r:SIMILAR_TO]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
console.log('similar deleted', Date.now() - t);
await graph.write('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
console.log('all deleted', Date.now() - t);
await graph.close();
