import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.js';
import { decodeCursor, encodeCursor, pageRequest } from './cursor.js';
import { toConnection } from './page.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as ApiError).extensions.code;
  }
  return undefined;
};

describe('cursors', () => {
  it('round-trip an offset and are opaque', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(encodeCursor(41)).not.toContain('41');
  });

  it.each(['', 'abc', encodeCursor(1).slice(0, -1) + '!', Buffer.from('o:-1').toString('base64url'), Buffer.from('o:1e3').toString('base64url'), Buffer.from('x:1').toString('base64url')])(
    'reject %j as BAD_USER_INPUT',
    (cursor) => {
      expect(code(() => decodeCursor(cursor))).toBe('BAD_USER_INPUT');
    },
  );
});

describe('pageRequest', () => {
  it('defaults to 20 from the start, and continues after a cursor', () => {
    expect(pageRequest({}, 100)).toEqual({ skip: 0, limit: 20 });
    expect(pageRequest({ first: 5, after: encodeCursor(9) }, 100)).toEqual({ skip: 10, limit: 5 });
  });

  it('caps the default at the maximum and rejects pages over it or below zero', () => {
    expect(pageRequest({}, 10)).toEqual({ skip: 0, limit: 10 });
    expect(code(() => pageRequest({ first: 101 }, 100))).toBe('BAD_USER_INPUT');
    expect(code(() => pageRequest({ first: -1 }, 100))).toBe('BAD_USER_INPUT');
    expect(pageRequest({ first: 0 }, 100)).toEqual({ skip: 0, limit: 0 });
  });
});

describe('toConnection', () => {
  it('numbers edges from the page start and says whether more follow', () => {
    const request = { skip: 2, limit: 2 };
    const connection = toConnection({ items: ['c', 'd'], total: 5 }, request);
    expect(connection.edges.map((e) => [decodeCursor(e.cursor), e.node])).toEqual([
      [2, 'c'],
      [3, 'd'],
    ]);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: connection.edges[0]!.cursor, endCursor: connection.edges[1]!.cursor });
    expect(connection.totalCount).toBe(5);
    expect(toConnection({ items: ['e'], total: 5 }, { skip: 4, limit: 2 }).pageInfo.hasNextPage).toBe(false);
    expect(toConnection({ items: [], total: 0 }, { skip: 0, limit: 2 }).pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });
});
