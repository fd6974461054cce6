/** What a fetch run gathers for the pipeline: documents in the store, dead links, skipped URLs and documents gone from their site. */
import type { FetchErrorCode, FetchError } from './errors.js';
import type { FetchOutcome } from './fetcher.js';
import type { StoredUrl } from './store.js';

export interface FetchedDocument {
  url: string;
  record: StoredUrl;
  /** 'not-modified' and 'same': the store already had these bytes for this URL */
  change: 'new' | 'changed' | 'same' | 'not-modified';
}

export interface FetchReport {
  documents: FetchedDocument[];
  /** dead links and other URLs that could not be fetched, each with the reason */
  failures: { url: string; code: FetchErrorCode; error: string }[];
  /** URLs not fetched on purpose (robots.txt, not a document, the page limit) */
  skipped: { url: string; reason: string }[];
  /** documents the store had that now answer 404/410: to be marked as no longer published */
  gone: StoredUrl[];
  /** responses with a body (documents and pages; robots.txt not counted) and 304 answers */
  bodies: number;
  notModified: number;
}

export type FetchEvent = { url: string; kind: FetchOutcome['kind'] | 'skipped' };

export class FetchCollector {
  readonly report: FetchReport = { documents: [], failures: [], skipped: [], gone: [], bodies: 0, notModified: 0 };
  private readonly seen = new Set<string>();

  constructor(private readonly onEvent?: (event: FetchEvent) => void) {}

  document(outcome: Extract<FetchOutcome, { kind: 'fetched' | 'not-modified' }>): void {
    if (this.seen.has(outcome.url)) return;
    this.seen.add(outcome.url);
    this.report.documents.push({ url: outcome.url, record: outcome.record, change: outcome.kind === 'fetched' ? outcome.change : 'not-modified' });
  }

  /** a response was received (counted whether or not it became a document) */
  counted(outcome: FetchOutcome): void {
    if (outcome.kind === 'fetched') this.report.bodies++;
    if (outcome.kind === 'not-modified') this.report.notModified++;
    this.onEvent?.({ url: outcome.url, kind: outcome.kind });
  }

  gone(outcome: Extract<FetchOutcome, { kind: 'gone' }>, options: { quiet?: boolean } = {}): void {
    if (outcome.record) this.report.gone.push(outcome.record);
    if (!options.quiet) this.fail(outcome.url, outcome.error);
  }

  fail(url: string, error: FetchError): void {
    this.report.failures.push({ url, code: error.code, error: error.message });
  }

  skip(url: string, reason: string): void {
    this.report.skipped.push({ url, reason });
    this.onEvent?.({ url, kind: 'skipped' });
  }
}
