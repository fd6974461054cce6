import 'reflect-metadata';
import { Graph } from '@strategigrafen/neo4j-local/gateway';
import { connectGraph } from './src/db/connect.js';
import { createApp } from './src/server.js';
import { defaultConfig } from './src/config.js';
const base = connectGraph({ uri: 'bolt://127.0.0.1:7704', user: 'neo4j', password: '', database: undefined, local: true });
const timings: [number, string][] = [];
const graph = Object.create(base) as Graph;
graph.read = async (cypher: string, params?: any, t?: number) => { const s = performance.now(); const r = await base.read(cypher, params, t); timings.push([performance.now() - s, cypher.trim().split('\n').slice(0, 3).join(' | ').slice(0, 150)]); return r as any; };
const app = await createApp({ graph, config: defaultConfig({ maxComplexity: 1e6 }) });
const q = process.argv[2]!;
for (let i = 0; i < 3; i++) { timings.length = 0; const s = performance.now(); const res = await app.apollo.executeOperation({ query: q }, { contextValue: app.context() }); const total = performance.now() - s; if ((res.body as any).singleResult.errors) console.log(JSON.stringify((res.body as any).singleResult.errors)); console.log('total', total.toFixed(0)); }
for (const [ms, c] of timings) console.log(ms.toFixed(0).padStart(5), c);
await app.close(); await base.close();
