import neo4j from 'neo4j-driver';
import { AggregateCache } from '../db/cache.js';
import type { GraphReader } from '../db/reader.js';
import { DOCUMENT_FILTER, DOCUMENT_ROW, GOAL_FILTER, GOAL_ROW } from '../db/fragments.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import { toDocument } from '../document/document.service.js';
import type { Document } from '../document/document.type.js';
import { toGoal } from '../goal/goal.service.js';
import type { Goal } from '../goal/goal.type.js';
import { badInput } from '../errors.js';
import { withSubthemes, type Taxonomy } from '../theme/taxonomy.js';
import type { SearchFilter } from './search.input.js';
import { SearchHitKind, SearchMode, type FacetValue, type SearchFacets } from './search.type.js';
import { DEFAULT_WEIGHTS, type RankingWeights } from './ranking.js';

/** Full-text hits considered per index and query (the ranking's tail beyond this is not reachable). */
export const HITS_PER_INDEX = 1000;

/**
 * Documents and goals matching $lucene under the filter, as (kind, d, g, score, addressed) rows:
 *  - each index's scores are divided by its best ($normalise), so that documents (long texts) and goals
 *    (one sentence) compare, and goal scores are weighed by $goalWeight;
 *  - documents that address a theme the query names ($themeIds) are hits by that alone ($themeHits per
 *    unit of theme weight, from a weight of $themeHitMin), added to their text score;
 *  - every score grows with how much the hit's document addresses the query's themes ($themes: {id, ids,
 *    strength}, ids the theme and its subthemes): × (1 + $beta · Σ strength × weight); `addressed` lists them.
 */
const MATCHES = `
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('document_text', $lucene, {limit: $cap}) YIELD node AS d, score
    WHERE 'DOCUMENT' IN $kinds
    RETURN d, score, 0.0 AS theme
    UNION ALL
    UNWIND CASE WHEN $themeHits > 0 AND 'DOCUMENT' IN $kinds THEN $themeIds ELSE [] END AS themeId
    MATCH (d:Document)-[a:ADDRESSES]->(:Theme {id: themeId})
    WITH d, max(coalesce(a.weight, 0.0)) AS theme WHERE theme >= $themeHitMin
    RETURN d, 0.0 AS score, theme ORDER BY theme DESC, d.id LIMIT $cap
  }
  WITH d, max(score) AS score, max(theme) AS theme WHERE ${DOCUMENT_FILTER}
  WITH collect([d, score, theme]) AS rows, max(score) AS top
  UNWIND rows AS row
  RETURN 'DOCUMENT' AS kind, row[0] AS d, null AS g,
    CASE WHEN $normalise AND top > 0 THEN row[1] / top ELSE row[1] END + $themeHits * row[2] AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('goal_text', $lucene, {limit: $cap}) YIELD node AS g, score
  MATCH (d:Document)-[:HAS_GOAL]->(g)
  WITH d, g, score WHERE 'GOAL' IN $kinds AND ${GOAL_FILTER}
    AND ($f.yearFrom IS NULL OR d.year >= $f.yearFrom) AND ($f.yearTo IS NULL OR d.year <= $f.yearTo)
  WITH collect([d, g, score]) AS rows, max(score) AS top
  UNWIND rows AS row
  RETURN 'GOAL' AS kind, row[0] AS d, row[1] AS g, $goalWeight * CASE WHEN $normalise AND top > 0 THEN row[2] / top ELSE row[2] END AS score
}
WITH kind, d, g, score, CASE WHEN size($themes) = 0 THEN [] ELSE [(d)-[a:ADDRESSES]->(t:Theme) | {id: t.id, weight: coalesce(a.weight, 0.0)}] END AS tags
WITH kind, d, g, score, [q IN $themes | reduce(best = 0.0, tag IN tags | CASE WHEN tag.id IN q.ids AND tag.weight > best THEN tag.weight ELSE best END)] AS fits
WITH kind, d, g,
  score * (1 + $beta * reduce(fit = 0.0, i IN range(0, size(fits) - 1) | fit + $themes[i].strength * fits[i])) AS score,
  [i IN range(0, size(fits) - 1) WHERE fits[i] > 0 | $themes[i].id] AS addressed`;

const SEARCH = `
${MATCHES}
WITH kind, d, g, score, addressed ORDER BY score DESC, d.id, g.id
WITH collect([kind, d, g, score, addressed]) AS rows
CALL (rows) {
  UNWIND rows[$skip..$skip + $limit] AS hit
  WITH hit[0] AS kind, hit[1] AS d, hit[2] AS g, hit[3] AS score, hit[4] AS addressed
  RETURN collect({
    kind: kind,
    score: score,
    themes: addressed,
    document: ${DOCUMENT_ROW},
    text: CASE kind WHEN 'DOCUMENT' THEN coalesce(d.text, '') END,
    goal: CASE WHEN g IS NULL THEN null ELSE ${GOAL_ROW} END
  }) AS items
}
RETURN size(rows) AS total, items`;

const FACETS = `
${MATCHES}
WITH kind, d, g, [(m:Municipality)-[:PUBLISHED]->(d) | m][0] AS m
RETURN kind, d.kind AS documentKind, d.year AS year, m.code AS municipalityCode, m.name AS municipalityName,
  [(m)-[:IN_COUNTY]->(c:County) | c {.code, .name}][0] AS county,
  CASE kind WHEN 'GOAL' THEN [(g)-[:ABOUT]->(t:Theme) | t {.id, .labelSv}] ELSE [(d)-[:ADDRESSES]->(t:Theme) | t {.id, .labelSv}] END AS themes`;

