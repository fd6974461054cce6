/**
 * The benchmarks at tiny sizes against the test Neo4j, so that their code cannot rot: each must run
 * end to end and produce a well-formed table. Speed is not asserted here (that is what `npm run bench`
 * and bench/RESULTS.md are for).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '@strategigrafen/graph-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGraph, testTarget } from '../test/neo4j.js';
import { BENCHMARKS } from './benchmarks.js';
import type { BenchContext } from './context.js';
import { machineInfo } from './lib/machine.js';
import { renderSection } from './lib/report.js';

let graph: Graph;
let context: BenchContext;

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
  context = { graph, target: testTarget(), smoke: true, outDir: await mkdtemp(join(tmpdir(), 'strategigrafen-bench-')), log: () => {} };
});

afterAll(async () => {
  await graph?.close();
  if (context?.outDir) await rm(context.outDir, { recursive: true, force: true });
});

describe('benchmarks (smoke sizes)', () => {
  for (const benchmark of BENCHMARKS) {
    it(`${benchmark.name} runs and produces its table`, { timeout: 180_000 }, async () => {
      const table = await benchmark.run(context);
      expect(table.name).toBe(benchmark.name);
      expect(table.rows.length).toBeGreaterThan(0);
      for (const row of table.rows) {
        expect(row).toHaveLength(table.columns.length);
        for (const cell of row) expect(String(cell)).not.toMatch(/NaN|undefined/);
      }
      const section = renderSection(table, await machineInfo(graph));
      expect(section).toContain(table.title);
      expect(section).toContain('| --- |');
    });
  }
});
