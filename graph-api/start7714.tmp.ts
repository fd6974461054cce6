import { startLocal } from '@strategigrafen/neo4j-local';
const s = await startLocal({ profile: 'test', port: 7714, heapMb: 2048, pageCacheMb: 512, detached: true, log: console.log });
console.log('started', s.pid, s.started);
process.exit(0);
