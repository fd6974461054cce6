/**
 * What one run reads: local files (as listInputs finds them) and documents fetched from the web into
 * the local store (fetch/), both as InputFiles with their provenance, so that the one read-and-analyse
 * loop (analysed.ts) handles them alike. URLs that could not be fetched are reported per URL here.
 */
import { basename } from 'node:path';
import { DEFAULT_STORE_DIR, DocumentStore, fetchDocuments, FORMAT_EXTENSION, type FetchErrorCode, type FetchEvent, type FetchPolicy, type FetchReport } from '../fetch/index.js';
import { listInputs, type InputFile } from '../read/index.js';
import type { DocumentProvenance } from '../types.js';

export interface PipelineInput extends InputFile {
  provenance: DocumentProvenance;
}

export interface InputFailure {
  path: string;
  code: FetchErrorCode;
  error: string;
}

export interface IngestInputs {
  files: PipelineInput[];
  /** URLs that could not be fetched (dead links included), each with the reason */
  failures: InputFailure[];
  /** URLs not fetched on purpose (robots.txt, not a document) */
  skipped: { path: string; reason: string }[];
  /** URLs whose documents are no longer published there (404/410 where the store had a document) */
  gone: string[];
  /** what was fetched, when anything was */
  fetched: FetchReport | null;
  /** the paths, URLs and crawl start pages asked for, as recorded on the IngestRun */
  given: string[];
}

export interface InputSpec {
  paths?: readonly string[];
  urls?: readonly string[];
  crawls?: readonly { url: string; depth: number }[];
  /** the document store (default .data/documents at the repository root) */
  store?: string;
  policy?: Partial<FetchPolicy>;
  onFetch?: (event: FetchEvent) => void;
}

export async function collectInputs(spec: InputSpec): Promise<IngestInputs> {
  const passedOver: { path: string; reason: string }[] = [];
  const local = spec.paths?.length ? await listInputs(spec.paths, (path, reason) => passedOver.push({ path, reason: `${path}: ${reason}` })) : [];
  const files: PipelineInput[] = local.map((file) => ({ ...file, provenance: localProvenance(file) }));
  const given = [...(spec.paths ?? []), ...(spec.urls ?? []), ...(spec.crawls ?? []).map((c) => `${c.url} (crawl, depth ${c.depth})`)];
  if (!spec.urls?.length && !spec.crawls?.length) return { files, failures: [], skipped: passedOver, gone: [], fetched: null, given };

  const store = new DocumentStore(spec.store ?? DEFAULT_STORE_DIR);
  const fetched = await fetchDocuments({ urls: spec.urls, crawls: spec.crawls }, { store, policy: spec.policy, onEvent: spec.onFetch });
  for (const { url, record } of fetched.documents) {
    files.push({
      absolute: store.blobPath(record.sha256),
      // a fetched document's path is its URL: the same URL is the same document, changed or not
      path: url,
      explicit: true,
      format: FORMAT_EXTENSION[record.format],
      provenance: { sourceUrl: url, fetchedAt: record.fetchedAt, fileName: record.fileName, sourceSha256: record.sha256, published: true },
    });
  }
  return {
    files,
    failures: fetched.failures.map(({ url, code, error }) => ({ path: url, code, error })),
    skipped: [...passedOver, ...fetched.skipped.map(({ url, reason }) => ({ path: url, reason }))],
    gone: fetched.gone.map((record) => record.url),
    fetched,
    given,
  };
}

function localProvenance(file: InputFile): DocumentProvenance {
  return { sourceUrl: null, fetchedAt: null, fileName: basename(file.absolute), sourceSha256: null, published: null };
}
