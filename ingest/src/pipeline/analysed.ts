/**
 * The one read-and-analyse loop of the pipeline: each input file becomes an analysed document, an error
 * (unreadable, or the analysis failed) or a skip (an unsupported file inside a folder), in input order.
 * `ingest --dry-run` prints it; `ingestPaths` writes it.
 */
import type { AnalysedDocument } from '@strategigrafen/schema';
import { readTree, type InputFile, type ReadErrorCode } from '../read/index.js';
import { analyseSource, warningsFor } from './analyse-source.js';

export type AnalysedFile =
  | { path: string; document: AnalysedDocument; warnings: string[] }
  | { path: string; error: string; code: ReadErrorCode | 'analysis' }
  | { path: string; skipped: string };

export async function* analyseFiles(files: readonly InputFile[], options: { maxFileMb?: number } = {}): AsyncGenerator<AnalysedFile> {
  for await (const outcome of readTree(files, options)) {
    const path = outcome.file.path;
    if ('skipped' in outcome) yield { path, skipped: outcome.skipped };
    else if ('error' in outcome) yield { path, error: outcome.error.message, code: outcome.error.code };
    else {
      try {
        const document = analyseSource(outcome.source);
        yield { path, document, warnings: warningsFor(document) };
      } catch (error) {
        yield { path, code: 'analysis', error: `${path}: the analysis failed (${error instanceof Error ? error.message : String(error)}).` };
      }
    }
  }
}
