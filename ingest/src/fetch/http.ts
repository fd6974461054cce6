/**
 * One HTTP GET, without following redirects (the fetcher checks every hop itself): undici with
 * timeouts, the public-address guard on every connection, retries with exponential backoff for
 * transient failures, and a size cap enforced while the body streams in.
 */
import { Agent, errors as undiciErrors, request, type Dispatcher } from 'undici';
import { fetchableUrl, privateHostError, publicOnlyLookup } from './address.js';
import { FetchError } from './errors.js';
import { MAX_POLITE_WAIT_MS, type FetchPolicy } from './policy.js';

export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  /** the body, for 2xx responses only (null otherwise: redirects, 304 and errors are not read) */
  body: Buffer | null;
}

/** statuses worth another attempt */
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

export class HttpClient {
  private readonly agent: Dispatcher;

  constructor(readonly policy: FetchPolicy) {
    this.agent = new Agent({
      headersTimeout: policy.timeoutMs,
      bodyTimeout: policy.timeoutMs,
      connectTimeout: policy.timeoutMs,
      connections: policy.perHostConcurrency,
      connect: policy.allowPrivateHosts ? {} : { lookup: publicOnlyLookup },
    });
  }

  /**
   * GET with retries. Transient failures (timeouts, dropped connections, 408/425/429/5xx) are tried
   * again up to `policy.retries` times; the last response or error is what the caller gets.
   */
  async get(url: string, headers: Record<string, string> = {}, maxBytes = this.policy.maxBytes): Promise<HttpResponse> {
    fetchableUrl(url, this.policy.allowPrivateHosts);
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.policy.retries;
      try {
        const response = await this.once(url, headers, maxBytes);
        if (last || !RETRY_STATUSES.has(response.status)) return response;
        await sleep(this.backoff(attempt, response.headers['retry-after']));
      } catch (error) {
        if (last || !(error instanceof FetchError) || (error.code !== 'timeout' && error.code !== 'network')) throw error;
        await sleep(this.backoff(attempt));
      }
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async once(url: string, extra: Record<string, string>, maxBytes: number): Promise<HttpResponse> {
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        method: 'GET',
        dispatcher: this.agent,
        headers: { 'user-agent': this.policy.userAgent, accept: '*/*', 'accept-language': 'sv, en;q=0.5', ...extra },
        // a body that trickles in forever is cut off too
        signal: AbortSignal.timeout(this.policy.timeoutMs * 10),
      });
    } catch (error) {
      throw networkError(url, error);
    }
    const headers = flatHeaders(response.headers);
    if (response.statusCode < 200 || response.statusCode >= 300) {
      await response.body.dump().catch(() => undefined);
      return { url, status: response.statusCode, headers, body: null };
    }
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw tooLarge(url, maxBytes, `${(declared / 1024 / 1024).toFixed(1)} MB declared`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body) {
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          response.body.destroy();
          throw tooLarge(url, maxBytes, 'cut off while downloading');
        }
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw networkError(url, error);
    }
    return { url, status: response.statusCode, headers, body: Buffer.concat(chunks) };
  }

  /** exponential backoff with jitter; a Retry-After (seconds or a date) wins, within MAX_POLITE_WAIT_MS */
  private backoff(attempt: number, retryAfter?: string): number {
    const asked = retryAfterMs(retryAfter);
    if (asked !== null) return Math.min(asked, MAX_POLITE_WAIT_MS);
    const base = this.policy.retryDelayMs * 2 ** attempt;
    return Math.min(base * (0.75 + Math.random() * 0.5), MAX_POLITE_WAIT_MS);
  }
}

function retryAfterMs(value: string | undefined): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : null;
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

function tooLarge(url: string, maxBytes: number, detail: string): FetchError {
  const mb = maxBytes / 1024 / 1024;
  return new FetchError('too-large', url, `${url}: the response is over the ${mb >= 1 ? mb.toFixed(0) : mb.toFixed(2)} MB limit (${detail}); raise it with --max-file-mb.`);
}

function networkError(url: string, error: unknown): FetchError {
  const refused = privateHostError(url, error);
  if (refused) return refused;
  if (
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    error instanceof undiciErrors.ConnectTimeoutError ||
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  ) {
    return new FetchError('timeout', url, `${url}: no answer in time (the server is slow or down).`, { cause: error });
  }
  const code = (error as { code?: string })?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new FetchError('dns', url, `${url}: the host name does not resolve (${detail}). Check the address.`, { cause: error });
  }
  return new FetchError('network', url, `${url}: the request failed (${code ? `${code}: ` : ''}${detail}).`, { cause: error });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
