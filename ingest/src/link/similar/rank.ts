/**
 * Similar goals without a database: the engine the linker runs, for callers that hold goals as text
 * (the evaluation, "goals like my draft"). Builds the vector space from the goals' terms (terms.ts) and
 * answers ranked candidates and the links the linker would store.
 */
import { explainShared, explainSimilarity } from './explain.js';
import { calibrate, DEFAULT_PLAN, type PlanOptions } from './plan.js';
import { GoalCollector, GoalSpace, type Scored, type SpaceOptions } from './space.js';
import { goalInput, type GoalText } from './input.js';
import { goalTerms, SurfaceForms } from './terms.js';

export type { GoalText } from './input.js';

export interface LikeOptions {
  /** the draft's themes */
  themes?: GoalText['themes'];
  /** which goals (by index in the space) may be returned */
  accept?: (goal: number) => boolean;
}

export interface RankedGoal {
  id: string;
  score: number;
}

export class SimilarGoals {
  readonly space: GoalSpace;
  private readonly forms = new SurfaceForms();

  constructor(goals: readonly GoalText[], options: Partial<SpaceOptions> = {}) {
    const collector = new GoalCollector();
    for (const goal of goals) {
      const input = goalInput(goal);
      this.forms.addAll(input.words);
      collector.add(input);
    }
    this.space = new GoalSpace(collector, options);
  }

  private toRanked = (s: Scored): RankedGoal => ({ id: this.space.ids[s.goal]!, score: s.score });

  /** The `n` goals of other publishers most like `id`, best first, with no floor. */
  ranked(id: string, n: number): RankedGoal[] {
    const goal = this.space.indexOf(id);
    return goal === undefined ? [] : this.space.candidates(goal, n, 0).map(this.toRanked);
  }

  /** The goals `id` would be linked to: its top k after calibration (plan.ts). */
  links(id: string, plan: PlanOptions = DEFAULT_PLAN): RankedGoal[] {
    const goal = this.space.indexOf(id);
    if (goal === undefined) return [];
    return calibrate(this.space.candidates(goal, 2 * plan.k, plan.minScore), plan).map(this.toRanked);
  }

  /**
   * The goals most like a free text (a draft goal), best first, with the words each shares with it as the
   * goal writes them (a part of a compound as the compound; else as the draft does), so that they can be
   * marked in the goal's text. `accept`
   * narrows the goals considered (by index in the space) before the best are chosen.
   */
  like(text: string, n: number, options: LikeOptions = {}): Array<RankedGoal & { shared: string[] }> {
    const draft = goalTerms(text);
    const draftWords = new Map(draft.words);
    const vector = this.space.draftVector(draft.terms);
    return this.space.query({ vector, themes: options.themes, polarity: draft.polarity }, n, options.accept).map((s) => ({
      ...this.toRanked(s),
      shared: explainShared(
        this.space.sharedWithDraft(vector, s.goal).map(({ term, stem }) => ({ stem, own: true, words: [this.space.wordIn(s.goal, term) ?? this.space.compoundIn(s.goal, term), draftWords.get(stem)] })),
        this.forms,
        { pairConcepts: false },
      ),
    }));
  }

  /** The shared words and concepts that make two goals similar, in the goals' own words. */
  explain(a: string, b: string): string[] {
    const x = this.space.indexOf(a);
    const y = this.space.indexOf(b);
    return x === undefined || y === undefined ? [] : explainSimilarity(this.space, x, y, this.forms);
  }
}
