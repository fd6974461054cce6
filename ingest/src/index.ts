export type { SourceDocument } from './types.js';
export { analyseDocument, documentId } from './analyse/index.js';
