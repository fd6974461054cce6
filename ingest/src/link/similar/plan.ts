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

  append(other: EdgeList): void {
    for (let i = 0; i < other.length; i++) this.push(other.a[i]!, other.b[i]!, other.score[i]!);
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

/**
 * The affected goals' top-k lists, computed in index order, and their edges handed out while the rest
 * is still being computed (so the database can write them meanwhile). A pair listed by both ends is
 * emitted once, by the lower index: when goal g lists a lower goal o, o's list is already known, and
 * when it lists a higher one the edge is g's to emit. The edges come in the same order as one pass
 * over every list would give them.
 */
export class AffectedLinker {
  /** unaffected goal → the affected goals that scored with it (complete once every edge is taken) */
  readonly offers = new Map<number, Offer[]>();
  private readonly isAffected: Uint8Array;
  /** every affected goal's top k, as rows of a goals × k table (-1 = empty) */
  private readonly top: Int32Array;
  private next = 0;

  constructor(
    private readonly space: GoalSpace,
    affected: Iterable<number>,
    private readonly options: PlanOptions = DEFAULT_PLAN,
  ) {
    this.isAffected = new Uint8Array(space.size);
    for (const goal of affected) this.isAffected[goal] = 1;
    this.top = new Int32Array(space.size * options.k).fill(-1);
  }

  /** The edges of the next affected goals, at least `atLeast` of them unless the goals run out; null when done. */
  nextEdges(atLeast: number): EdgeList | null {
    if (this.next >= this.space.size) return null;
    const edges = new EdgeList();
    while (this.next < this.space.size && edges.length < atLeast) {
      const goal = this.next++;
      if (this.isAffected[goal]) this.link(goal, edges);
    }
    return edges;
  }

  private link(goal: number, edges: EdgeList): void {
    const { k } = this.options;
    const candidates = this.space.candidates(goal, 2 * k, this.options.minScore);
    const linked = calibrate(candidates, this.options).length;
    candidates.forEach((candidate, rank) => {
      const other = candidate.goal;
      if (rank < linked) {
        this.top[goal * k + rank] = other;
        if (goal < other || !this.isAffected[other] || !this.lists(other, goal)) edges.push(goal, other, candidate.score);
      }
      if (!this.isAffected[other]) {
        const list = this.offers.get(other);
        const offer = { goal, score: candidate.score, listed: rank < linked };
        if (list) list.push(offer);
        else this.offers.set(other, [offer]);
      }
    });
  }

  private lists(goal: number, other: number): boolean {
    const { k } = this.options;
    for (let r = goal * k; r < goal * k + k && this.top[r] !== -1; r++) if (this.top[r] === other) return true;
    return false;
  }
}

/** Every affected goal's edges and offers at once (see AffectedLinker). */
export function linkAffected(space: GoalSpace, affected: Iterable<number>, options: PlanOptions = DEFAULT_PLAN): AffectedPlan {
  const linker = new AffectedLinker(space, affected, options);
  const edges = new EdgeList();
  for (let chunk = linker.nextEdges(Infinity); chunk; chunk = linker.nextEdges(Infinity)) edges.append(chunk);
  return { edges, offers: linker.offers };
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
