/**
 * The pieces of the pipeline that the benchmarks time on their own (`@strategigrafen/ingest/internals`):
 * the raw write of document rows, the similarity core without the database, and the fictional gazetteer.
 * Not for the product: it enters through the package's front door (index.ts).
 */
export { FICTIONAL_MUNICIPALITIES } from './synth/index.js';
export { documentRow, writeReferenceData } from './write/index.js';
export { CREATE_THEMES_AND_GOALS } from './write/cypher.js';
export { writeSimilar, type SimilarRow } from './link/graph/goals.js';
export { writeConcurrently } from './link/graph/helpers.js';
export { explainSimilarity } from './link/similar/explain.js';
export { DEFAULT_PLAN, linkAffected } from './link/similar/plan.js';
export { DEFAULT_SPACE, GoalSpace } from './link/similar/space.js';
export { SurfaceForms } from './link/similar/terms.js';
