import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiError, formatError, fromDriverError, httpAnswerFor } from './errors.js';

const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });
const silent = () => {};

describe('fromDriverError', () => {
  it.each([
    ['ServiceUnavailable', 'Could not perform discovery. No routing servers available.', /not reachable/],
    ['ServiceUnavailable', 'Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687', /not reachable/],
    ['N/A', 'connect ECONNREFUSED 127.0.0.1:7687', /not reachable/],
    ['SessionExpired', 'Session expired', /broke during the query/],
    ['ServiceUnavailable', 'Connection was closed by server', /broke during the query/],
    ['Neo.TransientError.General.DatabaseUnavailable', 'Database unavailable', /starting or stopping/],
    ['Neo.ClientError.Transaction.Terminated', 'The transaction has been terminated. Explicitly terminated by the user.', /shutting down or restarting/],
  ])('maps %s (%s) to SERVICE_UNAVAILABLE, saying why', (code, message, says) => {
    const error = fromDriverError(driverError(code, message));
    expect(error?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error?.message).toMatch(says);
    expect(error?.extensions.retryAfter).toBeGreaterThan(0);
  });

  it('maps a drained connection pool to SERVICE_OVERLOADED, not to an unreachable database', () => {
    const error = fromDriverError(driverError('N/A', 'Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 32, Idle conn count = 0.'));
    expect(error?.code).toBe('SERVICE_OVERLOADED');
    expect(error?.message).toMatch(/connections .* in use/);
    expect(error?.message).not.toMatch(/not reachable/);
    expect(fromDriverError(driverError('Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'out of memory'))?.code).toBe('SERVICE_OVERLOADED');
  });

  it('maps transaction timeouts to QUERY_TIMEOUT, or to a warming-up database just after an outage', () => {
    const timeout = driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timed out');
    expect(fromDriverError(timeout)?.code).toBe('QUERY_TIMEOUT');
    expect(fromDriverError(timeout)?.message).toMatch(/Narrow it down/);
    const warming = fromDriverError(timeout, { warmingUp: true });
    expect(warming?.code).toBe('SERVICE_UNAVAILABLE');
    expect(warming?.message).toMatch(/just restarted/);
    expect(warming?.message).not.toMatch(/Narrow it down/);
  });

  it('leaves other errors alone', () => {
    expect(fromDriverError(driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input'))).toBeUndefined();
    expect(fromDriverError('not an error')).toBeUndefined();
  });
});

describe('httpAnswerFor', () => {
  const errors = (...codes: string[]) => codes.map((code) => ({ message: code, extensions: { code, ...(code.startsWith('SERVICE') ? { retryAfter: 2 } : {}) } }));

  it('is 200 whenever there is data, as GraphQL over HTTP has it', () => {
    expect(httpAnswerFor(errors('NOT_FOUND'), true)).toEqual({ status: 200 });
    expect(httpAnswerFor(errors('SERVICE_UNAVAILABLE'), true)).toEqual({ status: 200, retryAfter: 2 });
    expect(httpAnswerFor([], false)).toBeUndefined();
  });

  it('gives requests without data the status of their cause', () => {
    for (const code of ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']) expect(httpAnswerFor(errors(code), false)).toEqual({ status: 400 });
    expect(httpAnswerFor(errors('SERVICE_OVERLOADED'), false)).toEqual({ status: 503, retryAfter: 2 });
    expect(httpAnswerFor(errors('SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE'), false)).toEqual({ status: 503, retryAfter: 2 });
    expect(httpAnswerFor(errors('QUERY_TIMEOUT'), false)).toEqual({ status: 504 });
    expect(httpAnswerFor(errors('INTERNAL_SERVER_ERROR'), false)).toEqual({ status: 500 });
    // a client error decides: the same request would fail again
    expect(httpAnswerFor(errors('SERVICE_UNAVAILABLE', 'BAD_USER_INPUT'), false)).toEqual({ status: 400 });
  });
});

describe('formatError', () => {
  const formatted = (error: unknown, original = error) => formatError({ message: (error as Error).message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, original, silent);

  it('keeps the code, message and details of typed errors, without stack traces', () => {
    const error = new ApiError('NOT_FOUND', 'No theme with id "x".');
    expect(formatted(error)).toEqual({ message: 'No theme with id "x".', extensions: { code: 'NOT_FOUND' } });
  });

  it('never passes on the HTTP instructions of an error', () => {
    const error = new ApiError('QUERY_TOO_COMPLEX', 'Too complex.', { http: { status: 400 } });
    expect(formatted(error)).toEqual({ message: 'Too complex.', extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });

  it('finds typed errors behind wrappers', () => {
    const inner = new ApiError('QUERY_TOO_COMPLEX', 'Too complex.', { complexity: 9 });
    const wrapped = new GraphQLError('wrapper', { originalError: inner });
    expect(formatted(wrapped)).toEqual({ message: 'Too complex.', extensions: { code: 'QUERY_TOO_COMPLEX', complexity: 9 } });
  });

  it('turns driver failures into SERVICE_UNAVAILABLE without their details', () => {
    const result = formatted(driverError('ServiceUnavailable', 'Failed to connect to server bolt://127.0.0.1:7687 ECONNREFUSED'));
    expect(result).toEqual({ message: expect.stringMatching(/not reachable/), extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 5 } });
    expect(JSON.stringify(result)).not.toMatch(/bolt|7687|ECONNREFUSED/);
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR, and logs it', () => {
    const logged: unknown[] = [];
    const secret = driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input MATCH (n:Secret) RETURN n');
    const result = formatError({ message: secret.message, path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, secret, (e) => logged.push(e));
    expect(result).toEqual({ message: 'Internal server error.', path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([secret]);
  });

  it('passes Apollo\'s client-error codes through', () => {
    const result = formatError({ message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at …'] } }, new GraphQLError('x'), silent);
    expect(result).toEqual({ message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
