/**
 * The HTTP server: GraphQL on /graphql (Apollo Server 5 on express 5), health probes, and the
 * built explorer (web/dist) as static files with a single-page-app fallback.
 */
import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors, { type CorsOptions } from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Graph } from '@strategigrafen/graph-db';
import type { ApiConfig } from './config.js';
import { createContext, sharedCaches, type ApiContext } from './context.js';
import { GraphReader } from './db/reader.js';
import { GoalsLikeIndex } from './goal/goals-like.index.js';
import { formatError, fromDriverError } from './errors.js';
import { depthLimit, queriesOnly } from './limits.js';
import { AdaptiveConcurrency } from './load/adaptive.js';
import { RequestDeadline, type RequestScope } from './load/deadline.js';
import { loadGuard } from './load/guard.js';
import { healthOf } from './db/health.js';
import { Limiter } from './load/limiter.js';
import { createSchema } from './schema.js';

export const DEFAULT_WEB_DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../web/dist');

export interface AppOptions {
  graph: Graph;
  config: ApiConfig;
  /** the built explorer; default web/dist */
  webDist?: string;
}

export interface App {
  app: Express;
  apollo: ApolloServer<ApiContext>;
  /** a fresh per-request context, for apollo.executeOperation in tests and tools */
  context(): ApiContext;
  /** the "goals like my draft" engine of this server (built on first use; `settled()` waits for it) */
  goalsLike: GoalsLikeIndex;
  /** the two limits under load: operations admitted at once (with their queue) and queries on Neo4j at once */
  load: { admission: Limiter; neo4j: Limiter };
  /** starts listening (default: the configured port and host; port 0 picks a free port) and resolves with the base URL */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const API_PATHS = ['/graphql', '/healthz', '/readyz'];
const READY_TIMEOUT_MS = 2_000;

export async function createApp({ graph, config, webDist = DEFAULT_WEB_DIST }: AppOptions): Promise<App> {
  const schema = await createSchema();
  const app = express();
  const httpServer: Server = createServer(app);
  app.disable('x-powered-by');

  // operations admitted at once, with a short queue (back-pressure: beyond it, 503 at once) …
  // heavy operations (search, goalsLike, compare) may take only some of the slots: the others stay free for quick pages
  const admission = new Limiter({
    maxConcurrent: config.maxConcurrentRequests,
    maxHeavy: config.maxConcurrentHeavyRequests,
    maxQueue: config.maxQueuedRequests,
    maxWaitMs: config.maxQueueWaitMs,
  });
  // … and the queries they (and background work) run on Neo4j at once, two of them kept for light requests;
  // a query waits within its request's deadline
  const neo4jSlots = new Limiter({
    maxConcurrent: config.neo4jMaxConcurrency,
    maxHeavy: Math.max(1, config.neo4jMaxConcurrency - 2),
    maxQueue: Number.POSITIVE_INFINITY,
    maxWaitMs: Number.POSITIVE_INFINITY,
  });
  const scopes = new WeakMap<ApiContext, RequestScope>();

  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError: (formatted, error) => formatError(formatted, error),
    includeStacktraceInErrorResponses: false,
    validationRules: [queriesOnly, depthLimit(config.maxDepth)],
    plugins: [
      // no cache hints in this schema, and the plugin wraps every field of every response (see noStore)
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      loadGuard<ApiContext>({
        schema,
        limits: { maxComplexity: config.maxComplexity, maxRootFields: config.maxRootFields, maxAliases: config.maxAliases, maxPageSize: config.maxPageSize },
        admission,
        adaptive: new AdaptiveConcurrency(admission, config.maxConcurrentRequests),
        health: healthOf(graph),
        scopeOf: (context) => scopes.get(context),
      }),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(graph.verify(), READY_TIMEOUT_MS);
      res.json({ status: 'ready' });
    } catch (error) {
      // a busy pool is not an unreachable database; say which
      const reason = fromDriverError(error)?.message ?? 'The graph database is not reachable.';
      res.status(503).json({ status: 'unavailable', reason });
    }
  });

  const caches = sharedCaches(config.aggregateCacheMs);
  const goalsLike = new GoalsLikeIndex(new GraphReader(graph, config.queryTimeoutMs, { limiter: neo4jSlots }), {
    checkIntervalMs: config.goalsLikeCheckMs,
    answerTimeoutMs: config.queryTimeoutMs,
  });
  const context = () => {
    // the request's deadline runs from here (its body is read); src/load/guard.ts disposes of it with the response
    const scope: RequestScope = { deadline: new RequestDeadline(config.requestTimeoutMs), lane: { heavy: false } };
    const value = createContext(graph, config, caches, goalsLike, { deadline: scope.deadline, lane: scope.lane, limiter: neo4jSlots });
    scopes.set(value, scope);
    return value;
  };
  app.use('/graphql', cors(corsOptions(config.corsOrigins)), noStore, express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => context() }));

  serveExplorer(app, webDist);

  // last: malformed JSON and the like, answered without a stack trace
  app.use((error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    res.status(status).json({ errors: [{ message: status < 500 ? error.message : 'Internal server error.', extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });

  return {
    app,
    apollo,
    context,
    goalsLike,
    load: { admission, neo4j: neo4jSlots },
    listen: (port = config.port, host = config.host) =>
      new Promise((resolveListen, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolveListen(`http://${shownHost}:${address.port}`);
        });
      }),
    close: async () => {
      await goalsLike.close();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((done) => httpServer.close(() => done()));
    },
  };
}

/** What Apollo's cache control plugin answered for a schema without cache hints: responses are not to be stored. */
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('cache-control', 'no-store');
  next();
}

function corsOptions(origins: string[]): CorsOptions {
  if (origins.includes('*')) return { origin: true };
  return { origin: origins.length ? origins : false };
}

function serveExplorer(app: Express, webDist: string): void {
  const index = join(webDist, 'index.html');
  const isPageRequest = (req: Request) => (req.method === 'GET' || req.method === 'HEAD') && !API_PATHS.some((p) => req.path === p || req.path.startsWith(`${p}/`));
  if (existsSync(index)) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.use((req, res, next) => (isPageRequest(req) ? res.sendFile(index) : next()));
    return;
  }
  app.get('/', (_req, res) => {
    res
      .status(200)
      .type('html')
      .send(
        '<!doctype html><meta charset="utf-8"><title>Strategigrafen</title>' +
          '<p>The explorer has not been built. Run <code>npm run build -w web</code> and reload.</p>' +
          '<p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p>',
      );
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
