import type { GraphReader } from '../db/reader.js';
import { MUNICIPALITY_ROW, THEME_ROW, swedishSortKey } from '../db/fragments.js';
import { byKey, type Loaders } from '../loaders.js';
import type { PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import type { Municipality } from '../municipality/municipality.type.js';
import { toMunicipality } from '../municipality/municipality.service.js';
import type { Theme } from './theme.type.js';

const LIST = `
MATCH (t:Theme)
WHERE ($parent IS NULL OR EXISTS { (t)-[:SUBTHEME_OF]->(:Theme {id: $parent}) })
  AND ($rootsOnly = false OR NOT EXISTS { (t)-[:SUBTHEME_OF]->(:Theme) })
WITH t ORDER BY ${swedishSortKey('coalesce(t.labelSv, t.id)')}, t.id
WITH collect(t) AS rows
RETURN size(rows) AS total, [t IN rows[$skip..$skip + $limit] | ${THEME_ROW}] AS items`;

const BY_IDS = `
UNWIND $ids AS id
MATCH (t:Theme {id: id})
RETURN ${THEME_ROW} AS row`;

const CHILDREN = `
UNWIND $ids AS key
MATCH (t:Theme)-[:SUBTHEME_OF]->(:Theme {id: key})
WITH key, t ORDER BY ${swedishSortKey('coalesce(t.labelSv, t.id)')}, t.id
RETURN key, collect(${THEME_ROW}) AS children`;

/** Counts include the theme's subthemes. */
const COUNTS = `
UNWIND $ids AS key
MATCH (t:Theme {id: key})
RETURN key,
  COUNT { MATCH (d:Document)-[:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t) RETURN DISTINCT d } AS documentCount,
  COUNT { MATCH (g:Goal)-[:ABOUT]->(:Theme)-[:SUBTHEME_OF*0..]->(t) RETURN DISTINCT g } AS goalCount,
  COUNT { MATCH (m:Municipality)-[:PUBLISHED]->(:Document)-[:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t) RETURN DISTINCT m } AS municipalityCount`;

/** Per theme: the municipalities whose documents address it (or a subtheme), strongest first. */
const MUNICIPALITIES = `
UNWIND $keys AS key
MATCH (t:Theme {id: key})
CALL (t) {
  MATCH (m:Municipality)-[:PUBLISHED]->(d:Document)-[a:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t)
  WHERE $county IS NULL OR EXISTS { (m)-[:IN_COUNTY]->(:County {code: $county}) }
  WITH m, sum(a.weight) AS weight, count(DISTINCT d) AS documentCount
  ORDER BY weight DESC, ${swedishSortKey('m.name')}, m.code
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

export function toTheme(row: Theme): Theme {
  return {
    id: row.id,
    labelSv: row.labelSv ?? row.id,
    labelEn: row.labelEn ?? row.labelSv ?? row.id,
    description: row.description ?? null,
    terms: row.terms ?? [],
    parentId: row.parentId ?? null,
  };
}

export class ThemeService {
  constructor(
    private readonly db: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  async list(options: { parent: string | null; rootsOnly: boolean }, page: PageRequest): Promise<Page<Theme>> {
    const row = await this.db.first<{ total: number; items: Theme[] }>(LIST, { ...options, ...page });
    return { total: row?.total ?? 0, items: (row?.items ?? []).map(toTheme) };
  }

  byId(id: string): Promise<Theme | null> {
    return this.loaders
      .get<string, Theme | null>('theme', null, async (ids) => {
        const rows = await this.db.rows<{ row: Theme }>(BY_IDS, { ids });
        return byKey(ids, rows, (r) => r.row.id, null, (r) => toTheme(r.row));
      })
      .load(id);
  }

  children(id: string): Promise<Theme[]> {
    return this.loaders
      .get<string, Theme[]>('themeChildren', null, async (ids) => {
        const rows = await this.db.rows<{ key: string; children: Theme[] }>(CHILDREN, { ids });
        return byKey(ids, rows, (r) => r.key, [], (r) => r.children.map(toTheme));
      })
      .load(id);
  }

  counts(id: string): Promise<ThemeCounts> {
    return this.loaders
      .get<string, ThemeCounts>('themeCounts', null, async (ids) => {
        const rows = await this.db.rows<ThemeCounts & { key: string }>(COUNTS, { ids });
        return byKey(ids, rows, (r) => r.key, { documentCount: 0, goalCount: 0, municipalityCount: 0 });
      })
      .load(id);
  }

  /** Municipalities addressing the theme, strongest first; batched across themes asked for with the same arguments. */
  municipalities(id: string, county: string | null, page: PageRequest): Promise<Page<ThemeCoverage>> {
    type Row = { key: string; total: number; top: number; items: (Omit<ThemeCoverage, 'share'> & { rank: number })[] };
    const params = { county, ...page };
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
