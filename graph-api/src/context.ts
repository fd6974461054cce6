/** What every resolver gets: the configuration and this request's services (sharing one set of DataLoaders). */
import type { Graph } from '@strategigrafen/graph-db';
import type { ApiConfig } from './config.js';
import { AggregateCache } from './db/cache.js';
import { GraphReader, type ReaderScope } from './db/reader.js';
import { Loaders } from './loaders.js';
import { pageRequest, type PageRequest } from './pagination/cursor.js';
import { ConceptService } from './concept/concept.service.js';
import { CompareService } from './compare/compare.service.js';
import { CountyService } from './county/county.service.js';
import { DocumentService } from './document/document.service.js';
import { GoalService } from './goal/goal.service.js';
import type { GoalsLikeIndex } from './goal/goals-like.index.js';
import { GoalsLikeService } from './goal/goals-like.service.js';
import { MunicipalityService } from './municipality/municipality.service.js';
import { MunicipalityPages } from './prefetch/municipality-pages.js';
import { OrganisationService } from './organisation/organisation.service.js';
import { SearchService } from './search/search.service.js';
import { StatsService } from './stats/stats.service.js';
import { ThemeService } from './theme/theme.service.js';

export interface ApiContext {
  config: ApiConfig;
  services: Services;
  /** first/after → skip/limit under this server's page size cap */
  page(args: { first?: number | null; after?: string | null }): PageRequest;
}

export type Services = ReturnType<typeof createServices>;

/** What the requests of one server share: whole-graph aggregates, and search results (keyed by the query, so bounded in number). */
export interface SharedCaches {
  aggregates: AggregateCache;
  searches: AggregateCache;
}

/** Search results kept at once (each page holds up to a page of document texts). */
export const MAX_CACHED_SEARCHES = 500;

export function sharedCaches(ttlMs: number): SharedCaches {
  return { aggregates: new AggregateCache(ttlMs), searches: new AggregateCache(ttlMs, Date.now, MAX_CACHED_SEARCHES) };
}

function createServices(db: GraphReader, { aggregates: cache, searches }: SharedCaches, goalsLikeIndex: GoalsLikeIndex | null) {
  const loaders = new Loaders();
  const themes = new ThemeService(db, loaders, cache);
  const taxonomy = () => themes.all();
  const municipalities = new MunicipalityService(db, loaders, taxonomy, cache);
  const goals = new GoalService(db, loaders, taxonomy);
  const documents = new DocumentService(db, loaders, taxonomy);
  return {
    municipalities,
    themes,
    counties: new CountyService(db, loaders, cache),
    organisations: new OrganisationService(db, loaders),
    documents,
    goals,
    municipalityPages: new MunicipalityPages(db, { municipalities, taxonomy }),
    concepts: new ConceptService(db, loaders),
    goalsLike: new GoalsLikeService(db, goals, taxonomy, goalsLikeIndex),
    search: new SearchService(db, taxonomy, searches),
    compare: new CompareService(municipalities, themes),
    stats: new StatsService(db, cache),
  };
}

/**
 * A request's context. Shared by all requests of one server: `caches` (see SharedCaches), and
 * `goalsLike`, the "goals like my draft" engine (without it, goalsLike answers from the full-text index).
 * `scope` is the request's deadline and the server's limit on queries towards Neo4j (see src/db/reader.ts).
 */
export function createContext(
  graph: Graph,
  config: ApiConfig,
  caches: SharedCaches = sharedCaches(0),
  goalsLike: GoalsLikeIndex | null = null,
  scope: ReaderScope = {},
): ApiContext {
  return {
    config,
    services: createServices(new GraphReader(graph, config.queryTimeoutMs, scope), caches, goalsLike),
    page: (args) => pageRequest(args, config.maxPageSize),
  };
}
