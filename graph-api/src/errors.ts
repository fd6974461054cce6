/**
 * The API's errors: a few stable codes clients can switch on, and one place (formatError)
 * that makes sure nothing else — no stack trace, no Cypher, no driver internals — reaches a response.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

export const ERROR_CODES = [
  /** the request asks for something malformed: bad argument, cursor, search syntax */
  'BAD_USER_INPUT',
  /** the thing asked for by id/code/name does not exist */
  'NOT_FOUND',
  /** Neo4j is down, restarting or unreachable; retry later */
  'SERVICE_UNAVAILABLE',
  /** the query ran longer than QUERY_TIMEOUT_MS */
  'QUERY_TIMEOUT',
  /** the operation is deeper or costlier than the server allows */
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

const UNAVAILABLE_DRIVER_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_DRIVER_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Translates a neo4j-driver failure into an ApiError, or returns undefined when it is not a driver failure we know. */
export function fromDriverError(error: unknown): ApiError | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && TIMEOUT_DRIVER_CODES.has(code)) {
    return new ApiError('QUERY_TIMEOUT', 'The query took too long and was stopped. Narrow it down (filters, smaller `first`) and try again.');
  }
  const unreachable =
    (typeof code === 'string' && (UNAVAILABLE_DRIVER_CODES.has(code) || code.startsWith('Neo.TransientError.'))) ||
    /ECONNREFUSED|ECONNRESET|EPIPE|Connection acquisition timed out|Pool is closed|connection.*closed/i.test(error.message);
  if (unreachable) {
    return new ApiError('SERVICE_UNAVAILABLE', 'The graph database is not reachable right now (it may be restarting). Try again shortly.');
  }
  return undefined;
}

/** Apollo's own codes for requests the client got wrong; their messages are safe to pass on. */
const CLIENT_CODES = new Set([
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
  if (mapped) return { message: mapped.message, ...where, extensions: { code: mapped.code } };
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
  const { stacktrace: _stacktrace, exception: _exception, ...rest } = extensions;
  return rest;
}

function logUnexpected(error: unknown): void {
  console.error('[graph-api] unexpected error:', error);
}
