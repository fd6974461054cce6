export type { SourceDocument } from './types.js';
export { analyseDocument, documentId } from './analyse/index.js';
export { readSource, readTree, parseBytes, listInputs, ReadError, SUPPORTED_EXTENSIONS, type ReadOutcome, type InputFile } from './read/index.js';
export { GraphWriter, resetGraph, type WriteOptions, type WriteSummary } from './write/index.js';
export { ingestPaths, writeDocuments, analysePaths, analyseSource, toJsonLine, type IngestOptions, type IngestSummary, type JsonLine, type WrittenDocuments } from './pipeline/index.js';
export { synthDocuments, synthDocument, type SynthOptions } from './synth/index.js';
export { SimilarGoals, type GoalText, type RankedGoal } from './link/similar/rank.js';
export { DEFAULT_PLAN, type PlanOptions } from './link/similar/plan.js';
export { tagThemes } from './analyse/themes/index.js';
