/**
 * npm run bench [-- --only ingest,similar,api,search,goals-like] [--smoke]
 *
 * Runs the benchmarks against the bench Neo4j (profile 'bench', LOCAL_NEO4J_PORT; BENCH_NEO4J_URI for
 * another server — its data is wiped), prints each table and writes it to bench/RESULTS.md with the
 * machine's cores, memory and versions. --smoke runs tiny sizes (a check that the code works; the
 * tables go to bench/out/RESULTS.smoke.md). Not part of npm test, except the smoke test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCHMARKS } from './benchmarks.js';
import type { BenchContext } from './context.js';
import { benchDatabase } from './lib/database.js';
import { machineInfo } from './lib/machine.js';
import { printTable, updateResults } from './lib/report.js';

const BENCH_DIR = 'bench';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, smoke: { type: 'boolean', default: false }, list: { type: 'boolean', default: false } },
  });
  if (values.list) {
    for (const b of BENCHMARKS) console.log(`${b.name.padEnd(8)} ${b.description}`);
    return 0;
  }
  const wanted = values.only ? values.only.split(',').map((s) => s.trim()) : BENCHMARKS.map((b) => b.name);
  const unknown = wanted.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length) {
    console.error(`Unknown benchmark ${unknown.join(', ')}. Choose from: ${BENCHMARKS.map((b) => b.name).join(', ')} (see --list).`);
    return 2;
  }
  const outDir = join(BENCH_DIR, 'out');
  mkdirSync(outDir, { recursive: true });
  const results = values.smoke ? join(outDir, 'RESULTS.smoke.md') : join(BENCH_DIR, 'RESULTS.md');
  const database = await benchDatabase(console.log);
  try {
    const context: BenchContext = { graph: database.graph, target: database.target, smoke: values.smoke, outDir, log: (line) => console.log(line) };
    const machine = await machineInfo(database.graph);
    for (const benchmark of BENCHMARKS.filter((b) => wanted.includes(b.name))) {
      console.log(`\n=== ${benchmark.name}: ${benchmark.description}`);
      const table = await benchmark.run(context);
      printTable(table);
      updateResults(results, table, { ...machine, date: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
    }
    console.log(`\nResults written to ${results}.`);
  } finally {
    await database.graph.close();
    await database.stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
