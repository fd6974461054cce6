/**
 * "Goals like my draft", the engine: the similar-goal engine the linker runs (ingest's SimilarGoals, the
 * same vectors, IDF, theme and polarity signals), built over every goal of the graph, plus what the API
 * filters matches by (publishers, their counties, themes). Pure and synchronous; it runs in a worker
 * thread (goals-like.worker.ts) because building it over 300k goals takes tens of seconds of CPU.
 */
import { SimilarGoals, tagThemes, type GoalText } from '@strategigrafen/ingest';
import type { LikeAnswer, LikeFilter, LikeRequest, StoredGoalText } from './goals-like.protocol.js';

/** The engine's best candidates looked at per draft; filters and pages choose among these. */
export const LIKE_CANDIDATES = 500;

/** Shared words shown per match (as many as the linker stores per link). */
export const MAX_SHARED_TERMS = 5;

/** Keeps one copy of equal lists (many goals share a publisher, or a set of themes). */
class Interner {
  private readonly lists = new Map<string, readonly string[]>();

  intern(values: readonly string[]): readonly string[] {
    const key = values.join('\u0000');
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = Object.freeze([...values])));
    return list;
  }
}

export class GoalsLikeEngine {
  private constructor(
    private readonly engine: SimilarGoals,
    /** per goal, in the space's order: its publisher keys and its themes */
    private readonly owners: ReadonlyArray<readonly string[]>,
    private readonly themes: ReadonlyArray<readonly string[]>,
    /** county code per publisher key */
    private readonly counties: ReadonlyMap<string, string>,
  ) {}

  /** Builds the engine; `goals` may be consumed once (pages read from the graph). */
  static build(goals: Iterable<StoredGoalText>, counties: ReadonlyMap<string, string> = new Map()): GoalsLikeEngine {
    const interner = new Interner();
    const texts: GoalText[] = [];
    const owners: Array<readonly string[]> = [];
    const themes: Array<readonly string[]> = [];
    for (const goal of goals) {
      const goalOwners = interner.intern([...goal.owners].sort());
      texts.push({ ...goal, owners: goalOwners });
      owners.push(goalOwners);
      themes.push(interner.intern(goal.themes.map((t) => t.id).sort()));
    }
    const engine = new SimilarGoals(texts);
    return new GoalsLikeEngine(engine, owners, themes, counties);
  }

  get size(): number {
    return this.engine.space.size;
  }

  /**
   * The goals most like the draft, best first, under the filter: the linker's scores between the draft
   * (its words, and the themes the analysis tags it with) and every stored goal, whoever published it.
   */
  like({ text, skip, limit, filter }: LikeRequest): LikeAnswer {
    const themes = filter.themes ? new Set(filter.themes) : null;
    const ranked = this.engine.like(text, LIKE_CANDIDATES, {
      themes: tagThemes(text).map(({ id, weight }) => ({ id, weight })),
      accept: (goal) => this.passes(goal, filter, themes),
    });
    return {
      total: ranked.length,
      items: ranked.slice(skip, skip + limit).map((match) => ({ id: match.id, score: match.score, sharedTerms: match.shared.slice(0, MAX_SHARED_TERMS) })),
    };
  }

  private passes(goal: number, filter: LikeFilter, themes: ReadonlySet<string> | null): boolean {
    const owners = this.owners[goal]!;
    if (filter.exclude !== null && owners.includes(filter.exclude)) return false;
    if (filter.county !== null && !owners.some((owner) => this.counties.get(owner) === filter.county)) return false;
    if (themes !== null && !this.themes[goal]!.some((theme) => themes.has(theme))) return false;
    return true;
  }
}
