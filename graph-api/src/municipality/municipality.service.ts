import type { AggregateCache } from '../db/cache.js';
import type { GraphReader } from '../db/reader.js';
import { MUNICIPALITY_DOCUMENT_COUNT, MUNICIPALITY_ROW, swedishSortKey } from '../db/fragments.js';
import { byKey, type Loaders } from '../loaders.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import type { Taxonomy } from '../theme/taxonomy.js';
import type { Theme } from '../theme/theme.type.js';
import type { Municipality } from './municipality.type.js';
import type { MunicipalityFilter, MunicipalityOrder } from './municipality.input.js';
import { rankSimilarMunicipalities, type Profile, type SimilarMunicipality } from './similarity.js';

const ALL = `
MATCH (m:Municipality)
RETURN ${MUNICIPALITY_ROW} AS row`;

const BY_NAME = `
MATCH (m:Municipality)
WHERE toLower(m.name) = toLower($name)
RETURN ${MUNICIPALITY_ROW} AS row
ORDER BY m.code
LIMIT 1`;

const LIST = `
MATCH (m:Municipality)
WHERE ($f.county IS NULL OR EXISTS { (m)-[:IN_COUNTY]->(:County {code: $f.county}) })
  AND ($f.text IS NULL OR toLower(m.name) CONTAINS toLower($f.text) OR m.code = $f.text)
  AND ($f.theme IS NULL OR EXISTS { (m)-[:PUBLISHED]->(:Document)-[:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(:Theme {id: $f.theme}) })
  AND ($f.hasDocuments IS NULL OR EXISTS { (m)-[:PUBLISHED]->(:Document) } = $f.hasDocuments)
WITH m, CASE $orderBy WHEN 'DOCUMENTS' THEN ${MUNICIPALITY_DOCUMENT_COUNT} ELSE 0 END AS documents
ORDER BY documents DESC, ${swedishSortKey('m.name')}, m.code
WITH collect(m) AS rows
RETURN size(rows) AS total, [m IN rows[$skip..$skip + $limit] | ${MUNICIPALITY_ROW}] AS items`;

const OF_COUNTIES = `
UNWIND $codes AS key
CALL (key) {
  OPTIONAL MATCH (m:Municipality)-[:IN_COUNTY]->(:County {code: key})
  WITH m ORDER BY ${swedishSortKey('m.name')}, m.code
  RETURN collect(m) AS rows
}
RETURN key, size(rows) AS total, [m IN rows[$skip..$skip + $limit] | ${MUNICIPALITY_ROW}] AS items`;

/**
 * Per municipality and theme, as tagged (no roll-up into parent themes): summed ADDRESSES weights of
 * its own documents, how many of them address the theme, and how many of its goals are about it.
 */
const THEME_PROFILES = `
UNWIND $codes AS key
MATCH (m:Municipality {code: key})
CALL (m) {
  MATCH (m)-[:PUBLISHED]->(d:Document)-[a:ADDRESSES]->(t:Theme)
  RETURN t, sum(a.weight) AS weight, count(DISTINCT d) AS documentCount, 0 AS goalCount
  UNION ALL
  MATCH (m)-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(g:Goal)-[:ABOUT]->(t:Theme)
  RETURN t, 0.0 AS weight, 0 AS documentCount, count(DISTINCT g) AS goalCount
}
WITH key, t, sum(weight) AS weight, sum(documentCount) AS documentCount, sum(goalCount) AS goalCount
RETURN key, t.id AS themeId, weight, documentCount, goalCount
ORDER BY key, weight DESC, goalCount DESC, t.id`;

const COUNTS = `
UNWIND $codes AS key
MATCH (m:Municipality {code: key})
RETURN key,
  ${MUNICIPALITY_DOCUMENT_COUNT} AS documents,
  COUNT { (m)-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(:Goal) } AS goals`;

/** Every municipality's theme profile: summed ADDRESSES weights of its own documents per theme. */
const PROFILES = `
MATCH (m:Municipality)-[:PUBLISHED]->(:Document)-[a:ADDRESSES]->(t:Theme)
RETURN m.code AS code, t.id AS theme, sum(a.weight) AS weight`;

/** How many SIMILAR_TO links join goals of municipality $code to goals of each other municipality. */
const GOAL_LINKS = `
MATCH (me:Municipality {code: $code})-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(:Goal)-[:SIMILAR_TO]-(:Goal)<-[:HAS_GOAL]-(:Document)<-[:PUBLISHED]-(other:Municipality)
WHERE other <> me
RETURN other.code AS code, count(*) AS links`;


export interface ThemeProfileEntry {
  theme: Theme;
  weight: number;
  share: number;
  documentCount: number;
  goalCount: number;
}

/** One of the municipalities most like another: the fields of a SimilarMunicipalityEdge but its cursor. */
export interface SimilarMunicipalityItem extends Omit<SimilarMunicipality, 'code' | 'sharedThemes'> {
  node: Municipality;
  sharedThemes: Theme[];
}

export interface MunicipalityCounts {
  documents: number;
  goals: number;
}

export function toMunicipality(row: Municipality): Municipality {
  return { code: row.code, name: row.name, lat: row.lat ?? null, lon: row.lon ?? null, countyCode: row.countyCode ?? null };
}


export class MunicipalityService {
  constructor(
    private readonly db: GraphReader,
    private readonly loaders: Loaders,
    private readonly taxonomy: () => Promise<Taxonomy>,
    private readonly cache: AggregateCache,
  ) {}

  byCode(code: string): Promise<Municipality | null> {
    return this.byCodeLoader().load(code);
  }

