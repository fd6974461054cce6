/** How politely the fetcher behaves: who it says it is, how hard it presses one host, and what it accepts. */

/**
 * Identifies the crawler to site owners, with where to read about it. Run at scale under your own
 * name: --user-agent "Strategigrafen (+https://your.site/contact)".
 */
export const DEFAULT_USER_AGENT = 'Strategigrafen/0.1 (strategy-document indexer; +https://github.com/strategigrafen/strategigrafen#fetching-documents-from-the-web)';

export interface FetchPolicy {
  userAgent: string;
  /** requests in flight to one host */
  perHostConcurrency: number;
  /** requests in flight altogether */
  totalConcurrency: number;
  /** at least this long between two requests to one host (a longer robots.txt Crawl-delay wins, up to 30 s) */
  delayMs: number;
  /** no response headers, or no next chunk of the body, within this long: the attempt failed */
  timeoutMs: number;
  /** attempts after the first, for timeouts, dropped connections, 429 and 5xx */
  retries: number;
  /** first backoff before a retry; doubled on each further retry (with jitter), a Retry-After header wins up to 30 s */
  retryDelayMs: number;
  /** larger responses are cut off while streaming and reported */
  maxBytes: number;
  maxRedirects: number;
  /** allow loopback, private and link-local addresses (tests against a local server) */
  allowPrivateHosts: boolean;
  /** pages and documents fetched per crawl at most */
  maxPages: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  userAgent: DEFAULT_USER_AGENT,
  perHostConcurrency: 2,
  totalConcurrency: 8,
  delayMs: 1000,
  timeoutMs: 30_000,
  retries: 2,
  retryDelayMs: 1000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivateHosts: false,
  maxPages: 500,
};

/** the longest wait between requests to one host that a Crawl-delay or Retry-After can ask for */
export const MAX_POLITE_WAIT_MS = 30_000;

export function fetchPolicy(overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_FETCH_POLICY, ...defined };
}

/** The product token robots.txt groups are matched against ("Strategigrafen"). */
export function robotsToken(userAgent: string): string {
  return userAgent.split(/[/\s]/, 1)[0] || userAgent;
}
