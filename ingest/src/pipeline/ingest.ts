/**
 * files → read → analyse → write, streaming: files are read a few ahead, analysed one at a time and
 * written a batch per transaction while the next batch is being analysed. Only one batch of documents
 * is held in memory, however large the corpus.
 */
import type { AnalysedDocument } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/neo4j-local/gateway';
import type { LinkSummary } from '../link/index.js';
import { listInputs, readTree, type ReadErrorCode } from '../read/index.js';
import { DEFAULT_BATCH_SIZE, GraphWriter, finishRun, resetGraph, startRun, type WriteOptions } from '../write/index.js';
import { analyseSource, warningsFor } from './analyse-source.js';

export interface IngestOptions extends WriteOptions {
  /** empty the graph first */
  reset?: boolean;
  /** larger files are refused (default 20) */
  maxFileMb?: number;
  /** called after every file */
  onProgress?: (progress: IngestProgress) => void;
  /** called when every document is written and the similarity and reuse links of the new ones are computed */
  onLinking?: (documents: number) => void;
}

export interface IngestProgress {
  done: number;
  total: number;
  ok: number;
  failed: number;
  skipped: number;
  elapsedMs: number;
  /** the file just handled */
  path: string;
}

export interface FileFailure {
  path: string;
  /** ReadErrorCode for unreadable input, "analysis" when the analyser failed on it */
  code: ReadErrorCode | 'analysis';
  error: string;
}

export interface FileWarning {
  path: string;
  warning: string;
}

export interface IngestSummary {
  runId: string;
  /** nodes deleted by `reset` (null without reset) */
  resetNodes: number | null;
  files: number;
  /** files that became documents (new, changed or unchanged) */
  ok: number;
  failed: number;
  skipped: number;
  /** documents written (new or changed files) */
  documents: number;
  unchanged: number;
  replaced: number;
  goals: number;
  /** distinct themes among the ingested documents */
  themes: number;
  /** title-only documents created from related titles */
  relatedDocuments: number;
  relatedLinks: number;
  links: LinkSummary;
  failures: FileFailure[];
  warnings: FileWarning[];
  skippedFiles: { path: string; reason: string }[];
  /** from the first file read to the last link written (emptying the graph with `reset` not included) */
  durationMs: number;
  /** of which computing similarity and reuse links */
  linkingMs: number;
  /** ingested files per second, end to end */
  docsPerSecond: number;
}

export async function ingestPaths(graph: Graph, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const files = await listInputs(paths);
  const resetNodes = options.reset ? await resetGraph(graph) : null;
  // timed from here: emptying a large graph first is not ingest work
  const started = performance.now();
  const writer = new GraphWriter(graph, options);
  await writer.prepare();
  const runId = await startRun(graph, paths, files.length);

  const failures: FileFailure[] = [];
  const warnings: FileWarning[] = [];
  const skippedFiles: { path: string; reason: string }[] = [];
  const themes = new Set<string>();
  let ok = 0;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let batch: AnalysedDocument[] = [];
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;

  // the previous batch is written while this one is analysed; a failed write stops the run at the next flush
  const drain = async () => {
    await writing;
    if (writeError) throw writeError;
  };
  const flush = async () => {
    await drain();
    if (!batch.length) return;
    const docs = batch;
    batch = [];
    writing = writer.writeBatch(docs, runId).then(
      () => undefined,
      (error: unknown) => void (writeError = error),
    );
  };

  const record = (runError?: string) =>
    finishRun(graph, runId, {
      finishedAt: new Date().toISOString(),
      files: files.length,
      ok,
      failed: failures.length,
      skipped: skippedFiles.length,
      documents: writer.totals.written,
      unchanged: writer.totals.unchanged,
      goals: writer.totals.goals,
      failures: [...failures.map(({ path, error }) => ({ path, error })), ...(runError ? [{ path: '(run)', error: runError }] : [])],
      warnings,
    });

  try {
    let done = 0;
    for await (const outcome of readTree(files, { maxFileMb: options.maxFileMb })) {
      const path = outcome.file.path;
      if ('skipped' in outcome) skippedFiles.push({ path, reason: outcome.skipped });
      else if ('error' in outcome) failures.push({ path, code: outcome.error.code, error: outcome.error.message });
      else {
        try {
          const doc = analyseSource(outcome.source);
          batch.push(doc);
          ok++;
          for (const tag of doc.themes) themes.add(tag.id);
          for (const warning of warningsFor(doc)) warnings.push({ path, warning });
        } catch (error) {
          failures.push({ path, code: 'analysis', error: `${path}: the analysis failed (${error instanceof Error ? error.message : String(error)}).` });
        }
        if (batch.length >= batchSize) await flush();
      }
      done++;
      options.onProgress?.({ done, total: files.length, ok, failed: failures.length, skipped: skippedFiles.length, elapsedMs: performance.now() - started, path });
    }
    await flush();
    await drain();
    if (options.links !== false && writer.totals.written + writer.totals.relatedDocuments > 0) {
      options.onLinking?.(writer.totals.written + writer.totals.relatedDocuments);
    }
    const linkingStarted = performance.now();
    const written = await writer.finish();
    const linkingMs = performance.now() - linkingStarted;
    await record();
    const durationMs = performance.now() - started;
    return {
      runId,
      resetNodes,
      files: files.length,
      ok,
      failed: failures.length,
      skipped: skippedFiles.length,
      documents: written.written,
      unchanged: written.unchanged,
      replaced: written.replaced,
      goals: written.goals,
      themes: themes.size,
      relatedDocuments: written.relatedDocuments,
      relatedLinks: written.relatedLinks,
      links: written.links,
      failures,
      warnings,
      skippedFiles,
      durationMs,
      linkingMs,
      docsPerSecond: ok / Math.max(durationMs / 1000, 1e-3),
    };
  } catch (error) {
    await writing;
    await record(`The run stopped: ${error instanceof Error ? error.message : String(error)}`).catch(() => undefined);
    throw error;
  }
}