  /** Remembers a municipality read elsewhere (src/prefetch). */
  prime(municipality: Municipality): void {
    this.byCodeLoader().prime(municipality.code, municipality);
  }

  /** Municipalities are few (290) and change only with ingest: all of them are read once per cache period. */
  private byCodeLoader() {
    return this.loaders.get<string, Municipality | null>('municipality', null, async (codes) => {
      const all = await this.cache.get('municipalities', async () => {
        const rows = await this.db.rows<{ row: Municipality }>(ALL);
        return new Map(rows.map((r) => [r.row.code, toMunicipality(r.row)]));
      });
      return codes.map((code) => all.get(code) ?? null);
    });
  }

  async byName(name: string): Promise<Municipality | null> {
    const row = await this.db.first<{ row: Municipality }>(BY_NAME, { name: name.trim() });
    return row ? toMunicipality(row.row) : null;
  }

  async list(filter: MunicipalityFilter, orderBy: MunicipalityOrder, page: PageRequest): Promise<Page<Municipality>> {
    const f = { county: filter.county ?? null, theme: filter.theme ?? null, text: filter.text?.trim() || null, hasDocuments: filter.hasDocuments ?? null };
    const row = await this.db.first<{ total: number; items: Municipality[] }>(LIST, { f, orderBy, ...pageParams(page) });
    return { total: row?.total ?? 0, items: (row?.items ?? []).map(toMunicipality) };
  }

  ofCounty(code: string, page: PageRequest): Promise<Page<Municipality>> {
    return this.loaders
      .get<string, Page<Municipality>>('municipalitiesOfCounty', page, async (codes) => {
        const rows = await this.db.rows<{ key: string; total: number; items: Municipality[] }>(OF_COUNTIES, { codes, ...pageParams(page) });
        return byKey(codes, rows, (r) => r.key, { total: 0, items: [] }, (r) => ({ total: r.total, items: r.items.map(toMunicipality) }));
      })
      .load(code);
  }

  /** Themes the municipality's documents address, strongest first; shared by all requests for the cache period, like the counts. */
  themeProfile(code: string): Promise<ThemeProfileEntry[]> {
    return this.cache.get(`themeProfile:${code}`, () => this.themeProfileLoader().load(code));
  }

  private themeProfileLoader() {
    return this.loaders
      .get<string, ThemeProfileEntry[]>('themeProfile', null, async (codes) => {
        type Row = { key: string; themeId: string; weight: number; documentCount: number; goalCount: number };
        const [rows, themes] = await Promise.all([this.db.rows<Row>(THEME_PROFILES, { codes }), this.taxonomy()]);
        return codes.map((code) => {
          const mine = rows.filter((r) => r.key === code && themes.has(r.themeId));
          const top = mine[0]?.weight ?? 0;
          return mine.map((r) => ({ theme: themes.get(r.themeId)!, weight: r.weight, share: top > 0 ? r.weight / top : 0, documentCount: r.documentCount, goalCount: r.goalCount }));
        });
      });
  }

  counts(code: string): Promise<MunicipalityCounts> {
    return this.cache.get(`municipalityCounts:${code}`, () =>
      this.loaders
        .get<string, MunicipalityCounts>('municipalityCounts', null, async (codes) => {
          const rows = await this.db.rows<{ key: string; documents: number; goals: number }>(COUNTS, { codes });
          return byKey(codes, rows, (r) => r.key, { documents: 0, goals: 0 }, (r) => ({ documents: r.documents, goals: r.goals }));
        })
        .load(code),
    );
  }

  /**
   * Other municipalities ranked by theme profile and similar-goal links (see rankSimilarMunicipalities).
   * Counting a large municipality's goal links takes a few hundred milliseconds nationally, and the answer
   * only changes with ingest, so it is shared for the cache period like the other whole-graph aggregates.
   */
  similar(code: string): Promise<SimilarMunicipality[]> {
    return this.cache.get(`similarMunicipalities:${code}`, async () => {
      const [profiles, links] = await Promise.all([this.profiles(), this.db.rows<{ code: string; links: number }>(GOAL_LINKS, { code })]);
      return rankSimilarMunicipalities(code, profiles, new Map(links.map((l) => [l.code, l.links])));
    });
  }

  /** A page of `similar(code)` with the municipalities and shared themes looked up; null when there is no municipality `code`. */
  async similarPage(code: string, page: PageRequest): Promise<Page<SimilarMunicipalityItem> | null> {
    if (!(await this.byCode(code))) return null;
    const ranked = await this.similar(code);
    const slice = ranked.slice(page.skip, page.skip + page.limit);
    const [nodes, themes] = await Promise.all([Promise.all(slice.map((s) => this.byCode(s.code))), this.taxonomy()]);
    const items = slice.map((s, i) => ({
      node: nodes[i]!,
      score: s.score,
      themeSimilarity: s.themeSimilarity,
      goalOverlap: s.goalOverlap,
      similarGoalCount: s.similarGoalCount,
      sharedThemes: s.sharedThemes.flatMap((id) => themes.get(id) ?? []),
    }));
    return { total: ranked.length, items };
  }

  /** Every municipality's theme profile, shared by all requests for the cache period. */
  private profiles(): Promise<Map<string, Profile>> {
    return this.cache.get('municipalityProfiles', async () => {
      const profiles = new Map<string, Profile>();
      for (const row of await this.db.rows<{ code: string; theme: string; weight: number }>(PROFILES)) {
        const profile = profiles.get(row.code) ?? new Map<string, number>();
        profile.set(row.theme, row.weight ?? 0);
        profiles.set(row.code, profile);
      }
      return profiles;
    });
  }


}
