import type { AggregateCache } from '../db/cache.js';
import type { GraphReader } from '../db/reader.js';
import { MUNICIPALITY_ROW, THEME_ROW, swedishSortKey } from '../db/fragments.js';
import { byKey, type Loaders } from '../loaders.js';
import type { PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import type { Municipality } from '../municipality/municipality.type.js';
import { toMunicipality } from '../municipality/municipality.service.js';
import type { Theme } from './theme.type.js';
import { toTheme, withSubthemes, type Taxonomy } from './taxonomy.js';

const ALL = `
MATCH (t:Theme)
RETURN ${THEME_ROW} AS row`;

/**
 * Documents and goals per theme, subthemes included. Each key is a theme with the ids of its subthemes
 * (withSubthemes), so the count starts from the themes' index entries and reads only what is tagged with them.
 */
const COUNTS = `
UNWIND $keys AS key
RETURN key.id AS id,
  COUNT { MATCH (t:Theme)<-[:ADDRESSES]-(d:Document) WHERE t.id IN key.ids RETURN DISTINCT d } AS documentCount,
  COUNT { MATCH (t:Theme)<-[:ABOUT]-(g:Goal) WHERE t.id IN key.ids RETURN DISTINCT g } AS goalCount`;

/**
 * Per theme (with its subthemes' ids, as above): the municipalities whose documents address it, strongest
 * first (summed ADDRESSES weights), then those that only have goals on it (a procurement goal in a business
 * strategy), by their number of such goals. All of them: a theme is addressed by at most every municipality.
 */
const MUNICIPALITIES = `
UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (t:Theme)<-[a:ADDRESSES]-(d:Document)<-[:PUBLISHED]-(m:Municipality) WHERE t.id IN key.ids
    WITH m, d, sum(coalesce(a.weight, 0.0)) AS documentWeight
    RETURN m, sum(documentWeight) AS weight, count(CASE WHEN documentWeight > 0 THEN d END) AS documentCount, 0 AS goals
    UNION ALL
    MATCH (t:Theme)<-[:ABOUT]-(g:Goal)<-[:HAS_GOAL]-(:Document)<-[:PUBLISHED]-(m:Municipality) WHERE t.id IN key.ids
    RETURN m, 0.0 AS weight, 0 AS documentCount, count(DISTINCT g) AS goals
  }
  WITH m, sum(weight) AS weight, sum(documentCount) AS documentCount, sum(goals) AS goals
  WHERE $county IS NULL OR EXISTS { (m)-[:IN_COUNTY]->(:County {code: $county}) }
  ORDER BY weight DESC, goals DESC, ${swedishSortKey('m.name')}, m.code
  RETURN collect({municipality: ${MUNICIPALITY_ROW}, weight: weight, documentCount: documentCount, goalCount: goals}) AS rows
}
RETURN key.id AS key, rows`;

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

  /**
   * The theme's counts, shared by all requests for the cache period (they change only with ingest); themes
   * asked for together are counted in one query. Its municipalities are those of its coverage.
   */
  async counts(id: string): Promise<ThemeCounts> {
    const [tagged, municipalities] = await Promise.all([
      this.cache.get(`themeCounts:${id}`, async () => {
        const taxonomy = await this.all();
        type Counts = Omit<ThemeCounts, 'municipalityCount'>;
        return this.loaders
          .get<string, Counts>('themeCounts', null, async (ids) => {
            const rows = await this.db.rows<Counts & { id: string }>(COUNTS, { keys: ids.map((key) => ({ id: key, ids: withSubthemes(taxonomy, key) })) });
            return byKey(ids, rows, (r) => r.id, { documentCount: 0, goalCount: 0 }, ({ id: _id, ...counts }) => counts);
          })
          .load(id);
      }),
      this.coverage(id, null),
    ]);
    return { ...tagged, municipalityCount: municipalities.length };
  }

  /** A page of the municipalities addressing the theme, strongest first (see `coverage`). */
  async municipalities(id: string, county: string | null, page: PageRequest): Promise<Page<ThemeCoverage>> {
    const ranked = await this.coverage(id, county);
    return { total: ranked.length, items: ranked.slice(page.skip, page.skip + page.limit) };
  }

  /**
   * Every municipality addressing the theme, strongest first, shared by all requests for the cache period;
   * themes asked for together with the same county are read in one query.
   */
  private coverage(id: string, county: string | null): Promise<ThemeCoverage[]> {
    type Row = { key: string; rows: Omit<ThemeCoverage, 'share'>[] };
    return this.cache.get(`themeMunicipalities:${id}:${county ?? ''}`, async () => {
      const taxonomy = await this.all();
      return this.loaders
        .get<string, ThemeCoverage[]>('themeMunicipalities', { county }, async (ids) => {
          const rows = await this.db.rows<Row>(MUNICIPALITIES, { keys: ids.map((key) => ({ id: key, ids: withSubthemes(taxonomy, key) })), county });
          return byKey(ids, rows, (r) => r.key, [], ({ rows: ranked }) => {
            const top = ranked[0]?.weight ?? 0;
            return ranked.map((x) => ({ ...x, municipality: toMunicipality(x.municipality), share: top > 0 ? x.weight / top : 0 }));
          });
        })
        .load(id);
    });
  }
}
