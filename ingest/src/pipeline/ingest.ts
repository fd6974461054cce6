/**
 * files → read → analyse → write → link, streaming: files are read a few ahead, analysed one at a time
 * (analysed.ts, the same loop as the dry run) and written a batch per transaction while the next batch
 * is being analysed; only one batch of documents is held in memory, however large the corpus. When every
 * document is written, their links to the stored corpus are computed (link/), which needs the corpus
 * stored, so it comes last.
 */
import type { AnalysedDocument } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/neo4j-local/gateway';
import { updateLinks, type LinkSummary } from '../link/index.js';
import { listInputs, type ReadErrorCode } from '../read/index.js';
import { DEFAULT_BATCH_SIZE, GraphWriter, finishRun, resetGraph, startRun, type WriteOptions } from '../write/index.js';
import { analyseFiles } from './analysed.js';

export interface LinkingOptions {
  /** recompute similarity and reuse links for the written documents at the end (default true) */
  links?: boolean;
  /** similar goals kept per goal */
  k?: number;
  /** progress lines of the linking step */
  log?: (line: string) => void;
}

export interface IngestOptions extends WriteOptions, LinkingOptions {
  /** empty the graph first (the number of nodes deleted is the summary's resetNodes) */
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
    for await (const file of analyseFiles(files, { maxFileMb: options.maxFileMb })) {
      const path = file.path;
      if ('skipped' in file) skippedFiles.push({ path, reason: file.skipped });
      else if ('error' in file) failures.push({ path, code: file.code, error: file.error });
      else {
        batch.push(file.document);
        ok++;
        for (const tag of file.document.themes) themes.add(tag.id);
        for (const warning of file.warnings) warnings.push({ path, warning });
        if (batch.length >= batchSize) await flush();
      }
      done++;
      options.onProgress?.({ done, total: files.length, ok, failed: failures.length, skipped: skippedFiles.length, elapsedMs: performance.now() - started, path });
    }
    await flush();
    await drain();
    const written = await writer.finish();
    const linkingStarted = performance.now();
    const links = await linkWritten(graph, written.documentIds, options);
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
      links,
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

/** The links of the documents just written; none when linking is off or nothing was written. */
async function linkWritten(graph: Graph, documentIds: readonly string[], options: LinkingOptions & { onLinking?: (documents: number) => void }): Promise<LinkSummary> {
  if (options.links === false || documentIds.length === 0) return { similarLinks: 0, reuseLinks: 0 };
  options.onLinking?.(documentIds.length);
  return updateLinks(graph, { documentIds: [...documentIds], k: options.k, log: options.log });
}

export interface WrittenDocuments extends Omit<Awaited<ReturnType<GraphWriter['finish']>>, 'documentIds'> {
  links: LinkSummary;
  documentIds: string[];
}

/**
 * Writes already analysed documents (and their title-only related documents), after the constraints and
 * reference data, in batches; then computes their similarity and reuse links. For callers that hold
 * documents rather than files (tests, the synthetic corpus, benchmarks).
 */
export async function writeDocuments(graph: Graph, docs: readonly AnalysedDocument[], options: WriteOptions & LinkingOptions = {}): Promise<WrittenDocuments> {
  const writer = new GraphWriter(graph, options);
  await writer.prepare();
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  for (let i = 0; i < docs.length; i += size) await writer.writeBatch(docs.slice(i, i + size));
  const written = await writer.finish();
  return { ...written, links: await linkWritten(graph, written.documentIds, options) };
}
