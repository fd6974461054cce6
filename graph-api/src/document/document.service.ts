import { decodeSections, decodeSpans, type StoredSpan } from '@strategigrafen/schema';
import type { GraphReader } from '../db/reader.js';
import { DOCUMENT_FILTER, DOCUMENT_ROW, swedishSortKey, tagRow } from '../db/fragments.js';
import { byKey, type Loaders } from '../loaders.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import { toThemeTags, withSubthemes, type StoredTag, type Taxonomy } from '../theme/taxonomy.js';
import type { ThemeTag } from '../theme/theme.type.js';
import type { Document, ReusedPassages, TextSection } from './document.type.js';
import type { DocumentFilter, DocumentOrder } from './document.input.js';

/** Sort key (descending) per DocumentOrder; ties, and TITLE, fall back to title then id. One branch per query, so one type. */
const ORDER_KEY = `CASE $orderBy
  WHEN 'YEAR_DESC' THEN coalesce(d.year, -1)
  WHEN 'RECENT' THEN coalesce(COLLECT { MATCH (r:IngestRun)-[:INGESTED]->(d) RETURN r.startedAt ORDER BY r.startedAt DESC LIMIT 1 }[0], '')
  ELSE 0 END`;

/** Counts all matches, then sorts only as far as the page needs (top-k) instead of collecting them all. */
const LIST = `
CALL () {
  MATCH (d:Document) WHERE ${DOCUMENT_FILTER}
  RETURN count(d) AS total
}
CALL () {
  MATCH (d:Document) WHERE ${DOCUMENT_FILTER}
  WITH d, ${ORDER_KEY} AS sortKey
  ORDER BY sortKey DESC, ${swedishSortKey('d.title')}, d.id
  SKIP $skip LIMIT $limit
  RETURN collect(${DOCUMENT_ROW}) AS items
}
RETURN total, items`;

/** The same, starting from the themes asked for. */
const LIST_ON_THEMES = `
CALL () {
  MATCH (t:Theme)<-[:ADDRESSES]-(d:Document) WHERE t.id IN $f.themes
  WITH DISTINCT d WHERE ${DOCUMENT_FILTER}
  RETURN count(d) AS total
}
CALL () {
  MATCH (t:Theme)<-[:ADDRESSES]-(d:Document) WHERE t.id IN $f.themes
  WITH DISTINCT d WHERE ${DOCUMENT_FILTER}
  WITH d, ${ORDER_KEY} AS sortKey
  ORDER BY sortKey DESC, ${swedishSortKey('d.title')}, d.id
  SKIP $skip LIMIT $limit
  RETURN collect(${DOCUMENT_ROW}) AS items
}
RETURN total, items`;

const LIST_MATCHING_TEXT = `
CALL db.index.fulltext.queryNodes('document_text', $lucene, {limit: $textLimit}) YIELD node AS d, score
WITH d, score WHERE ${DOCUMENT_FILTER}
WITH d ORDER BY score DESC, d.id
WITH collect(d) AS rows
RETURN size(rows) AS total, [d IN rows[$skip..$skip + $limit] | ${DOCUMENT_ROW}] AS items`;

/**
 * The documents of the municipality `m` (published by it or by one of its organisations) that pass the filter,
 * in the order asked for, as `rows`; none when `m` is null.
 */
export const MUNICIPALITY_DOCUMENTS = `
CALL (m) {
  CALL (m) {
    MATCH (m)-[:PUBLISHED]->(d:Document) RETURN d
    UNION
    MATCH (m)<-[:PART_OF]-(:Organisation)-[:PUBLISHED]->(d:Document) RETURN d
  }
  WITH d WHERE ${DOCUMENT_FILTER}
  WITH d, ${ORDER_KEY} AS sortKey
  ORDER BY sortKey DESC, ${swedishSortKey('d.title')}, d.id
  RETURN collect(d) AS rows
}`;

/** Documents of several municipalities at once. */
const OF_MUNICIPALITIES = `
UNWIND $keys AS key
OPTIONAL MATCH (m:Municipality {code: key})
${MUNICIPALITY_DOCUMENTS}
RETURN key, size(rows) AS total, [d IN rows[$skip..$skip + $limit] | ${DOCUMENT_ROW}] AS items`;

const OF_ORGANISATIONS = `
UNWIND $keys AS key
CALL (key) {
  OPTIONAL MATCH (:Organisation {id: key})-[:PUBLISHED]->(d:Document)
  WITH d ORDER BY ${swedishSortKey('d.title')}, d.id
  RETURN collect(d) AS rows
}
RETURN key, size(rows) AS total, [d IN rows[$skip..$skip + $limit] | ${DOCUMENT_ROW}] AS items`;

