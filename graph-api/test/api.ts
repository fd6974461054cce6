/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON in tests */
/** Test helpers: the API on a free port, and a GraphQL client over real HTTP. */
import type { Graph } from '@strategigrafen/graph-db';
import { defaultConfig, type ApiConfig } from '../src/config.js';
import { createApp, type App } from '../src/server.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  raw: string;
}

export interface RunningApi {
  app: App;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** like gql, but fails the test on any error and returns data */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startApi(graph: Graph, config: Partial<ApiConfig> = {}, webDist?: string): Promise<RunningApi> {
  const app = await createApp({ graph, config: defaultConfig(config), webDist });
  const url = await app.listen(0, '127.0.0.1');
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const raw = await response.text();
    return { status: response.status, raw, ...(JSON.parse(raw) as object) };
  };
  return {
    app,
    url,
    gql,
    data: async <T>(query: string, variables?: Record<string, unknown>) => {
      const response = await gql<T>(query, variables);
      if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data;
    },
    close: () => app.close(),
  };
}

/** The error codes of a response, in order. */
export const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

export interface ConnectionPage<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: N }[];
}

/** Walks a connection page by page; `fetchPage(after)` returns the connection for that cursor. */
export async function walk<N>(fetchPage: (after: string | null) => Promise<ConnectionPage<N>>): Promise<{ nodes: N[]; pages: ConnectionPage<N>[] }> {
  const pages: ConnectionPage<N>[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await fetchPage(after);
    pages.push(page);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes: pages.flatMap((p) => p.edges.map((e) => e.node)), pages };
}
