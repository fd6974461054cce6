/**
 * Fetching documents from the web into the local store, for the pipeline to read like files:
 * `fetchDocuments({ urls, crawls })` → the fetched documents (with their store records), dead links,
 * skipped URLs and documents gone from their sites. Politeness and limits: policy.ts.
 */
import { FetchCollector, type FetchEvent, type FetchReport } from './collector.js';
import { crawlSite } from './crawl.js';
import { fetchUrl } from './fetcher.js';
import { HostScheduler } from './hosts.js';
import { HttpClient } from './http.js';
import { fetchPolicy, type FetchPolicy } from './policy.js';
import { DocumentStore } from './store.js';

export { DEFAULT_FETCH_POLICY, DEFAULT_USER_AGENT, fetchPolicy, type FetchPolicy } from './policy.js';
export { DocumentStore, DEFAULT_STORE_DIR, type StoredUrl } from './store.js';
export { FetchError, FETCH_ERROR_CODES, type FetchErrorCode } from './errors.js';
export { FORMAT_EXTENSION, sniffFormat, type DocumentFormat } from './sniff.js';
export { isPublicAddress, fetchableUrl } from './address.js';
export { parseUrlList, isUrlArgument } from './url-list.js';
export { isDocumentPage, pageLinks } from './links.js';
export type { FetchedDocument, FetchReport, FetchEvent } from './collector.js';

export interface FetchTargets {
  /** documents to fetch as they are */
  urls?: readonly string[];
  /** start pages to crawl, with how many link hops to follow */
  crawls?: readonly { url: string; depth: number }[];
}

export interface FetchOptions {
  store: DocumentStore | string;
  policy?: Partial<FetchPolicy>;
  onEvent?: (event: FetchEvent) => void;
}

export async function fetchDocuments(targets: FetchTargets, options: FetchOptions): Promise<FetchReport> {
  const policy = fetchPolicy(options.policy);
  const http = new HttpClient(policy);
  const context = { http, hosts: new HostScheduler(http), store: typeof options.store === 'string' ? new DocumentStore(options.store) : options.store };
  const collect = new FetchCollector(options.onEvent);
  try {
    await Promise.all([
      ...[...new Set(targets.urls ?? [])].map(async (url) => {
        const outcome = await fetchUrl(context, url);
        collect.counted(outcome);
        if (outcome.kind === 'fetched' || outcome.kind === 'not-modified') collect.document(outcome);
        else if (outcome.kind === 'gone') collect.gone(outcome);
        else if (outcome.kind === 'disallowed') collect.skip(outcome.url, outcome.reason);
        else collect.fail(outcome.url, outcome.error);
      }),
      ...(targets.crawls ?? []).map((crawl) => crawlSite(context, crawl.url, crawl.depth, collect)),
    ]);
  } finally {
    await http.close();
  }
  // input order for URLs, crawl order after them, so that output is stable from run to run
  const order = new Map([...(targets.urls ?? [])].map((url, i) => [url, i]));
  collect.report.documents.sort((a, b) => (order.get(a.url) ?? Infinity) - (order.get(b.url) ?? Infinity) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return collect.report;
}
