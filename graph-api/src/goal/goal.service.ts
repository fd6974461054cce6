import { decodeTarget } from '@strategigrafen/schema';
import type { GraphReader } from '../db/reader.js';
import { GOAL_FILTER, GOAL_ORDER, GOAL_ROW, goalRow, tagRow } from '../db/fragments.js';
import { byKey, type Loaders } from '../loaders.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import { toThemeTags, withSubthemes, type StoredTag, type Taxonomy } from '../theme/taxonomy.js';
import type { ThemeTag } from '../theme/theme.type.js';
import type { Goal, MeasurableTarget } from './goal.type.js';
import type { GoalFilter } from './goal.input.js';

/** Pages a stream of (d, g) rows: counts all, projects only the requested slice. */
const PAGE = `
WITH collect([d, g]) AS rows
CALL (rows) {
  UNWIND rows[$skip..$skip + $limit] AS pair
  WITH pair[0] AS d, pair[1] AS g
  RETURN collect(${GOAL_ROW}) AS items
}
RETURN size(rows) AS total, items`;

/** The same per key: closes a `CALL (key) {` block that streams (d, g) rows. */
export const PAGE_PER_KEY = `
  RETURN collect([d, g]) AS rows
}
CALL (rows) {
  UNWIND rows[$skip..$skip + $limit] AS pair
  WITH pair[0] AS d, pair[1] AS g
  RETURN collect(${GOAL_ROW}) AS items
}
RETURN key, size(rows) AS total, items`;

/** Counts all matches, then sorts only as far as the page needs (top-k) instead of collecting them all. */
const LIST = `
CALL () {
  MATCH (d:Document)-[:HAS_GOAL]->(g:Goal) WHERE ${GOAL_FILTER}
  RETURN count(g) AS total
}
CALL () {
  MATCH (d:Document)-[:HAS_GOAL]->(g:Goal) WHERE ${GOAL_FILTER}
  WITH d, g ORDER BY ${GOAL_ORDER}
  SKIP $skip LIMIT $limit
  RETURN collect(${GOAL_ROW}) AS items
}
RETURN total, items`;

/** The same, starting from the themes asked for: far fewer goals to look at than all of them. */
const LIST_ON_THEMES = `
CALL () {
  MATCH (t:Theme)<-[:ABOUT]-(g:Goal) WHERE t.id IN $f.themes
  WITH DISTINCT g
  MATCH (d:Document)-[:HAS_GOAL]->(g) WHERE ${GOAL_FILTER}
  RETURN count(g) AS total
}
CALL () {
  MATCH (t:Theme)<-[:ABOUT]-(g:Goal) WHERE t.id IN $f.themes
  WITH DISTINCT g
  MATCH (d:Document)-[:HAS_GOAL]->(g) WHERE ${GOAL_FILTER}
  WITH d, g ORDER BY ${GOAL_ORDER}
  SKIP $skip LIMIT $limit
  RETURN collect(${GOAL_ROW}) AS items
}
RETURN total, items`;

const LIST_MATCHING_TEXT = `
CALL db.index.fulltext.queryNodes('goal_text', $lucene, {limit: $textLimit}) YIELD node AS g, score
MATCH (d:Document)-[:HAS_GOAL]->(g)
WITH d, g, score WHERE ${GOAL_FILTER}
WITH d, g ORDER BY score DESC, g.id
${PAGE}`;

const BY_IDS = `
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_GOAL]->(g:Goal {id: id})
RETURN ${GOAL_ROW} AS row`;

const OF_DOCUMENTS = `
UNWIND $keys AS key
CALL (key) {
  MATCH (d:Document {id: key})-[:HAS_GOAL]->(g:Goal)
  WITH d, g ORDER BY g.position, g.id
${PAGE_PER_KEY}`;

const OF_MUNICIPALITIES = `
UNWIND $keys AS key
CALL (key) {
  MATCH (:Municipality {code: key})-[:PUBLISHED]->(d:Document)-[:HAS_GOAL]->(g:Goal)
  WHERE ${GOAL_FILTER}
  WITH d, g ORDER BY ${GOAL_ORDER}
${PAGE_PER_KEY}`;

/** Goals of one municipality about any of some themes, keyed by [code, [themeId…]]. */
const ON_THEME = `
UNWIND $keys AS key
CALL (key) {
  MATCH (:Municipality {code: key[0]})-[:PUBLISHED]->(d:Document)-[:HAS_GOAL]->(g:Goal)
  WHERE EXISTS { (g)-[:ABOUT]->(t:Theme) WHERE t.id IN key[1] }
  WITH d, g ORDER BY ${GOAL_ORDER}
${PAGE_PER_KEY}`;

