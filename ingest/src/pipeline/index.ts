export { ingestPaths, writeDocuments, type IngestOptions, type LinkingOptions, type WrittenDocuments, type IngestProgress, type IngestSummary, type FileFailure, type FileWarning } from './ingest.js';
export { analysePaths, toJsonLine, type DryRunResult, type JsonLine } from './dry-run.js';
export { analyseSource, warningsFor } from './analyse-source.js';
export { analyseFiles, type AnalysedFile } from './analysed.js';
