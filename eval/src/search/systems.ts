/**
 * The two systems the search evaluation compares, both over the same graph:
 *  - the product: the API's own search (GraphQL `search`, executed in-process through the server's Apollo
 *    instance and resolvers, exactly as a client would ask);
 *  - the bare full-text index the old way: `db.index.fulltext.queryNodes` on document_text and goal_text
 *    with the query's words, phrases and prefixes ANDed (the old default) or ORed, merged by Lucene score.
 * Both rank documents: a goal hit stands for its document, the first occurrence wins.
 */
import type { Graph } from '@strategigrafen/graph-db';

/** Full-text hits read per index, as the API does. */
export const HITS_PER_INDEX = 1000;
/** Hits of the product read per query (the API's largest page). */
export const PRODUCT_HITS = 300;

/** A ranked hit, named by the Document node's id and its source path. */
export interface RankedHit {
  documentId: string;
  path: string | null;
}

export interface ProductAnswer {
  hits: RankedHit[];
  parsedQuery: ParsedQueryShape;
}

export interface ParsedQueryShape {
  words: string[];
  phrases: string[];
  prefixes: string[];
  ignored: string[];
  expanded?: { concept: string; label: string; from: string; terms: string[] }[];
  themes?: { id: string; from: string }[];
}

const BARE = `
CALL () {
  CALL db.index.fulltext.queryNodes('document_text', $lucene, {limit: $cap}) YIELD node, score
  RETURN node AS d, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('goal_text', $lucene, {limit: $cap}) YIELD node, score
  MATCH (d:Document)-[:HAS_GOAL]->(node)
  RETURN d, score
}
RETURN d.id AS documentId, d.path AS path, score ORDER BY score DESC, d.id`;

/** The Lucene query of the old search: the parsed clauses, each required (AND) or optional (OR). */
export function bareLucene(query: { words: string[]; phrases: string[]; prefixes: string[] }, mode: 'AND' | 'OR'): string {
  const required = mode === 'AND' ? '+' : '';
  return [...query.words, ...query.phrases.map((p) => `"${p}"`), ...query.prefixes.map((p) => `${p}*`)].map((c) => required + c).join(' ');
}

export async function bareSearch(graph: Graph, lucene: string): Promise<RankedHit[]> {
  return graph.read<RankedHit>(BARE, { lucene, cap: HITS_PER_INDEX });
}

/** The parts of graph-api the evaluation uses, loaded at run time so that the eval package does not compile the API's decorators. */
interface GraphApi {
  createApp(options: { graph: Graph; config: unknown }): Promise<{
    apollo: { executeOperation(request: { query: string; variables?: Record<string, unknown> }, options: { contextValue: unknown }): Promise<{ body: unknown }> };
    context(): unknown;
    close(): Promise<void>;
  }>;
  defaultConfig(overrides?: Record<string, unknown>): unknown;
  parseQuery(input: string): { words: string[]; phrases: string[]; prefixes: string[]; ignored: string[] };
  /** the ranking's weights, which the API's search service reads on every search (changed for the ablation only) */
  weights: Record<string, number | boolean>;
}

/**
 * The API is loaded through its front doors at run time (not imported statically, so that this package is not
 * type-checked with graph-api's decorator settings).
 */
const GRAPH_API = '@strategigrafen/graph-api';

export async function loadGraphApi(): Promise<GraphApi> {
  const load = (specifier: string) => import(specifier) as Promise<Record<string, unknown>>;
  const [api, internals] = await Promise.all([load(GRAPH_API), load(`${GRAPH_API}/internals`)]);
  return { createApp: api.createApp, defaultConfig: api.defaultConfig, parseQuery: internals.parseQuery, weights: internals.DEFAULT_WEIGHTS } as GraphApi;
}

const SEARCH = `query Evaluate($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    edges { node { document { id path } } }
    parsedQuery { words phrases prefixes ignored %EXTRA% }
  }
}`;

const EXPANSIONS = 'expanded { concept label from terms } themes { id from }';

/** The product's search, asked in-process as a GraphQL client would. */
export class ProductSearch {
  private extra: string | null = null;

  private constructor(private readonly app: Awaited<ReturnType<GraphApi['createApp']>>) {}

  static async start(api: GraphApi, graph: Graph): Promise<ProductSearch> {
    return new ProductSearch(await api.createApp({ graph, config: api.defaultConfig() }));
  }

  async search(query: string): Promise<ProductAnswer> {
    // parsedQuery's expansions are asked for when the schema has them (an older API is evaluated without)
    if (this.extra === null) {
      const probe = await this.run(SEARCH.replace('%EXTRA%', EXPANSIONS), query);
      this.extra = probe.errors?.some((e) => /Cannot query field/.test(e.message)) ? '' : EXPANSIONS;
    }
    const result = await this.run(SEARCH.replace('%EXTRA%', this.extra), query);
    if (result.errors?.length || !result.data) throw new Error(`search "${query}" failed: ${JSON.stringify(result.errors)}`);
    const search = result.data.search;
    return { hits: search.edges.map((e) => ({ documentId: e.node.document.id, path: e.node.document.path })), parsedQuery: search.parsedQuery };
  }

  close(): Promise<void> {
    return this.app.close();
  }

  private async run(text: string, query: string) {
    type Data = { search: { edges: { node: { document: { id: string; path: string | null } } }[]; parsedQuery: ParsedQueryShape } };
    const response = await this.app.apollo.executeOperation({ query: text, variables: { query, first: PRODUCT_HITS } }, { contextValue: this.app.context() });
    const body = response.body as { kind: string; singleResult?: { data?: Data | null; errors?: { message: string }[] } };
    if (body.kind !== 'single' || !body.singleResult) throw new Error('unexpected incremental GraphQL response');
    return body.singleResult;
  }
}
