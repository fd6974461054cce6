/**
 * Opaque cursors for Relay-style pagination. A cursor names a position in a list's stable order
 * (every list query ends its ORDER BY with a unique key), so `after` means "skip past this position".
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { badInput } from '../errors.js';

const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(PREFIX.length));
  if (!decoded.startsWith(PREFIX) || !/^\d{1,9}$/.test(decoded.slice(PREFIX.length)) || !Number.isSafeInteger(offset)) {
    throw badInput(`"${cursor}" is not a cursor from this API; pass the endCursor of a previous page as \`after\`.`, 'after');
  }
  return offset;
}

export interface PageRequest {
  /** rows to skip */
  skip: number;
  /** rows to return */
  limit: number;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Turns `first`/`after` into skip/limit, enforcing the page size cap. */
export function pageRequest(args: { first?: number | null; after?: string | null }, maxPageSize: number, defaultSize = DEFAULT_PAGE_SIZE): PageRequest {
  const first = args.first ?? Math.min(defaultSize, maxPageSize);
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badInput(`first must be between 0 and ${maxPageSize} (got ${first}).`, 'first');
  }
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  return { skip, limit: first };
}

/**
 * A page request as Cypher parameters. SKIP and LIMIT demand integers, and JavaScript numbers reach
 * Neo4j as floats, so they travel as neo4j Integers.
 */
export function pageParams(page: PageRequest): { skip: Integer; limit: Integer } {
  return { skip: neo4j.int(page.skip), limit: neo4j.int(page.limit) };
}
