import type { Graph, Neo4jTarget } from '@strategigrafen/graph-db';
import type { BenchTable } from './lib/report.js';

/** What every benchmark gets: the bench database (its data may be wiped) and the run's mode. */
export interface BenchContext {
  graph: Graph;
  target: Neo4jTarget;
  /** tiny sizes: proves the benchmark runs and produces its table, measures nothing */
  smoke: boolean;
  /** where corpora and other generated inputs go (git-ignored) */
  outDir: string;
  log: (line: string) => void;
}

export interface Benchmark {
  name: string;
  description: string;
  run(context: BenchContext): Promise<BenchTable>;
}
