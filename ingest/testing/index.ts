/**
 * Generators for tests and benchmarks (not part of the product): synthetic goal term lists in the shape of
 * analysed goals, seeded Swedish-like prose for the text-reuse detector, and inputs that are too much for one
 * document (decompression bombs, huge text files). `@strategigrafen/ingest/testing`.
 */
export { syntheticGoals } from './goals.js';
export { prose, seededRandom } from './prose.js';
export { writeDocxBomb, writeLongText, longPlanText, type BombOptions } from './oversized.js';