/** RELATED_TO read in both directions: a seed page's list, and the seed page seen from a listed title. */
const RELATED = `
UNWIND $keys AS key
CALL (key) {
  OPTIONAL MATCH (:Document {id: key})-[:RELATED_TO]-(d:Document)
  WITH DISTINCT d ORDER BY ${swedishSortKey('d.title')}, d.id
  RETURN collect(d) AS rows
}
RETURN key, size(rows) AS total, [d IN rows[$skip..$skip + $limit] | ${DOCUMENT_ROW}] AS items`;

/** Documents addressing a theme or one of its subthemes, per theme id, by title. */
const OF_THEMES = `
UNWIND $keys AS key
CALL (key) {
  MATCH (:Theme {id: key})<-[:SUBTHEME_OF*0..]-(:Theme)<-[:ADDRESSES]-(d:Document)
  WITH DISTINCT d ORDER BY ${swedishSortKey('d.title')}, d.id
  RETURN collect(d) AS rows
}
RETURN key, size(rows) AS total, [d IN rows[$skip..$skip + $limit] | ${DOCUMENT_ROW}] AS items`;

const BY_IDS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN ${DOCUMENT_ROW} AS row`;

const TEXTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, coalesce(d.text, '') AS text, d.sections AS sections`;

const THEMES = `
UNWIND $ids AS key
MATCH (:Document {id: key})-[a:ADDRESSES]->(t:Theme)
WITH key, a, t ORDER BY a.weight DESC, t.id
RETURN key, collect(${tagRow('all')}) AS tags`;

/** REUSES read in both directions; spans are stored as seen from the start node, so `outgoing` says whose they are. */
const REUSED = `
UNWIND $keys AS key
CALL (key) {
  OPTIONAL MATCH (me:Document {id: key})-[r:REUSES]-(d:Document)
  WITH r, d, startNode(r) = me AS outgoing
  ORDER BY r.overlap DESC, d.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {overlap: r.overlap, spans: r.spans, outgoing: outgoing, d: d} END) AS rows
}
RETURN key, size(rows) AS total, [x IN rows[$skip..$skip + $limit] | {overlap: x.overlap, spans: x.spans, outgoing: x.outgoing, document: [d IN [x.d] | ${DOCUMENT_ROW}][0]}] AS items`;

export interface DocumentPageFilter {
  filter: DocumentFilter;
  orderBy: DocumentOrder;
  /** the Lucene query compiled from filter.text, if any */
  lucene: string | null;
}

export interface StoredReuse {
  document: Document;
  overlap: number;
  /** the stored spans, oriented so that the first of each pair is in this document */
  spans: Span[];
}

/** Full-text hits considered per query; enough for any list a person pages through. */
export const TEXT_LIMIT = 1000;

export function toDocument(row: Document): Document {
  return {
    id: row.id,
    title: row.title ?? '',
    kind: row.kind ?? 'övrigt',
    area: row.area ?? null,
    year: row.year ?? null,
    adoptedBy: row.adoptedBy ?? null,
    adoptedOn: row.adoptedOn ?? null,
    dnr: row.dnr ?? null,
    path: row.path ?? null,
    sourceUrl: row.sourceUrl ?? null,
    fetchedAt: row.fetchedAt ?? null,
    fileName: row.fileName ?? null,
    published: row.published ?? null,
    hasText: row.hasText ?? false,
    synthetic: row.synthetic ?? false,
    municipalityCode: row.municipalityCode ?? null,
    organisationId: row.organisationId ?? null,
  };
}

const toPage = (row: { total: number; items: Document[] } | undefined): Page<Document> => ({
  total: row?.total ?? 0,
  items: (row?.items ?? []).map(toDocument),
});

export function filterParams(filter: DocumentFilter, taxonomy: Taxonomy) {
  return {
    municipality: filter.municipality ?? null,
    county: filter.county ?? null,
    organisation: filter.organisation ?? null,
    themes: filter.theme ? withSubthemes(taxonomy, filter.theme) : null,
    kind: filter.kind ?? null,
    yearFrom: filter.yearFrom ?? null,
    yearTo: filter.yearTo ?? null,
    hasText: filter.hasText ?? null,
  };
}

export class DocumentService {
  constructor(
    private readonly db: GraphReader,
    private readonly loaders: Loaders,
    private readonly taxonomy: () => Promise<Taxonomy>,
  ) {}

  byId(id: string): Promise<Document | null> {
    return this.loaders
      .get<string, Document | null>('document', null, async (ids) => {
        const rows = await this.db.rows<{ row: Document }>(BY_IDS, { ids });
        return byKey(ids, rows, (r) => r.row.id, null, (r) => toDocument(r.row));
      })
      .load(id);
  }

  async list({ filter, orderBy, lucene }: DocumentPageFilter, page: PageRequest): Promise<Page<Document>> {
    const f = filterParams(filter, await this.taxonomy());
    const params = { f, orderBy, lucene, textLimit: TEXT_LIMIT, ...pageParams(page) };
    return toPage(await this.db.first(lucene ? LIST_MATCHING_TEXT : f.themes ? LIST_ON_THEMES : LIST, params));
  }

