/**
 * A web site for the fetch tests: a node:http server on 127.0.0.1 (a free port) whose pages the test
 * defines as routes, with a log of every request (path, conditional headers, status, body bytes sent).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | { body: string | Buffer; type?: string; etag?: string; lastModified?: string; headers?: Record<string, string> }
  | { redirect: string; status?: number }
  | { status: number; body?: string }
  | { handle: (req: IncomingMessage, res: ServerResponse) => void };

export interface LoggedRequest {
  path: string;
  status: number;
  /** body bytes written for this request */
  bytes: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  userAgent: string | null;
}

export class TestSite {
  readonly routes = new Map<string, Route>();
  readonly log: LoggedRequest[] = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  at(path: string): string {
    return `${this.url}${path}`;
  }

  /** requests for a path (robots.txt included when asked for) */
  requests(path?: string): LoggedRequest[] {
    return path ? this.log.filter((r) => r.path === path) : this.log;
  }

  private serve(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry: LoggedRequest = {
      path,
      status: 0,
      bytes: 0,
      ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
      ifModifiedSince: (req.headers['if-modified-since'] as string | undefined) ?? null,
      userAgent: req.headers['user-agent'] ?? null,
    };
    this.log.push(entry);
    const write = res.write.bind(res);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) entry.bytes += Buffer.byteLength(chunk as string | Buffer);
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') entry.bytes += Buffer.byteLength(chunk as string | Buffer);
      entry.status = res.statusCode;
      return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
    }) as typeof res.end;

    const route = this.routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if ('handle' in route) return route.handle(req, res);
    if ('redirect' in route) {
      res.writeHead(route.status ?? 302, { location: route.redirect }).end();
      return;
    }
    if (!('body' in route) || route.body === undefined || ('status' in route && route.status !== 200)) {
      const status = 'status' in route ? route.status : 500;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(route.body ?? `status ${status}`);
      return;
    }
    const { body, type, etag, lastModified, headers } = route;
    const fresh = (etag && entry.ifNoneMatch === etag) || (!etag && lastModified && entry.ifModifiedSince === lastModified);
    const validators = { ...(etag ? { etag } : {}), ...(lastModified ? { 'last-modified': lastModified } : {}) };
    if (fresh) {
      res.writeHead(304, validators).end();
      return;
    }
    res.writeHead(200, { 'content-type': type ?? 'text/html; charset=utf-8', ...validators, ...headers }).end(body);
  }
}

/** a politeness policy for tests: the local server allowed, no waiting */
export const TEST_POLICY = { allowPrivateHosts: true, delayMs: 0, retryDelayMs: 10, timeoutMs: 2000, retries: 1 } as const;