/** Goals about a theme or one of its subthemes, per theme id. */
const OF_THEMES = `
UNWIND $keys AS key
CALL (key) {
  MATCH (:Theme {id: key})<-[:SUBTHEME_OF*0..]-(:Theme)<-[:ABOUT]-(g:Goal)<-[:HAS_GOAL]-(d:Document)
  WITH DISTINCT d, g ORDER BY ${GOAL_ORDER}
${PAGE_PER_KEY}`;

const THEMES = `
UNWIND $ids AS key
MATCH (:Goal {id: key})-[a:ABOUT]->(t:Theme)
WITH key, a, t ORDER BY a.weight DESC, t.id
RETURN key, collect(${tagRow('all')}) AS tags`;

/**
 * SIMILAR_TO is stored once per pair and read in both directions. With $otherOnly, goals of the
 * same municipality are left out (goals of documents without a municipality always count as other).
 */
const similarPage = (goalRow: string) => `
CALL (key) {
  MATCH (md:Document)-[:HAS_GOAL]->(me:Goal {id: key})-[s:SIMILAR_TO]-(g:Goal)<-[:HAS_GOAL]-(d:Document)
  WHERE s.score >= $minScore AND g <> me
    AND (NOT $otherOnly OR NOT EXISTS { (m:Municipality)-[:PUBLISHED]->(d) WHERE (m)-[:PUBLISHED]->(md) })
  WITH d, g, s ORDER BY s.score DESC, g.id
  RETURN collect([d, g, s]) AS rows
}
CALL (rows) {
  UNWIND rows[$skip..$skip + $limit] AS triple
  WITH triple[0] AS d, triple[1] AS g, triple[2] AS s
  RETURN collect({score: s.score, sharedTerms: s.sharedTerms, goal: ${goalRow}}) AS items
}`;

const SIMILAR = `
UNWIND $keys AS key
${similarPage(GOAL_ROW)}
RETURN key, size(rows) AS total, items`;

/** A goal with a page of its similar goals, these projected for the fields asked for. */
const withSimilarGoals = (fields: Iterable<string>) => `
MATCH (d:Document)-[:HAS_GOAL]->(g:Goal {id: $id})
WITH g.id AS key, ${GOAL_ROW} AS goal
${similarPage(goalRow(fields))}
RETURN goal, size(rows) AS total, items`;

export interface SimilarOptions {
  minScore: number;
  otherMunicipalitiesOnly: boolean;
}

const similarParams = (options: SimilarOptions, page: PageRequest) => ({ minScore: options.minScore, otherOnly: options.otherMunicipalitiesOnly, ...pageParams(page) });

type SimilarRow = { total: number; items: { score: number; sharedTerms: string[] | null; goal: GoalRow }[] };

const toSimilarPage = (row: SimilarRow): Page<SimilarGoal> => ({
  total: row.total,
  items: row.items.map((x) => ({ score: x.score ?? 0, sharedTerms: x.sharedTerms ?? [], goal: toGoal(x.goal) })),
});

export interface SimilarGoal {
  goal: Goal;
  score: number;
  sharedTerms: string[];
}

/** Full-text hits considered per query. */
export const TEXT_LIMIT = 1000;

export type GoalRow = Record<string, unknown> & { id: string; documentId: string; municipalityCode: string | null };

/** Maps a stored goal (node properties plus documentId/municipalityCode) to the API type, tolerating absent properties. */
export function toGoal(row: GoalRow): Goal {
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
  return {
    id: row.id,
    text: str(row.text) ?? '',
    actor: str(row.actor),
    level: str(row.level) ?? 'mål',
    measurable: row.measurable === true,
    target: toTarget(row),
    deadline: num(row.deadline),
    section: str(row.section),
    position: num(row.position) ?? 0,
    start: num(row.start) ?? 0,
    end: num(row.end) ?? 0,
    documentId: row.documentId,
    municipalityCode: row.municipalityCode ?? null,
  };
}

/** The API's view of a stored target (the baseline is stored but not served). */
function toTarget(row: Record<string, unknown>): MeasurableTarget | null {
  const target = decodeTarget(row);
  return target && { text: target.text, kind: target.kind, value: target.value ?? null, unit: target.unit ?? null, deadline: target.deadline ?? null };
}

export function goalFilterParams(filter: GoalFilter, taxonomy: Taxonomy) {
  return {
    municipality: filter.municipality ?? null,
    county: filter.county ?? null,
    themes: filter.theme ? withSubthemes(taxonomy, filter.theme) : null,
    level: filter.level ?? null,
    measurable: filter.measurable ?? null,
    documentKind: filter.documentKind ?? null,
    actor: filter.actor?.trim() || null,
  };
}

