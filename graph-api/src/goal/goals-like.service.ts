/**
 * "Goals like my draft", per request: the draft's matches from the similarity engine (goals-like.index.ts)
 * when it is built, else from the full-text index `goal_text` — the fallback while the first build runs
 * (or when the engine failed), marked as such in the answer.
 */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../db/reader.js';
import { GOAL_FILTER } from '../db/fragments.js';
import type { PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import { escapeLucene } from '../search/query.js';
import { stemSwedish } from '../search/stemmer.js';
import { SWEDISH_STOPWORDS } from '../search/stopwords.js';
import { withSubthemes, type Taxonomy } from '../theme/taxonomy.js';
import { goalFilterParams, type GoalService } from './goal.service.js';
import type { Goal } from './goal.type.js';
import type { GoalsLikeIndex } from './goals-like.index.js';
import type { LikeFilter, LikeMatch } from './goals-like.protocol.js';
import type { GoalLikeFilter } from './goals-like.input.js';
import { GoalLikeEngine } from './goals-like.type.js';

/** Full-text hits rescored per draft in the fallback. */
export const FALLBACK_CANDIDATES = 300;
/** The draft's words sent to the full-text index, at most. */
const FALLBACK_WORDS = 40;
const MAX_SHARED_TERMS = 5;

/**
 * Goals whose text has any of the draft's words, excluding one municipality's own (its documents and
 * its organisations'), under the county and theme conditions of GOAL_FILTER.
 */
const FULLTEXT = `
CALL db.index.fulltext.queryNodes('goal_text', $lucene, {limit: $cap}) YIELD node AS g, score
MATCH (d:Document)-[:HAS_GOAL]->(g)
WHERE ($exclude IS NULL OR NOT (
    EXISTS { (:Municipality {code: $exclude})-[:PUBLISHED]->(d) }
    OR EXISTS { (:Municipality {code: $exclude})<-[:PART_OF]-(:Organisation)-[:PUBLISHED]->(d) }))
  AND ${GOAL_FILTER}
RETURN g.id AS id, coalesce(g.text, '') AS text, score`;

export interface GoalLikeItem {
  goal: Goal;
  score: number;
  sharedTerms: string[];
}

export type GoalsLikePage = Page<GoalLikeItem> & { engine: GoalLikeEngine };

export class GoalsLikeService {
  constructor(
    private readonly db: GraphReader,
    private readonly goals: GoalService,
    private readonly taxonomy: () => Promise<Taxonomy>,
    private readonly index: GoalsLikeIndex | null,
  ) {}

  async like(text: string, filter: GoalLikeFilter, page: PageRequest): Promise<GoalsLikePage> {
    const taxonomy = await this.taxonomy();
    const like: LikeFilter = {
      exclude: filter.municipality ?? null,
      county: filter.county ?? null,
      themes: filter.theme ? withSubthemes(taxonomy, filter.theme) : null,
    };
    const engine = this.index?.current();
    if (engine) {
      try {
        const answer = await engine.like({ text, skip: page.skip, limit: page.limit, filter: like });
        return { engine: GoalLikeEngine.SIMILAR, total: answer.total, items: await this.hydrate(answer.items) };
      } catch (error) {
        // the engine went away mid-request (replaced, crashed, too slow): answer like before it was built
        console.warn(`[graph-api] goals like: the engine did not answer (${error instanceof Error ? error.message : String(error)}); using the full-text index`);
      }
    }
    return { engine: GoalLikeEngine.FULLTEXT, ...(await this.fallback(text, filter, taxonomy, page)) };
  }

  /** The goals, in the engine's order; one that was deleted since the engine was built is left out. */
  private async hydrate(matches: readonly LikeMatch[]): Promise<GoalLikeItem[]> {
    const goals = await Promise.all(matches.map((m) => this.goals.byId(m.id)));
    return matches.flatMap((m, i) => (goals[i] ? [{ goal: goals[i], score: m.score, sharedTerms: m.sharedTerms }] : []));
  }

  /**
   * The full-text index finds the goals with any of the draft's words; they are then ranked by the
   * cosine of the two sets of word stems (0..1), so that scores mean something like the engine's.
   */
  private async fallback(text: string, filter: GoalLikeFilter, taxonomy: Taxonomy, page: PageRequest): Promise<Page<GoalLikeItem>> {
    const draft = stemsOf(text);
    if (draft.size === 0) return { total: 0, items: [] };
    const lucene = [...new Set([...wordsOf(text)].filter((w) => !SWEDISH_STOPWORDS.has(w)))]
      .slice(0, FALLBACK_WORDS)
      .map(escapeLucene)
      .join(' ');
    const f = goalFilterParams({ county: filter.county, theme: filter.theme }, taxonomy);
    const rows = await this.db.rows<{ id: string; text: string; score: number }>(FULLTEXT, { lucene, cap: neo4j.int(FALLBACK_CANDIDATES), exclude: filter.municipality ?? null, f });
    const ranked = rows
      .map((row) => {
        const stems = stemsOf(row.text);
        let shared = 0;
        for (const stem of stems.keys()) if (draft.has(stem)) shared++;
        const score = stems.size ? Math.round((shared / Math.sqrt(draft.size * stems.size)) * 10_000) / 10_000 : 0;
        return { ...row, score, relevance: row.score, sharedTerms: [...stems].filter(([stem]) => draft.has(stem)).map(([, word]) => word).slice(0, MAX_SHARED_TERMS) };
      })
      .filter((row) => row.score > 0)
      .sort((a, b) => b.score - a.score || b.relevance - a.relevance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const slice = ranked.slice(page.skip, page.skip + page.limit);
    return { total: ranked.length, items: await this.hydrate(slice.map((r) => ({ id: r.id, score: r.score, sharedTerms: r.sharedTerms }))) };
  }
}

function* wordsOf(text: string): Generator<string> {
  for (const match of text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLocaleLowerCase('sv');
    if (word.length > 1) yield word;
  }
}

/** Stem → the first word written with it, stop words left out. */
function stemsOf(text: string): Map<string, string> {
  const stems = new Map<string, string>();
  for (const word of wordsOf(text)) {
    if (SWEDISH_STOPWORDS.has(word)) continue;
    const stem = stemSwedish(word);
    if (!stems.has(stem)) stems.set(stem, word);
  }
  return stems;
}
