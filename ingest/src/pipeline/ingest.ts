/**
 * files → read → analyse → write → link, streaming: files are read a few ahead, analysed one at a time
 * (analysed.ts, the same loop as the dry run) and written a batch per transaction while the next batch
 * is being analysed; only one batch of documents is held in memory, however large the corpus. When every
 * document is written, their links to the stored corpus are computed (link/), which needs the corpus
 * stored, so it comes last.
 */
import type { AnalysedDocument } from '@strategigrafen/schema';
import { resetGraph, type Graph } from '@strategigrafen/graph-db';
import type { FetchErrorCode } from '../fetch/index.js';
import { updateLinks, type LinkSummary } from '../link/index.js';
import type { ReadErrorCode } from '../read/index.js';
import type { IngestDocument } from '../types.js';
import { DEFAULT_BATCH_SIZE, GraphWriter, finishRun, startRun, type WriteOptions } from '../write/index.js';
import { analyseFiles, type AnalyseOptions } from './analysed.js';
import { collectInputs, type IngestInputs } from './inputs.js';

export interface LinkingOptions {
  /** recompute similarity and reuse links for the written documents at the end (default true) */
  links?: boolean;
  /** similar goals kept per goal */
  k?: number;
  /** progress lines of the linking step */
  log?: (line: string) => void;
}

export interface IngestOptions extends WriteOptions, LinkingOptions, AnalyseOptions {
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
  /** the file, or the URL of a document that could not be fetched */
  path: string;
  /** ReadErrorCode for unreadable input, FetchErrorCode for a URL that could not be fetched, "analysis" when the analyser failed on it */
  code: ReadErrorCode | FetchErrorCode | 'analysis';
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
  /** documents stored unchanged (a re-crawl's documents whose bytes the graph already has are not even read) */
  unchanged: number;
  /** files whose text is the same as another file's of the run: stored once (ok = documents + unchanged + copies) */
  copies: number;
  replaced: number;
  /** unchanged documents whose path, file name or source was updated (a moved or renamed file) */
  relocated: number;
  /** documents marked as no longer published (gone from their site) */
  unpublished: number;
  /** what fetching did, when URLs were given: bodies downloaded, 304 answers, documents fetched */
  fetched: { bodies: number; notModified: number; documents: number } | null;
  goals: number;
  /** distinct themes among the ingested documents */
  themes: number;
  /** title-only documents created from related titles */
  relatedDocuments: number;
  relatedLinks: number;
  links: LinkSummary;
  /** earlier runs found unfinished (killed) and marked interrupted */
  interruptedRuns: number;
  /** documents an interrupted run wrote without linking them, linked by this run */
  resumedDocuments: number;
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
  return ingestInputs(graph, await collectInputs({ paths }), options);
}

