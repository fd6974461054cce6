/** A page of rows and the Relay connection made from it; free of GraphQL decorators so it is usable anywhere. */
import { encodeCursor, type PageRequest } from './cursor.js';

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** One page of rows as a service returns it: the rows plus the size of the whole list. */
export interface Page<T> {
  items: T[];
  total: number;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<E> {
  edges: E[];
  pageInfo: PageInfoShape;
  totalCount: number;
}

/** Builds a connection; `edge` lets edge types carry data about the link itself (score, weight…). */
export function toConnection<T, E extends { cursor: string } = Edge<T>>(
  page: Page<T>,
  request: PageRequest,
  edge: (item: T, cursor: string) => E = (node, cursor) => ({ cursor, node }) as unknown as E,
): ConnectionShape<E> {
  const edges = page.items.map((item, i) => edge(item, encodeCursor(request.skip + i)));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: request.skip + page.items.length < page.total,
      hasPreviousPage: request.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

