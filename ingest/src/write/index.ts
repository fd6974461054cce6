export { GraphWriter, DEFAULT_BATCH_SIZE, type WriteOptions, type WriteSummary, type WriteTotals, type BatchResult, type DocumentChange } from './writer.js';
export { writeReferenceData } from './reference.js';
export { startRun, finishRun, type RunRecord } from './ingest-run.js';
export { documentRow, goalId } from './rows.js';