  async ofMunicipality(code: string, filter: DocumentFilter, orderBy: DocumentOrder, page: PageRequest): Promise<Page<Document>> {
    const f = { ...filterParams(filter, await this.taxonomy()), municipality: null };
    return this.paged('documentsOfMunicipality', OF_MUNICIPALITIES, { f, orderBy, ...pageParams(page) }, code);
  }

  ofOrganisation(id: string, page: PageRequest): Promise<Page<Document>> {
    return this.paged('documentsOfOrganisation', OF_ORGANISATIONS, { ...pageParams(page) }, id);
  }

  ofTheme(themeId: string, page: PageRequest): Promise<Page<Document>> {
    return this.paged('documentsOfTheme', OF_THEMES, { ...pageParams(page) }, themeId);
  }

  related(id: string, page: PageRequest): Promise<Page<Document>> {
    return this.paged('relatedDocuments', RELATED, { ...pageParams(page) }, id);
  }

  private paged(name: string, cypher: string, params: Record<string, unknown>, key: string): Promise<Page<Document>> {
    return this.pages(name, cypher, params).load(key);
  }

  private pages(name: string, cypher: string, params: Record<string, unknown>) {
    return this.loaders.get<string, Page<Document>>(name, params, async (keys) => {
      const rows = await this.db.rows<{ key: string; total: number; items: Document[] }>(cypher, { ...params, keys });
      return byKey(keys, rows, (r) => r.key, { total: 0, items: [] }, toPage);
    });
  }

  /** The body text ('' for title-only documents) and its stored section outline, if any. */
  textOf(id: string): Promise<{ text: string; sections: unknown }> {
    return this.loaders
      .get<string, { text: string; sections: unknown }>('documentText', null, async (ids) => {
        const rows = await this.db.rows<{ id: string; text: string; sections: unknown }>(TEXTS, { ids });
        return byKey(ids, rows, (r) => r.id, { text: '', sections: null });
      })
      .load(id);
  }

  async sections(id: string): Promise<TextSection[]> {
    const { text, sections } = await this.textOf(id);
    return toSections(text, sections);
  }

  themes(id: string): Promise<ThemeTag[]> {
    return this.loaders
      .get<string, ThemeTag[]>('documentThemes', null, async (ids) => {
        const [rows, themes] = await Promise.all([this.db.rows<{ key: string; tags: StoredTag[] }>(THEMES, { ids }), this.taxonomy()]);
        return byKey(ids, rows, (r) => r.key, [], (r) => toThemeTags(r.tags, themes));
      })
      .load(id);
  }

  reused(id: string, page: PageRequest): Promise<Page<StoredReuse>> {
    return this.loaders
      .get<string, Page<StoredReuse>>('reusedPassages', page, async (keys) => {
        type Row = { key: string; total: number; items: { overlap: number; spans: unknown; outgoing: boolean; document: Document }[] };
        const rows = await this.db.rows<Row>(REUSED, { keys, ...pageParams(page) });
        return byKey(keys, rows, (r) => r.key, { total: 0, items: [] }, (r) => ({
          total: r.total,
          items: r.items.map((x) => ({ document: toDocument(x.document), overlap: x.overlap ?? 0, spans: orientSpans(decodeSpans(x.spans), x.outgoing) })),
        }));
      })
      .load(id);
  }

  /** A page of `reused(id)` with each span's text in both documents. */
  async reusedPassages(id: string, page: PageRequest): Promise<Page<ReusedPassages>> {
    const reuses = await this.reused(id, page);
    const [own, others] = await Promise.all([this.textOf(id), Promise.all(reuses.items.map((r) => this.textOf(r.document.id)))]);
    const items = reuses.items.map((reuse, i) => ({
      document: reuse.document,
      overlap: reuse.overlap,
      passages: reuse.spans.map((s) => ({ ...s, text: own.text.slice(s.start, s.end), otherText: others[i]!.text.slice(s.otherStart, s.otherEnd) })),
    }));
    return { total: reuses.total, items };
  }
}

type Span = { start: number; end: number; otherStart: number; otherEnd: number };

/** Stored spans are seen from the REUSES start node: turned round when this document is the end node. */
function orientSpans(spans: readonly StoredSpan[], outgoing: boolean): Span[] {
  return spans.map((s) =>
    outgoing ? { start: s.aStart, end: s.aEnd, otherStart: s.bStart, otherEnd: s.bEnd } : { start: s.bStart, end: s.bEnd, otherStart: s.aStart, otherEnd: s.aEnd },
  );
}

/** The stored outline's sections with their text, or the whole text as one section when it has no outline. */
function toSections(text: string, stored: unknown): TextSection[] {
  const outline = decodeSections(stored);
  if (outline.length) return outline.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  return text ? [{ heading: null, start: 0, end: text.length, text }] : [];
}
