/**
 * The one read-and-analyse loop of the pipeline: each input file becomes an analysed document, an error
 * (unreadable, or the analysis failed) or a skip (an unsupported file inside a folder), in input order.
 * `ingest --dry-run` prints it; `ingestPaths` writes it. Fetched documents come in as files of the
 * document store (inputs.ts); their URL goes to the analyser (a municipality's own site is evidence of
 * the publisher) and, with the rest of their provenance, onto the document.
 */
import { readTree, type InputFile, type ReadErrorCode } from '../read/index.js';
import type { DocumentProvenance, IngestDocument } from '../types.js';
import { analyseSource, warningsFor } from './analyse-source.js';

export type AnalysedFile =
  | { path: string; document: IngestDocument; warnings: string[] }
  | { path: string; error: string; code: ReadErrorCode | 'analysis' }
  | { path: string; skipped: string };

export async function* analyseFiles(
  files: readonly (InputFile & { provenance?: DocumentProvenance })[],
  options: { maxFileMb?: number } = {},
): AsyncGenerator<AnalysedFile> {
  for await (const outcome of readTree(files, options)) {
    const path = outcome.file.path;
    const provenance = (outcome.file as { provenance?: DocumentProvenance }).provenance;
    if ('skipped' in outcome) yield { path, skipped: outcome.skipped };
    else if ('error' in outcome) yield { path, error: outcome.error.message, code: outcome.error.code };
    else {
      try {
        const analysed = analyseSource(provenance?.sourceUrl ? { ...outcome.source, sourceUrl: provenance.sourceUrl } : outcome.source);
        const document: IngestDocument = provenance ? { ...analysed, provenance } : analysed;
        yield { path, document, warnings: warningsFor(document) };
      } catch (error) {
        yield { path, code: 'analysis', error: `${path}: the analysis failed (${error instanceof Error ? error.message : String(error)}).` };
      }
    }
  }
}
