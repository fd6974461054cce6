export { Graph, openDriver, boltAnswers, toNative, type DriverOptions, type Params } from './gateway.js';
export { targetFromEnv, NEO4J_SCHEMES, type Neo4jTarget } from './target.js';
export { resetGraph } from './reset.js';
