export { ingestPaths, ingestInputs, writeDocuments, type IngestOptions, type LinkingOptions, type WrittenDocuments, type IngestProgress, type IngestSummary, type FileFailure, type FileWarning } from './ingest.js';
export { analysePaths, analyseInputs, toJsonLine, type DryRunResult, type JsonLine } from './dry-run.js';
export { analyseSource, warningsFor } from './analyse-source.js';
export { analyseFiles, type AnalysedFile } from './analysed.js';
export { collectInputs, type IngestInputs, type InputSpec, type PipelineInput, type InputFailure } from './inputs.js';
