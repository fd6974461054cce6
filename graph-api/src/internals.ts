/**
 * Parts of the API that benchmarks and evaluations use on their own, without the server around them
 * (`@strategigrafen/graph-api/internals`). Not for the product's own code: it goes through its modules.
 */
export { GraphReader } from './db/reader.js';
export { GoalsLikeIndex } from './goal/goals-like.index.js';
export { parseQuery } from './search/query.js';
export { DEFAULT_WEIGHTS } from './search/ranking.js';
