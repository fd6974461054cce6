/**
 * The one read-and-analyse loop of the pipeline: each input file becomes an analysed document, an error
 * (unreadable, over a limit, or the analysis failed) or a skip (an unsupported file inside a folder), in
 * input order. `ingest --dry-run` prints it; `ingestPaths` writes it. Fetched documents come in as files
 * of the document store (inputs.ts); their URL goes to the analyser (a municipality's own site is
 * evidence of the publisher) and, with the rest of their provenance, onto the document.
 *
 * Files are read and analysed in worker threads (isolated.ts), a few ahead of the consumer and never
 * more, so memory stays flat; each file within a time and a memory limit, so that one file that is too
 * much for the analyser fails alone instead of taking the run down with it.
 */
import { isSupported, readSource, ReadError, unsupportedMessage, type InputFile, type ReadErrorCode, type ReadLimits } from '../read/index.js';
import type { DocumentProvenance, IngestDocument } from '../types.js';
import { analyseSource, warningsFor } from './analyse-source.js';
import { DEFAULT_FILE_MEMORY_MB, DEFAULT_FILE_TIMEOUT_S, defaultWorkers, IsolatedAnalysis } from './isolated.js';

export type AnalysedFile =
  | { path: string; document: IngestDocument; warnings: string[] }
  | { path: string; error: string; code: ReadErrorCode | 'analysis' }
  | { path: string; skipped: string };

export type PipelineFile = InputFile & { provenance?: DocumentProvenance };

export interface AnalyseOptions extends ReadLimits {
  /** larger files are refused before they are read (default 20) */
  maxFileMb?: number;
  /**
   * worker threads reading and analysing (default: 2, or 1 on a one-core machine). 0 reads and analyses
   * in the calling thread, without the time and memory limits (for debugging).
   */
  workers?: number;
  /** a file whose reading and analysis takes longer fails (s; default 120) */
  fileTimeoutS?: number;
  /** a file whose reading and analysis needs a larger heap fails (MB; default 1024) */
  fileMemoryMb?: number;
}

export async function* analyseFiles(files: readonly PipelineFile[], options: AnalyseOptions = {}): AsyncGenerator<AnalysedFile> {
  const read = { maxFileMb: options.maxFileMb, maxUnpackedMb: options.maxUnpackedMb, maxTextChars: options.maxTextChars };
  const workers = Math.min(options.workers ?? defaultWorkers(), files.length);
  if (workers <= 0) {
    for (const file of files) yield await analyseFile(file, read);
    return;
  }
  const pool = new IsolatedAnalysis({
    workers,
    fileTimeoutS: options.fileTimeoutS ?? DEFAULT_FILE_TIMEOUT_S,
    fileMemoryMb: options.fileMemoryMb ?? DEFAULT_FILE_MEMORY_MB,
    read,
  });
  // two files per worker in flight: one being analysed, one waiting, while the consumer writes
  const ahead = workers * 2;
  const queue: Promise<AnalysedFile>[] = [];
  let next = 0;
  const fill = () => {
    while (queue.length < ahead && next < files.length) {
      const file = files[next++]!;
      const outcome = skipped(file) ?? pool.analyse(file);
      outcome.catch(() => {}); // awaited in order below; never an unhandled rejection meanwhile
      queue.push(outcome);
    }
  };
  try {
    fill();
    while (queue.length) {
      const outcome = await queue.shift()!;
      fill();
      yield outcome;
    }
  } finally {
    await pool.close();
  }
}

/** Reads and analyses one file, in the calling thread; never throws: a failure is the file's outcome. */
export async function analyseFile(file: PipelineFile, options: ReadLimits & { maxFileMb?: number } = {}): Promise<AnalysedFile> {
  const path = file.path;
  const skip = skipReason(file);
  if (skip) return { path, skipped: skip };
  let source;
  try {
    source = await readSource(file.absolute, { ...options, path, format: file.format });
  } catch (error) {
    if (error instanceof ReadError) return { path, error: error.message, code: error.code };
    return { path, code: 'unreadable', error: `${path}: reading failed (${error instanceof Error ? error.message : String(error)}).` };
  }
  try {
    const provenance = file.provenance;
    const analysed = analyseSource(provenance?.sourceUrl ? { ...source, sourceUrl: provenance.sourceUrl } : source);
    const document: IngestDocument = provenance ? { ...analysed, provenance } : analysed;
    return { path, document, warnings: warningsFor(document) };
  } catch (error) {
    return { path, code: 'analysis', error: `${path}: the analysis failed (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** Files in folders with an unsupported extension are skipped with a message; a file the user named directly is an error instead. */
function skipReason(file: PipelineFile): string | null {
  return !file.explicit && !isSupported(file.format ? `file${file.format}` : file.absolute) ? unsupportedMessage(file.path) : null;
}

function skipped(file: PipelineFile): Promise<AnalysedFile> | null {
  const reason = skipReason(file);
  return reason ? Promise.resolve({ path: file.path, skipped: reason }) : null;
}
