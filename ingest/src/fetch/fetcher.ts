/**
 * Fetches one URL into the store: robots.txt asked first, redirects followed hop by hop (each hop
 * checked again: scheme, public address, robots.txt), a conditional request when the store already
 * has the URL, the bytes sniffed and kept under their hash. Never throws: every URL ends as one outcome.
 */
import { fetchableUrl } from './address.js';
import { FetchError } from './errors.js';
import type { HostScheduler } from './hosts.js';
import type { HttpClient } from './http.js';
import { sniffFormat } from './sniff.js';
import type { DocumentStore, StoredUrl } from './store.js';

export type FetchOutcome =
  /** a body came (new to the store, changed, or the same bytes again) */
  | { kind: 'fetched'; url: string; record: StoredUrl; change: 'new' | 'changed' | 'same' }
  /** the server answered 304: the stored bytes are current */
  | { kind: 'not-modified'; url: string; record: StoredUrl }
  /** 404 or 410; `record` is the stored URL (now marked unpublished) if the store had it */
  | { kind: 'gone'; url: string; status: number; record: StoredUrl | null; error: FetchError }
  /** robots.txt disallows it */
  | { kind: 'disallowed'; url: string; reason: string }
  | { kind: 'failed'; url: string; error: FetchError };

export interface FetchContext {
  http: HttpClient;
  hosts: HostScheduler;
  store: DocumentStore;
}

export interface FetchRequest {
  /** the crawl start page that led here */
  seed?: string;
  /** true for pages a crawl reads for links rather than as documents (set later by the crawler) */
  navigation?: boolean;
}

export async function fetchUrl(context: FetchContext, rawUrl: string, request: FetchRequest = {}): Promise<FetchOutcome> {
  const url = withoutFragment(rawUrl);
  try {
    return await fetchChecked(context, url, request);
  } catch (error) {
    if (error instanceof FetchError) return { kind: 'failed', url, error };
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', url, error: new FetchError('network', url, `${url}: fetching failed (${detail}).`, { cause: error }) };
  }
}

async function fetchChecked({ http, hosts, store }: FetchContext, url: string, request: FetchRequest): Promise<FetchOutcome> {
  const policy = http.policy;
  const known = await store.get(url);
  const current = known && (await store.hasBytes(known.sha256)) ? known : null;
  let target = url;
  for (let hop = 0; ; hop++) {
    fetchableUrl(target, policy.allowPrivateHosts);
    const robots = await hosts.robots(target);
    if (!robots.allowed(target)) {
      const why = robots.source === 'unreachable' ? 'its robots.txt could not be read, so nothing on that host is fetched' : 'robots.txt disallows it';
      return { kind: 'disallowed', url, reason: `${target === url ? url : `${url} (redirected to ${target})`}: not fetched, ${why}.` };
    }
    const conditional: Record<string, string> = {};
    if (current && current.finalUrl === target) {
      if (current.etag) conditional['if-none-match'] = current.etag;
      if (current.lastModified) conditional['if-modified-since'] = current.lastModified;
    }
    const response = await hosts.schedule(target, () => http.get(target, conditional));
    const now = new Date().toISOString();
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.location;
      if (!location) throw new FetchError('http-status', url, `${url}: HTTP ${response.status} without a Location to follow.`, { status: response.status });
      if (hop >= policy.maxRedirects) {
        throw new FetchError('too-many-redirects', url, `${url}: more than ${policy.maxRedirects} redirects (last to ${location}).`);
      }
      target = withoutFragment(new URL(location, target).href);
      continue;
    }
    if (response.status === 304) {
      if (!current) throw new FetchError('http-status', url, `${url}: HTTP 304 to a request that was not conditional.`, { status: 304 });
      const record: StoredUrl = { ...current, checkedAt: now, published: true, unpublishedAt: null, seeds: withSeed(current.seeds, request.seed) };
      await store.put(record);
      return { kind: 'not-modified', url, record };
    }
    if (response.status === 404 || response.status === 410) {
      const error = new FetchError('not-found', url, `${url}: HTTP ${response.status}${response.status === 410 ? ' Gone' : ' Not Found'} (a dead link).`, {
        status: response.status,
      });
      if (!known) return { kind: 'gone', url, status: response.status, record: null, error };
      const record: StoredUrl = { ...known, checkedAt: now, published: false, unpublishedAt: known.published ? now : known.unpublishedAt };
      await store.put(record);
      return { kind: 'gone', url, status: response.status, record, error };
    }
    if (response.status < 200 || response.status >= 300 || !response.body) {
      throw new FetchError('http-status', url, `${url}: HTTP ${response.status}${target === url ? '' : ` at ${target}`}.`, { status: response.status });
    }
    const contentType = response.headers['content-type'] ?? null;
    const sniffed = sniffFormat(response.body, contentType, target);
    if (!sniffed.format) throw new FetchError('not-a-document', url, `${url}: ${sniffed.reason}.`);
    const sha256 = await store.putBytes(response.body);
    const record: StoredUrl = {
      url,
      finalUrl: target,
      sha256,
      size: response.body.length,
      contentType,
      format: sniffed.format,
      fileName: sniffed.format === 'html' ? null : fileNameOf(response.headers['content-disposition'], target),
      etag: response.headers.etag ?? null,
      lastModified: response.headers['last-modified'] ?? null,
      fetchedAt: known && known.sha256 === sha256 ? known.fetchedAt : now,
      checkedAt: now,
      published: true,
      unpublishedAt: null,
      navigation: request.navigation ?? known?.navigation ?? false,
      seeds: withSeed(known?.seeds ?? [], request.seed),
    };
    await store.put(record);
    return { kind: 'fetched', url, record, change: !known ? 'new' : known.sha256 === sha256 ? 'same' : 'changed' };
  }
}

export function withoutFragment(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

function withSeed(seeds: readonly string[], seed: string | undefined): string[] {
  return seed && !seeds.includes(seed) ? [...seeds, seed] : [...seeds];
}

/** Content-Disposition's filename (RFC 6266, filename* first), else the last segment of the URL's path */
export function fileNameOf(disposition: string | undefined, url: string): string | null {
  if (disposition) {
    const extended = disposition.match(/filename\*\s*=\s*(?:UTF-8|ISO-8859-1)?'[^']*'([^;]+)/i)?.[1];
    if (extended) {
      try {
        return decodeURIComponent(extended.trim());
      } catch {
        /* fall through to the plain filename */
      }
    }
    const plain = disposition.match(/filename\s*=\s*(?:"([^"]+)"|([^;\s]+))/i);
    if (plain) return (plain[1] ?? plain[2] ?? '').trim() || null;
  }
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop();
  if (!segment) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
