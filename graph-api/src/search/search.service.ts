import type { GraphReader } from '../db/reader.js';
import { DOCUMENT_FILTER, DOCUMENT_ROW, GOAL_FILTER, GOAL_ROW } from '../db/fragments.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import { toDocument } from '../document/document.service.js';
import type { Document } from '../document/document.type.js';
import { toGoal } from '../goal/goal.service.js';
import type { Goal } from '../goal/goal.type.js';
import { badInput } from '../errors.js';
import { withSubthemes, type Taxonomy } from '../theme/theme.service.js';
import type { SearchFilter } from './search.input.js';
import { SearchHitKind, type FacetValue, type SearchFacets } from './search.type.js';

/** Full-text hits considered per index and query (the ranking's tail beyond this is not reachable). */
export const HITS_PER_INDEX = 1000;

/** Documents and goals matching $lucene under the filter, as (kind, d, g, score) rows. */
const MATCHES = `
CALL () {
  CALL db.index.fulltext.queryNodes('document_text', $lucene, {limit: $cap}) YIELD node AS d, score
  WITH d, score WHERE 'DOCUMENT' IN $kinds AND ${DOCUMENT_FILTER}
  RETURN 'DOCUMENT' AS kind, d, null AS g, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('goal_text', $lucene, {limit: $cap}) YIELD node AS g, score
  MATCH (d:Document)-[:HAS_GOAL]->(g)
  WITH d, g, score WHERE 'GOAL' IN $kinds AND ${GOAL_FILTER}
    AND ($f.yearFrom IS NULL OR d.year >= $f.yearFrom) AND ($f.yearTo IS NULL OR d.year <= $f.yearTo)
  RETURN 'GOAL' AS kind, d, g, score
}`;

const SEARCH = `
${MATCHES}
WITH kind, d, g, score ORDER BY score DESC, d.id, g.id
WITH collect([kind, d, g, score]) AS rows
CALL (rows) {
  UNWIND rows[$skip..$skip + $limit] AS hit
  WITH hit[0] AS kind, hit[1] AS d, hit[2] AS g, hit[3] AS score
  RETURN collect({
    kind: kind,
    score: score,
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
}

export interface StoredHit {
  kind: SearchHitKind;
  score: number;
  document: Document;
  /** the document's text, for DOCUMENT hits */
  text: string | null;
  goal: Goal | null;
}

function params({ lucene, filter }: SearchQuery, taxonomy: Taxonomy) {
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
  return { lucene, kinds, f, cap: HITS_PER_INDEX };
}

export class SearchService {
  constructor(
    private readonly db: GraphReader,
    private readonly taxonomy: () => Promise<Taxonomy>,
  ) {}

  async search(query: SearchQuery, page: PageRequest): Promise<Page<StoredHit>> {
    type Row = { total: number; items: (Omit<StoredHit, 'document' | 'goal'> & { document: Document; goal: Parameters<typeof toGoal>[0] | null })[] };
    const taxonomy = await this.taxonomy();
    const row = await this.run(() => this.db.first<Row>(SEARCH, { ...params(query, taxonomy), ...pageParams(page) }));
    return {
      total: row?.total ?? 0,
      items: (row?.items ?? []).map((x) => ({ ...x, document: toDocument(x.document), goal: x.goal ? toGoal(x.goal) : null })),
    };
  }

  async facets(query: SearchQuery): Promise<SearchFacets> {
    type Row = {
      kind: string;
      documentKind: string | null;
      year: number | null;
      municipalityCode: string | null;
      municipalityName: string | null;
      county: { code: string; name: string } | null;
      themes: { id: string; labelSv: string | null }[];
    };
    const taxonomy = await this.taxonomy();
    const rows = await this.run(() => this.db.rows<Row>(FACETS, params(query, taxonomy)));
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