/** Ingests collected inputs (files and fetched documents, see inputs.ts); URLs that could not be fetched are failures of the run. */
export async function ingestInputs(graph: Graph, inputs: IngestInputs, options: IngestOptions = {}): Promise<IngestSummary> {
  const resetNodes = options.reset ? await resetGraph(graph) : null;
  // timed from here: emptying a large graph first is not ingest work
  const started = performance.now();
  const writer = new GraphWriter(graph, options);
  await writer.prepare();
  // fetched documents whose bytes the graph already has for their URL (a 304, or the same bytes again) are not read again
  const current = options.reset || options.force ? new Set<string>() : await writer.currentSources(inputs.files);
  const files = inputs.files.filter((file) => !current.has(file.path));
  const total = inputs.files.length + inputs.failures.length + inputs.skipped.length;
  const { id: runId, interrupted } = await startRun(graph, inputs.given, total);

  const failures: FileFailure[] = [...inputs.failures];
  const warnings: FileWarning[] = [];
  const skippedFiles: { path: string; reason: string }[] = [...inputs.skipped];
  const themes = new Set<string>();
  let ok = current.size;
  /** document id → the file it was first read from, this run */
  const seen = new Map<string, string>();
  let copies = 0;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let batch: IngestDocument[] = [];
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
      status: runError ? 'failed' : 'finished',
      files: total,
      ok,
      failed: failures.length,
      skipped: skippedFiles.length,
      documents: writer.totals.written,
      unchanged: writer.totals.unchanged + current.size,
      goals: writer.totals.goals,
      failures: [...failures.map(({ path, error }) => ({ path, error })), ...(runError ? [{ path: '(run)', error: runError }] : [])],
      warnings,
    });

  try {
    let done = total - files.length;
    for await (const file of analyseFiles(files, options)) {
      const path = file.path;
      if ('skipped' in file) skippedFiles.push({ path, reason: file.skipped });
      else if ('error' in file) failures.push({ path, code: file.code, error: file.error });
      else if (seen.has(file.document.id) && seen.get(file.document.id) !== path) {
        // the same text under another name: one document, and the user is told
        ok++;
        copies++;
        warnings.push({ path, warning: `${path} is a copy of ${seen.get(file.document.id)}: stored once.` });
      } else {
        seen.set(file.document.id, path);
        batch.push(file.document);
        ok++;
        for (const tag of file.document.themes) themes.add(tag.id);
        for (const warning of file.warnings) warnings.push({ path, warning });
        if (batch.length >= batchSize) await flush();
      }
      done++;
      options.onProgress?.({ done, total, ok, failed: failures.length, skipped: skippedFiles.length, elapsedMs: performance.now() - started, path });
    }
    await flush();
    await drain();
    const unpublished = await writer.markUnpublished(inputs.gone);
    for (const url of inputs.gone) warnings.push({ path: url, warning: `${url}: no longer published there (HTTP 404/410); the document is kept, marked as unpublished.` });
    const written = await writer.finish();
    const linkingStarted = performance.now();
    const { links, resumed } = await linkWritten(graph, writer, written.documentIds, options);
    const linkingMs = performance.now() - linkingStarted;
    await record();
    const durationMs = performance.now() - started;
    return {
      runId,
      resetNodes,
      files: total,
      ok,
      failed: failures.length,
      skipped: skippedFiles.length,
      documents: written.written,
      unchanged: written.unchanged + current.size,
      copies,
      replaced: written.replaced,
      relocated: written.relocated,
      unpublished,
      fetched: inputs.fetched ? { bodies: inputs.fetched.bodies, notModified: inputs.fetched.notModified, documents: inputs.fetched.documents.length } : null,
      goals: written.goals,
      themes: themes.size,
      relatedDocuments: written.relatedDocuments,
      relatedLinks: written.relatedLinks,
      links,
      interruptedRuns: interrupted,
      resumedDocuments: resumed,
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

/**
 * The links of the documents just written (and of those a killed run left unlinked); none when linking is
 * off or there is nothing to link. The documents are marked linked only once every link is written.
 */
async function linkWritten(
  graph: Graph,
  writer: GraphWriter,
  written: readonly string[],
  options: LinkingOptions & { onLinking?: (documents: number) => void },
): Promise<{ links: LinkSummary; resumed: number }> {
  if (options.links === false) return { links: { similarLinks: 0, reuseLinks: 0 }, resumed: 0 };
  const documentIds = [...new Set([...written, ...(await writer.pendingLinks())])];
  const resumed = documentIds.length - new Set(written).size;
  if (documentIds.length === 0) return { links: { similarLinks: 0, reuseLinks: 0 }, resumed };
  options.onLinking?.(documentIds.length);
  const links = await updateLinks(graph, { documentIds, k: options.k, log: options.log });
  await writer.markLinked(documentIds);
  return { links, resumed };
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
export async function writeDocuments(graph: Graph, docs: readonly (AnalysedDocument | IngestDocument)[], options: WriteOptions & LinkingOptions = {}): Promise<WrittenDocuments> {
  const writer = new GraphWriter(graph, options);
  await writer.prepare();
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  for (let i = 0; i < docs.length; i += size) await writer.writeBatch(docs.slice(i, i + size));
  const written = await writer.finish();
  return { ...written, links: (await linkWritten(graph, writer, written.documentIds, options)).links };
}
