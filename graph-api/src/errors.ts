/**
 * The API's errors: a few stable codes clients can switch on, and one place (formatError)
 * that makes sure nothing else — no stack trace, no Cypher, no driver internals — reaches a response.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

export const ERROR_CODES = [
  /** the request asks for something malformed: bad argument, cursor, search syntax, a page size out of range */
  'BAD_USER_INPUT',
  /** the thing asked for by id/code/name does not exist */
  'NOT_FOUND',
  /** Neo4j is down, restarting, warming up after a restart, or the connection to it broke; retry later */
  'SERVICE_UNAVAILABLE',
  /** Neo4j answers, but the API (or Neo4j) has no capacity for this request right now; retry after `retryAfter` seconds */
  'SERVICE_OVERLOADED',
  /** the query ran longer than QUERY_TIMEOUT_MS, or the request longer than REQUEST_TIMEOUT_MS */
  'QUERY_TIMEOUT',
  /** the operation is deeper or costlier than the server allows, or has too many root fields or aliases */
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ApiError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, argument?: string) => new ApiError('BAD_USER_INPUT', message, argument ? { argument } : {});
export const notFound = (message: string) => new ApiError('NOT_FOUND', message);

/** Seconds a client should wait before retrying after SERVICE_UNAVAILABLE (Neo4j restarts take a while). */
export const UNAVAILABLE_RETRY_AFTER_S = 5;

export const overloaded = (retryAfter: number, why: 'requests' | 'slow-database' | 'connections' | 'memory' = 'requests') =>
  new ApiError(
    'SERVICE_OVERLOADED',
    why === 'requests'
      ? `The API is busy with other requests right now and did not queue this one. Retry in ${retryAfter} s.`
      : why === 'slow-database'
        ? `The graph database is slow to answer right now (it may have just restarted), so the API takes fewer requests at once and did not queue this one. Retry in ${retryAfter} s.`
        : why === 'connections'
        ? `All connections to the graph database are in use (it answers, but is busy). Retry in ${retryAfter} s.`
        : `The graph database is short of memory for this query right now (it answers, but is busy). Retry in ${retryAfter} s, or ask for less.`,
    { retryAfter },
  );

export const requestTimedOut = (timeoutMs: number) =>
  new ApiError('QUERY_TIMEOUT', `The request took longer than ${timeoutMs} ms and was stopped. Ask for less in one request (fewer or smaller lists) and try again.`, { timeoutMs });

const queryTimedOut = () => new ApiError('QUERY_TIMEOUT', 'The query took too long and was stopped. Narrow it down (filters, smaller `first`) and try again.');

/** Neo4j is not reachable: SERVICE_UNAVAILABLE, HTTP 503 with Retry-After. */
export const databaseUnreachable = () => unavailable(NOT_REACHABLE);

const unavailable = (message: string) => new ApiError('SERVICE_UNAVAILABLE', message, { retryAfter: UNAVAILABLE_RETRY_AFTER_S });

const NOT_REACHABLE = 'The graph database is not reachable right now (it may be restarting). Try again shortly.';

