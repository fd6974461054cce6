import { Graph } from '@strategigrafen/neo4j-local/gateway';
import { buildFixture } from './test/fixture.js';
import { createApp } from './src/server.js';
import { defaultConfig } from './src/config.js';
const graph = Graph.connect({ uri: 'bolt://127.0.0.1:7704', user: 'neo4j', password: '', database: undefined, local: true });
if (process.argv.includes('--build')) { const t = Date.now(); const f = await buildFixture(graph); console.log('built', Date.now() - t, 'ms', f.run.documents ?? '', JSON.stringify(f.run).slice(0, 400)); }
const app = await createApp({ graph, config: defaultConfig() });
const q = process.argv[2] ?? '{ stats { documents goals municipalities themes similarGoalLinks reuseLinks lastIngestRun { id files ok failures } } }';
const res = await app.apollo.executeOperation({ query: q }, { contextValue: app.context() });
console.log(JSON.stringify(res.body));
console.log('roundTrips', graph.roundTrips);
await app.close(); await graph.close();