type PageRow = { key: unknown; total: number; items: GoalRow[] };
const toPage = (row: { total: number; items: GoalRow[] } | undefined): Page<Goal> => ({ total: row?.total ?? 0, items: (row?.items ?? []).map(toGoal) });

export class GoalService {
  constructor(
    private readonly db: GraphReader,
    private readonly loaders: Loaders,
    private readonly taxonomy: () => Promise<Taxonomy>,
  ) {}

  byId(id: string): Promise<Goal | null> {
    return this.goalLoader().load(id);
  }

  private goalLoader() {
    return this.loaders.get<string, Goal | null>('goal', null, async (ids) => {
      const rows = await this.db.rows<{ row: GoalRow }>(BY_IDS, { ids });
      return byKey(ids, rows, (r) => r.row.id, null, (r) => toGoal(r.row));
    });
  }

  async list(filter: GoalFilter, lucene: string | null, page: PageRequest): Promise<Page<Goal>> {
    const f = goalFilterParams(filter, await this.taxonomy());
    const params = { f, lucene, textLimit: TEXT_LIMIT, ...pageParams(page) };
    return toPage(await this.db.first(lucene ? LIST_MATCHING_TEXT : f.themes ? LIST_ON_THEMES : LIST, params));
  }

  ofDocument(id: string, page: PageRequest): Promise<Page<Goal>> {
    return this.paged('goalsOfDocument', OF_DOCUMENTS, { ...pageParams(page) }, id);
  }

  async ofMunicipality(code: string, filter: GoalFilter, page: PageRequest): Promise<Page<Goal>> {
    return this.paged('goalsOfMunicipality', OF_MUNICIPALITIES, { f: { ...goalFilterParams(filter, await this.taxonomy()), municipality: null }, ...pageParams(page) }, code);
  }

  /** The municipality's goals about the theme; with rollUp, also those about its subthemes. */
  async onTheme(themeId: string, code: string, rollUp: boolean, page: PageRequest): Promise<Page<Goal>> {
    const themes = rollUp ? withSubthemes(await this.taxonomy(), themeId) : [themeId];
    return this.paged('goalsOnTheme', ON_THEME, { ...pageParams(page) }, [code, themes]);
  }

  /** Goals about the theme or one of its subthemes; batched across themes. */
  ofTheme(themeId: string, page: PageRequest): Promise<Page<Goal>> {
    return this.paged('goalsOfTheme', OF_THEMES, { ...pageParams(page) }, themeId);
  }

  themes(id: string): Promise<ThemeTag[]> {
    return this.loaders
      .get<string, ThemeTag[]>('goalThemes', null, async (ids) => {
        const [rows, themes] = await Promise.all([this.db.rows<{ key: string; tags: StoredTag[] }>(THEMES, { ids }), this.taxonomy()]);
        return byKey(ids, rows, (r) => r.key, [], (r) => toThemeTags(r.tags, themes));
      })
      .load(id);
  }

  similar(id: string, options: SimilarOptions, page: PageRequest): Promise<Page<SimilarGoal>> {
    const params = similarParams(options, page);
    return this.loaders
      .get<string, Page<SimilarGoal>>('similarGoals', params, async (keys) => {
        const rows = await this.db.rows<SimilarRow & { key: string }>(SIMILAR, { ...params, keys });
        return byKey(keys, rows, (r) => r.key, { total: 0, items: [] }, toSimilarPage);
      })
      .load(id);
  }

  /**
   * The goal (null when there is none) and a page of its similar goals in one query, the similar goals with only
   * the fields given (see src/prefetch/similar-goals.ts, which says where the page goes: not to the loaders).
   */
  async withSimilar(id: string, options: SimilarOptions, page: PageRequest, fields: Iterable<string>): Promise<{ goal: Goal; similar: Page<SimilarGoal> } | null> {
    const row = await this.db.first<SimilarRow & { goal: GoalRow }>(withSimilarGoals(fields), { ...similarParams(options, page), id });
    if (!row) return null;
    const goal = toGoal(row.goal);
    this.goalLoader().prime(id, goal);
    return { goal, similar: toSimilarPage(row) };
  }

  private paged<K>(name: string, cypher: string, params: Record<string, unknown>, key: K): Promise<Page<Goal>> {
    return this.pages<K>(name, cypher, params).load(key);
  }

  private pages<K>(name: string, cypher: string, params: Record<string, unknown>) {
    return this.loaders.get<K, Page<Goal>>(name, params, async (keys) => {
      const rows = await this.db.rows<PageRow>(cypher, { ...params, keys });
      return byKey(keys, rows, (r) => r.key as K, { total: 0, items: [] }, toPage);
    });
  }
}
