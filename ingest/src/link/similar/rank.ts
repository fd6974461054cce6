/**
 * Similar goals without a database: the engine the linker runs, for callers that hold goals as text
 * (the evaluation, "goals like my draft"). Builds the vector space from the goals' terms (terms.ts) and
 * answers ranked candidates and the links the linker would store.
 */
import type { ThemeTag } from '@strategigrafen/schema';
import { explainSimilarity } from './explain.js';
import { calibrate, DEFAULT_PLAN, type PlanOptions } from './plan.js';
import { GoalCollector, GoalSpace, type Scored, type SpaceOptions } from './space.js';
import { goalTerms, SurfaceForms } from './terms.js';

export interface GoalText {
  id: string;
  text: string;
  /** publisher keys; goals sharing one are never linked */
  owners: readonly string[];
  themes?: readonly Pick<ThemeTag, 'id' | 'weight'>[];
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
      const { terms, words, polarity } = goalTerms(goal.text);
      this.forms.addAll(words);
      collector.add({ id: goal.id, owners: goal.owners, terms, themes: goal.themes, words, polarity });
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

  /** The goals most like a free text (a draft goal), best first, with the words each shares with it. */
  like(text: string, n: number, themes?: GoalText['themes']): Array<RankedGoal & { shared: string[] }> {
    const draft = goalTerms(text);
    const draftWords = new Map(draft.words);
    return this.space.query({ terms: draft.terms, themes, polarity: draft.polarity }, n).map((s) => ({
      ...this.toRanked(s),
      shared: this.space
        .sharedWith(draft.terms, s.goal)
        .map((term) => draftWords.get(term) ?? this.space.wordIn(s.goal, this.space.termIndex(term)!) ?? this.forms.formOf(term))
        .filter((w, i, all) => all.indexOf(w) === i)
        .slice(0, 5),
    }));
  }

  /** The shared words and concepts that make two goals similar, in the goals' own words. */
  explain(a: string, b: string): string[] {
    const x = this.space.indexOf(a);
    const y = this.space.indexOf(b);
    return x === undefined || y === undefined ? [] : explainSimilarity(this.space, x, y, this.forms);
  }
}