const TIMEOUT_DRIVER_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
/** the server ended the transaction without being asked to: it is shutting down or restarting */
const TERMINATED_DRIVER_CODES = new Set([
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
const MEMORY_DRIVER_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** the driver error is a transaction timeout (Neo4j's, or the client's stand-in for it) */
export function isDriverTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TIMEOUT_DRIVER_CODES.has(code);
}

export interface DriverErrorContext {
  /** Neo4j was unreachable a short while ago: a timeout now is a cold database warming up, not a heavy query */
  warmingUp?: boolean;
}

/**
 * Translates a neo4j-driver failure into an ApiError, or returns undefined when it is not a driver failure we know.
 * Each cause has its own code and message:
 *  - ServiceUnavailable / refused connections: Neo4j is not reachable (SERVICE_UNAVAILABLE)
 *  - SessionExpired / a connection closed under a query: the connection broke mid-query (SERVICE_UNAVAILABLE)
 *  - DatabaseUnavailable: Neo4j answers but its database is starting or stopping (SERVICE_UNAVAILABLE)
 *  - a transaction terminated by the server: Neo4j is shutting down (SERVICE_UNAVAILABLE)
 *  - pool acquisition timeout: every connection is in use, Neo4j is healthy (SERVICE_OVERLOADED)
 *  - memory limits: Neo4j is healthy but short of memory (SERVICE_OVERLOADED)
 *  - transaction timeout: the query is too heavy (QUERY_TIMEOUT), unless Neo4j has just come back (SERVICE_UNAVAILABLE)
 */
export function fromDriverError(error: unknown, context: DriverErrorContext = {}): ApiError | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  const message = error.message;
  if (typeof code === 'string' && TIMEOUT_DRIVER_CODES.has(code)) {
    return context.warmingUp ? unavailable('The graph database has just restarted and is still warming up. Try again in a few seconds.') : queryTimedOut();
  }
  if (/Connection acquisition timed out/i.test(message)) return overloaded(1, 'connections');
  if (typeof code === 'string' && MEMORY_DRIVER_CODES.has(code)) return overloaded(2, 'memory');
  if (typeof code === 'string' && TERMINATED_DRIVER_CODES.has(code)) {
    if (/timed? ?out|timeout/i.test(message)) return queryTimedOut();
    return unavailable('The graph database stopped the query (it is shutting down or restarting). Try again shortly.');
  }
  if (code === 'SessionExpired' || /connection (was )?(closed|lost|reset)|closed by server|ECONNRESET|EPIPE/i.test(message)) {
    return unavailable('The connection to the graph database broke during the query (it may be restarting). Try again shortly.');
  }
  if (code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return unavailable('The graph database is starting or stopping. Try again shortly.');
  }
  if (code === 'ServiceUnavailable' || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|Pool is closed|Failed to connect/i.test(message)) {
    return unavailable(NOT_REACHABLE);
  }
  if (typeof code === 'string' && code.startsWith('Neo.TransientError.')) {
    return unavailable('The graph database could not answer just now. Try again shortly.');
  }
  return undefined;
}

/** Apollo's own codes for requests the client got wrong; their messages are safe to pass on. */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's formatError hook: typed errors keep their code and message, driver failures become
 * SERVICE_UNAVAILABLE/QUERY_TIMEOUT, everything else becomes a bare INTERNAL_SERVER_ERROR (logged here).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (error: unknown) => void = logUnexpected): GraphQLFormattedError {
  const original = innermost(unwrapResolverError(error));
  const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  if (original instanceof ApiError) {
    return { message: original.message, ...where, extensions: withoutStacktrace(original.extensions) };
  }
  const mapped = fromDriverError(original);
  if (mapped) return { message: mapped.message, ...where, extensions: withoutStacktrace(mapped.extensions) };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, ...where, extensions: withoutStacktrace(formatted.extensions ?? {}) };
  }
  log(original);
  return { message: 'Internal server error.', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The ApiError or driver error behind wrappers (Apollo wraps errors thrown by plugins in a GraphQLError). */
function innermost(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof GraphQLError && !(current instanceof ApiError) && current.originalError; depth++) {
    current = current.originalError;
  }
  return current;
}

function withoutStacktrace(extensions: Record<string, unknown>): Record<string, unknown> {
  const { stacktrace: _stacktrace, exception: _exception, http: _http, ...rest } = extensions;
  return rest;
}

function logUnexpected(error: unknown): void {
  console.error('[graph-api] unexpected error:', error);
}

export interface HttpAnswer {
  status: number;
  /** seconds, for a Retry-After header */
  retryAfter?: number;
}

/**
 * The HTTP status of a GraphQL response, as GraphQL over HTTP has it: a response with data is 200 whatever its
 * field errors; one without (the request was refused, or every root field failed) gets the status of its cause.
 * Client errors (malformed, invalid, too complex, bad input) are 400; an overloaded API or unreachable Neo4j
 * 503 with Retry-After; a timeout 504; anything else 500. Client errors win when causes mix: retrying
 * the same request cannot help.
 */
export function httpAnswerFor(errors: readonly GraphQLFormattedError[] | undefined, hasData: boolean): HttpAnswer | undefined {
  if (!errors?.length) return undefined;
  const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
  const retryAfter = Math.max(0, ...errors.map((e) => (typeof e.extensions?.retryAfter === 'number' ? e.extensions.retryAfter : 0)));
  const retry = retryAfter > 0 ? { retryAfter } : {};
  if (hasData) return { status: 200, ...retry };
  if (codes.some((c) => CLIENT_CODES.has(c) || c === 'QUERY_TOO_COMPLEX' || c === 'NOT_FOUND')) return { status: 400 };
  if (codes.some((c) => c === 'SERVICE_OVERLOADED' || c === 'SERVICE_UNAVAILABLE')) return { status: 503, retryAfter: retryAfter || 1 };
  if (codes.includes('QUERY_TIMEOUT')) return { status: 504 };
  return { status: 500 };
}
