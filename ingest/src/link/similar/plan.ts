import type { GoalSpace, Scored } from './space.js';

/**
 * Which SIMILAR_TO edges to keep, given the goals whose links are being (re)computed.
 *
 * Semantics: an edge joins a and b when b is among a's k best goals of other publishers or a among
 * b's; one edge per pair, read undirected. A full run makes every goal "affected" and is exactly the
 * union of all top-k lists. An incremental run (new documents) computes the top-k lists of the new
 * goals, and offers each new goal to the existing goals it scored with: an existing goal takes the
 * offer when it beats the k-th best of its current edges, and the edge it thereby pushes out of its
 * top k is marked displaced (deleted unless it is still in the other end's top k).
 */
export interface PlanOptions {
  k: number;
  /** no link below this score, whatever the goal's other candidates */
  minScore: number;
  /** no link below this share of the goal's best candidate's score */
  relative: number;
}

/**
 * Calibrated on real pairs (eval/pairs.json, `npm run eval:similar`): real municipalities word the same
 * aim differently, so a true counterpart often scores low in absolute terms but high relative to the
 * goal's other candidates. A link needs both a small absolute score and a good share of the best one.
 */
export const DEFAULT_PLAN: PlanOptions = { k: 10, minScore: 0.08, relative: 0.7 };

/** The candidates (best first) a goal links to: its top k above both floors. */
export function calibrate<T extends Scored>(candidates: readonly T[], plan: PlanOptions): T[] {
  const best = candidates[0]?.score ?? 0;
  return candidates.filter((c, rank) => rank < plan.k && c.score >= plan.minScore && c.score >= plan.relative * best);
}

/** Edges as parallel arrays (millions of them in a national run): goal indices and scores. */
export class EdgeList {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  score = new Float64Array(1024);
  length = 0;

  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(array: T): T => {
        const grown = new (array.constructor as new (n: number) => T)(array.length * 2);
        grown.set(array);
        return grown;
      };
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.score = grow(this.score);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length++] = score;
  }
}

/** An affected goal offered to an unaffected one; `listed` when the pair is in the affected goal's own top k (and so already an edge). */
export interface Offer extends Scored {
  listed: boolean;
}

export interface AffectedPlan {
  edges: EdgeList;
  /** unaffected goal → the affected goals that scored with it */
  offers: Map<number, Offer[]>;
}

export function linkAffected(space: GoalSpace, affected: Iterable<number>, options: PlanOptions = DEFAULT_PLAN): AffectedPlan {
  const { k } = options;
  const isAffected = new Uint8Array(space.size);
  for (const goal of affected) isAffected[goal] = 1;
  // every affected goal's top k, as rows of a goals × k table (-1 = empty)
  const top = new Int32Array(space.size * k).fill(-1);
  const topScore = new Float64Array(space.size * k);
  const offers = new Map<number, Offer[]>();
  for (let goal = 0; goal < space.size; goal++) {
    if (!isAffected[goal]) continue;
    const candidates = space.candidates(goal, 2 * k, options.minScore);
    const linked = calibrate(candidates, options).length;
    candidates.forEach((candidate, rank) => {
      if (rank < linked) {
        top[goal * k + rank] = candidate.goal;
        topScore[goal * k + rank] = candidate.score;
      }
      if (!isAffected[candidate.goal]) {
        const list = offers.get(candidate.goal);
        const offer = { goal, score: candidate.score, listed: rank < linked };
        if (list) list.push(offer);
        else offers.set(candidate.goal, [offer]);
      }
    });
  }
  // one edge per pair: a pair listed by both ends is emitted by the lower index only
  const edges = new EdgeList();
  const lists = (goal: number, other: number) => {
    for (let r = goal * k; r < goal * k + k && top[r] !== -1; r++) if (top[r] === other) return true;
    return false;
  };
  for (let goal = 0; goal < space.size; goal++) {
    for (let r = goal * k; r < goal * k + k && top[r] !== -1; r++) {
      const other = top[r]!;
      if (goal < other || !isAffected[other] || !lists(other, goal)) edges.push(goal, other, topScore[r]!);
    }
  }
  return { edges, offers };
}

export interface ExistingEdge {
  other: string;
  score: number;
}

export interface OfferOutcome {
  edges: EdgeList;
  /** [goal, other] id pairs pushed out of goal's top k */
  displaced: Array<[string, string]>;
}

/**
 * Lets each unaffected goal take the offers that enter its top k. `existing` holds its current edges
 * to unaffected goals (edges to affected goals are being replaced).
 */
export function acceptOffers(
  space: GoalSpace,
  offers: ReadonlyMap<number, readonly Offer[]>,
  existing: ReadonlyMap<string, readonly ExistingEdge[]>,
  plan: PlanOptions,
): OfferOutcome {
  const { k } = plan;
  const edges = new EdgeList();
  const displaced: Array<[string, string]> = [];
  for (const [goal, offered] of offers) {
    const id = space.ids[goal]!;
    type Entry = { other: string; score: number; offer?: Offer };
    const entries: Entry[] = [
      ...(existing.get(id) ?? []).map((e) => ({ other: e.other, score: e.score })),
      ...offered.map((offer) => ({ other: space.ids[offer.goal]!, score: offer.score, offer })),
    ];
    entries.sort((x, y) => y.score - x.score || (x.other < y.other ? -1 : x.other > y.other ? 1 : 0));
    const floor = plan.relative * (entries[0]?.score ?? 0);
    entries.forEach((entry, rank) => {
      if (rank < k) {
        if (entry.offer && !entry.offer.listed && entry.score >= floor) edges.push(goal, entry.offer.goal, entry.score);
      } else if (!entry.offer) {
        displaced.push([id, entry.other]);
      }
    });
  }
  return { edges, displaced };
}
