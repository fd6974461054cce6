import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiError, formatError, fromDriverError } from './errors.js';

const driverError = (code: string, message: string) => Object.assign(new Error(message), { code });
const silent = () => {};

describe('fromDriverError', () => {
  it.each([
    ['ServiceUnavailable', 'Could not perform discovery. No routing servers available.'],
    ['SessionExpired', 'Session expired'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'Database unavailable'],
    ['N/A', 'connect ECONNREFUSED 127.0.0.1:7687'],
  ])('maps %s to SERVICE_UNAVAILABLE', (code, message) => {
    expect(fromDriverError(driverError(code, message))?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('maps transaction timeouts to QUERY_TIMEOUT', () => {
    expect(fromDriverError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timed out'))?.code).toBe('QUERY_TIMEOUT');
  });

  it('leaves other errors alone', () => {
    expect(fromDriverError(driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input'))).toBeUndefined();
    expect(fromDriverError('not an error')).toBeUndefined();
  });
});

describe('formatError', () => {
  const formatted = (error: unknown, original = error) => formatError({ message: (error as Error).message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, original, silent);

  it('keeps the code, message and details of typed errors, without stack traces', () => {
    const error = new ApiError('NOT_FOUND', 'No theme with id "x".');
    expect(formatted(error)).toEqual({ message: 'No theme with id "x".', extensions: { code: 'NOT_FOUND' } });
  });

  it('finds typed errors behind wrappers', () => {
    const inner = new ApiError('QUERY_TOO_COMPLEX', 'Too complex.', { complexity: 9 });
    const wrapped = new GraphQLError('wrapper', { originalError: inner });
    expect(formatted(wrapped)).toEqual({ message: 'Too complex.', extensions: { code: 'QUERY_TOO_COMPLEX', complexity: 9 } });
  });

  it('turns driver failures into SERVICE_UNAVAILABLE without their details', () => {
    const result = formatted(driverError('ServiceUnavailable', 'Failed to connect to server bolt://127.0.0.1:7687 ECONNREFUSED'));
    expect(result).toEqual({ message: expect.stringMatching(/not reachable/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
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
