import type { AggregateCache } from '../db/cache.js';
import type { GraphReader } from '../db/reader.js';
import { MUNICIPALITY_ROW, THEME_ROW, swedishSortKey } from '../db/fragments.js';
import { byKey, type Loaders } from '../loaders.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import type { Municipality } from '../municipality/municipality.type.js';
import { toMunicipality } from '../municipality/municipality.service.js';
import type { Theme } from './theme.type.js';
import { toTheme, type Taxonomy } from './taxonomy.js';

const ALL = `
MATCH (t:Theme)
RETURN ${THEME_ROW} AS row`;

/** Counts for every theme, subthemes included. */
const COUNTS = `
MATCH (t:Theme)
RETURN t.id AS id,
  COUNT { MATCH (d:Document)-[:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t) RETURN DISTINCT d } AS documentCount,
  COUNT { MATCH (g:Goal)-[:ABOUT]->(:Theme)-[:SUBTHEME_OF*0..]->(t) RETURN DISTINCT g } AS goalCount,
  COUNT {
    MATCH (m:Municipality)-[:PUBLISHED]->(d:Document)
    WHERE EXISTS { (d)-[:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t) } OR EXISTS { (d)-[:HAS_GOAL]->(:Goal)-[:ABOUT]->(:Theme)-[:SUBTHEME_OF*0..]->(t) }
    RETURN DISTINCT m
  } AS municipalityCount`;

/**
 * Per theme: the municipalities whose documents address it (or a subtheme), strongest first, then those
 * that only have goals on it (a procurement goal in a business strategy), by their number of such goals.
 */
const MUNICIPALITIES = `
UNWIND $keys AS key
MATCH (t:Theme {id: key})
CALL (t) {
  MATCH (m:Municipality)-[:PUBLISHED]->(d:Document)
  WHERE ($county IS NULL OR EXISTS { (m)-[:IN_COUNTY]->(:County {code: $county}) })
    AND (EXISTS { (d)-[:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t) } OR EXISTS { (d)-[:HAS_GOAL]->(:Goal)-[:ABOUT]->(:Theme)-[:SUBTHEME_OF*0..]->(t) })
  OPTIONAL MATCH (d)-[a:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t)
  WITH m, d, sum(coalesce(a.weight, 0.0)) AS documentWeight
  WITH m, sum(documentWeight) AS weight, count(DISTINCT CASE WHEN documentWeight > 0 THEN d END) AS documentCount,
    COUNT { MATCH (m)-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(g:Goal)-[:ABOUT]->(:Theme)-[:SUBTHEME_OF*0..]->(t) RETURN DISTINCT g } AS goals
  ORDER BY weight DESC, goals DESC, ${swedishSortKey('m.name')}, m.code
  RETURN collect({m: m, weight: weight, documentCount: documentCount}) AS rows
}
CALL (t, rows) {
  WITH rows[$skip..$skip + $limit] AS page
  UNWIND range(0, size(page) - 1) AS rank
  WITH rank, page[rank].m AS m, page[rank] AS x
  RETURN collect({
    rank: rank,
    municipality: ${MUNICIPALITY_ROW},
    weight: x.weight,
    documentCount: x.documentCount,
    goalCount: COUNT { MATCH (m)-[:PUBLISHED]->(:Document)-[:HAS_GOAL]->(g:Goal)-[:ABOUT]->(:Theme)-[:SUBTHEME_OF*0..]->(t) RETURN DISTINCT g }
  }) AS items
}
RETURN key, size(rows) AS total, coalesce(rows[0].weight, 0) AS top, items`;

export interface ThemeCounts {
  documentCount: number;
  goalCount: number;
  municipalityCount: number;
}

export interface ThemeCoverage {
  municipality: Municipality;
  weight: number;
  share: number;
  documentCount: number;
  goalCount: number;
}

const bySwedishLabel = (a: Theme, b: Theme) => a.labelSv.localeCompare(b.labelSv, 'sv') || a.id.localeCompare(b.id);

export class ThemeService {
  constructor(
    private readonly db: GraphReader,
    private readonly loaders: Loaders,
    private readonly cache: AggregateCache,
  ) {}

  /** Every theme; the taxonomy is small and rarely changes, so it is read once per cache period. */
  all(): Promise<Taxonomy> {
    return this.cache.get('themes', async () => {
      const rows = await this.db.rows<{ row: Theme }>(ALL);
      return new Map(rows.map((r) => [r.row.id, toTheme(r.row)]));
    });
  }

  async list(options: { parent: string | null; rootsOnly: boolean }, page: PageRequest): Promise<Page<Theme>> {
    const themes = [...(await this.all()).values()]
      .filter((t) => (options.parent === null || t.parentId === options.parent) && (!options.rootsOnly || t.parentId === null))
      .sort(bySwedishLabel);
    return { total: themes.length, items: themes.slice(page.skip, page.skip + page.limit) };
  }

  async byId(id: string): Promise<Theme | null> {
    return (await this.all()).get(id) ?? null;
  }

  /** The themes of `ids` that the taxonomy holds, in the order given. */
  async byIds(ids: readonly string[]): Promise<Theme[]> {
    const taxonomy = await this.all();
    return ids.flatMap((id) => taxonomy.get(id) ?? []);
  }

  async children(id: string): Promise<Theme[]> {
    return [...(await this.all()).values()].filter((t) => t.parentId === id).sort(bySwedishLabel);
  }

  async counts(id: string): Promise<ThemeCounts> {
    const counts = await this.cache.get('themeCounts', async () => {
      const rows = await this.db.rows<ThemeCounts & { id: string }>(COUNTS);
      return new Map(rows.map(({ id, ...c }) => [id, c]));
    });
    return counts.get(id) ?? { documentCount: 0, goalCount: 0, municipalityCount: 0 };
  }

  /** Municipalities addressing the theme, strongest first; batched across themes asked for with the same arguments. */
  municipalities(id: string, county: string | null, page: PageRequest): Promise<Page<ThemeCoverage>> {
    type Row = { key: string; total: number; top: number; items: (Omit<ThemeCoverage, 'share'> & { rank: number })[] };
    const params = { county, ...pageParams(page) };
    return this.loaders
      .get<string, Page<ThemeCoverage>>('themeMunicipalities', params, async (keys) => {
        const rows = await this.db.rows<Row>(MUNICIPALITIES, { keys, ...params });
        return byKey(keys, rows, (r) => r.key, { total: 0, items: [] }, (row) => ({
          total: row.total,
          items: row.items
            .sort((a, b) => a.rank - b.rank)
            .map(({ rank: _rank, ...x }) => ({ ...x, municipality: toMunicipality(x.municipality), share: row.top > 0 ? x.weight / row.top : 0 })),
        }));
      })
      .load(id);
  }

}
