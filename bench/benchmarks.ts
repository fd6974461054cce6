import { apiBenchmark } from './api.js';
import type { Benchmark } from './context.js';
import { goalsLikeBenchmark } from './goals-like.js';
import { ingestBenchmark } from './ingest.js';
import { searchBenchmark } from './search.js';
import { similarBenchmark } from './similar.js';

/**
 * In run order: similar empties the database; ingest leaves the 10,000-document graph that api and search
 * use; search tops it up to 300k goals, which goals-like uses.
 */
export const BENCHMARKS: readonly Benchmark[] = [similarBenchmark, ingestBenchmark, apiBenchmark, searchBenchmark, goalsLikeBenchmark];