export interface SearchQuery {
  lucene: string;
  filter: SearchFilter;
  /** themes the query names (queryConcepts), which raise the hits of documents addressing them */
  themes?: { theme: string; strength: number }[];
}

export interface StoredHit {
  kind: SearchHitKind;
  score: number;
  /** the themes named by the query that the hit's document addresses */
  themes: string[];
  document: Document;
  /** the document's text, for DOCUMENT hits */
  text: string | null;
  goal: Goal | null;
}

function params({ lucene, filter, themes = [] }: SearchQuery, taxonomy: Taxonomy, weights: RankingWeights) {
  const kinds = filter.kinds?.length ? filter.kinds : [SearchHitKind.DOCUMENT, SearchHitKind.GOAL];
  const f = {
    municipality: filter.municipality ?? null,
    county: filter.county ?? null,
    organisation: null,
    themes: filter.theme ? withSubthemes(taxonomy, filter.theme) : null,
    kind: filter.documentKind ?? null,
    documentKind: filter.documentKind ?? null,
    yearFrom: filter.yearFrom ?? null,
    yearTo: filter.yearTo ?? null,
    hasText: null,
    level: null,
    measurable: null,
    actor: null,
  };
  // a named theme includes its subthemes
  const queryThemes = themes.filter((t) => taxonomy.has(t.theme)).map((t) => ({ id: t.theme, ids: withSubthemes(taxonomy, t.theme), strength: t.strength }));
  // in ALL mode every word must be in the text, so a theme alone makes no hit
  const themeHits = (filter.mode ?? SearchMode.ANY) === SearchMode.ANY ? weights.themeHits : 0;
  return {
    lucene,
    kinds,
    f,
    cap: neo4j.int(HITS_PER_INDEX),
    normalise: weights.normalise,
    goalWeight: weights.goal,
    beta: weights.theme,
    themes: queryThemes,
    themeIds: [...new Set(queryThemes.filter((t) => t.strength >= 1).flatMap((t) => t.ids))],
    themeHits,
    themeHitMin: weights.themeHitMin,
  };
}

export class SearchService {
  /**
   * `results`: highlighted pages (see results.ts) and facets of the same query are kept there: the full-text
   * indexes alone take tens of milliseconds, and highlighting a page of hits about ten more
   */
  constructor(
    private readonly db: GraphReader,
    private readonly taxonomy: () => Promise<Taxonomy>,
    readonly results: AggregateCache = new AggregateCache(0),
    readonly weights: RankingWeights = DEFAULT_WEIGHTS,
  ) {}

  async search(query: SearchQuery, page: PageRequest): Promise<Page<StoredHit>> {
    type Row = { total: number; items: (Omit<StoredHit, 'document' | 'goal'> & { document: Document; goal: Parameters<typeof toGoal>[0] | null })[] };
    const taxonomy = await this.taxonomy();
    const row = await this.run(() => this.db.first<Row>(SEARCH, { ...params(query, taxonomy, this.weights), ...pageParams(page) }));
    return {
      total: row?.total ?? 0,
      items: (row?.items ?? []).map((x) => ({ ...x, document: toDocument(x.document), goal: x.goal ? toGoal(x.goal) : null })),
    };
  }

  async facets(query: SearchQuery): Promise<SearchFacets> {
    const p = params(query, await this.taxonomy(), this.weights);
    return this.results.get(`facets:${JSON.stringify(p)}`, () => this.countFacets(p));
  }

  private async countFacets(p: ReturnType<typeof params>): Promise<SearchFacets> {
    type Row = {
      kind: string;
      documentKind: string | null;
      year: number | null;
      municipalityCode: string | null;
      municipalityName: string | null;
      county: { code: string; name: string } | null;
      themes: { id: string; labelSv: string | null }[];
    };
    const rows = await this.run(() => this.db.rows<Row>(FACETS, p));
    const facet = () => new Map<string, FacetValue>();
    const kinds = facet(), counties = facet(), municipalities = facet(), themes = facet(), documentKinds = facet(), years = facet();
    const add = (into: Map<string, FacetValue>, value: string | null | undefined, label: string | null | undefined) => {
      if (value === null || value === undefined) return;
      const entry = into.get(value) ?? { value, label: label ?? value, count: 0 };
      entry.count++;
      into.set(value, entry);
    };
    for (const r of rows) {
      add(kinds, r.kind, r.kind);
      add(counties, r.county?.code, r.county?.name);
      add(municipalities, r.municipalityCode, r.municipalityName);
      for (const t of r.themes) add(themes, t.id, t.labelSv);
      add(documentKinds, r.documentKind, r.documentKind);
      add(years, r.year === null ? null : String(r.year), null);
    }
    const sorted = (m: Map<string, FacetValue>) => [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv'));
    return {
      kinds: sorted(kinds),
      counties: sorted(counties),
      municipalities: sorted(municipalities),
      themes: sorted(themes),
      documentKinds: sorted(documentKinds),
      years: [...years.values()].sort((a, b) => b.value.localeCompare(a.value)),
    };
  }

  /** The query builder only emits valid Lucene; should the index still refuse it, that is the input's fault, not a server error. */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Error && /ParseException|TooManyClauses|Cannot parse/i.test(error.message)) {
        throw badInput('The search text could not be understood; use words, "exact phrases" or prefix*.', 'query');
      }
      throw error;
    }
  }
}
