import { Accumulator } from './accumulator.js';
import { GoalCollector, type GoalInput } from './collector.js';
import { buildPostings } from './postings.js';
import { TopK } from './topk.js';

export type { GoalInput } from './collector.js';
export { GoalCollector } from './collector.js';

export interface SpaceOptions {
  /** entries kept per posting list */
  maxPosting: number;
  /** a query walks the postings of at most this many of its terms, the strongest (most specific) first */
  queryTerms: number;
  /** λ, the weight of the theme signal */
  themeWeight: number;
  /** candidates rescored exactly per query (the best by accumulated score) */
  rescore: number;
  /** the factor on the score of two goals that want the same thing to move in opposite directions */
  polarityFactor: number;
}

export const DEFAULT_SPACE: SpaceOptions = { maxPosting: 400, queryTerms: 1000, themeWeight: 0.6, rescore: 30, polarityFactor: 0.4 };

export interface Scored {
  goal: number;
  score: number;
}

/**
 * The vector space of all goals: TF-IDF vectors over index terms (stems and compound parts), an
 * inverted index to find candidates, and exact cosine scoring of the few candidates that matter.
 *
 * Weights: w(t, g) = (1 + ln tf) · idf(t) for the goal's own words, CONTEXT_WEIGHT · idf(t) for the words
 * of its context (collector.ts), idf(t) = ln((N + 1) / (df + 1)) + 1, vectors L2-normalised,
 * N and df over every goal in the space (so IDF always reflects the whole collection), df counting the
 * goals that write the term themselves.
 *
 * Candidates, never all pairs: every term has a posting list of the goals that contain it, ordered by
 * the term's weight in the goal and cut at `maxPosting` entries. A query walks the postings of its own
 * terms and accumulates partial dot products, so its cost is at most (its terms × maxPosting) whatever
 * the size of the collection — the whole computation grows linearly with the number of goals. Frequent
 * terms (long lists) carry little weight, so the cut loses little; the best accumulated candidates are
 * then rescored exactly, which keeps every stored score symmetric and reproducible.
 *
 * Themes are a second signal: when both goals carry themes, score = cosine(terms) · (1 − λ · (1 − cosine(themes))),
 * so the same words under different themes score lower than under the same themes; a goal without
 * themes is judged on its words alone. Two goals that want their object to move in opposite directions
 * ("öka" / "minska") score `polarityFactor` times lower. Identical goals score 1.
 */
export class GoalSpace {
  readonly size: number;
  readonly ids: readonly string[];
  readonly vocabulary: readonly string[];
  readonly options: SpaceOptions;
  private readonly df: Int32Array;
  private readonly ownDf: Int32Array;
  private readonly vectorStart: Int32Array;
  private readonly vectorTerm: Int32Array;
  private readonly vectorWeight: Float64Array;
  /** 1 where the term is the goal's own word, 0 where it is its context's */
  private readonly vectorOwn: Uint8Array;
  private readonly postingStart: Int32Array;
  private readonly postingGoal: Int32Array;
  private readonly postingWeight: Float32Array;
  private readonly ownerGroup: Int32Array;
  private readonly groups: number[][];
  /** per group: its only owner, or -1 when the group has several */
  private readonly soleOwner: Int32Array;
  private readonly themeStart: Int32Array;
  private readonly themeId: Int32Array;
  private readonly themeWeight: Float64Array;
  private readonly polarity: Int8Array;
  private scatteredPolarity = 0;
  private readonly idIndex = new Map<string, number>();
  private readonly termIds: ReadonlyMap<string, number>;
  private readonly themeIds: ReadonlyMap<string, number>;
  private readonly goalWords: readonly Int32Array[];
  private readonly wordList: readonly string[];
  /** the publisher group of each posting (read in sequence with the posting, not looked up per goal) */
  private readonly postingGroup: Int32Array;
  // per-query scratch space
  private readonly accumulators: Accumulator[] = [];
  private best = new TopK(0);
  private readonly scatteredTerms: Float64Array;
  private readonly scatteredThemes: Float64Array;
  private scatteredThemeCount = 0;

  /** Builds the space from goals given as objects (tests, benchmarks) or from a collector (graph pages). */
  constructor(goals: readonly GoalInput[] | GoalCollector, options: Partial<SpaceOptions> = {}) {
    this.options = { ...DEFAULT_SPACE, ...options };
    let collected: GoalCollector;
    if (goals instanceof GoalCollector) collected = goals;
    else {
      collected = new GoalCollector();
      for (const goal of goals) collected.add(goal);
    }
    collected.finish();
    const n = collected.ids.length;
    this.size = n;
    this.ids = collected.ids;
    this.ids.forEach((id, i) => this.idIndex.set(id, i));
    this.vocabulary = collected.vocabulary;
    this.df = Int32Array.from(collected.df);
    this.ownDf = Int32Array.from(collected.ownDf);
    this.ownerGroup = Int32Array.from(collected.ownerGroup);
    this.groups = collected.groups;
    this.soleOwner = Int32Array.from(this.groups, (owners) => (owners.length === 1 ? owners[0]! : -1));
    this.themeStart = Int32Array.from(collected.themeStart);
    this.themeId = Int32Array.from(collected.themeEntries);
    this.themeWeight = Float64Array.from(collected.themeWeights);
    this.goalWords = collected.goalWords;
    this.polarity = Int8Array.from(collected.polarity);
    this.termIds = collected.termIndex;
    this.themeIds = collected.themeIndexes;
    this.wordList = collected.wordList;

    // L2-normalised TF-IDF vectors, terms ascending (for merge-based dot products)
    const entries = collected.goalTerms.reduce((sum, terms) => sum + terms.length, 0);
    this.vectorStart = new Int32Array(n + 1);
    this.vectorTerm = new Int32Array(entries);
    this.vectorWeight = new Float64Array(entries);
    this.vectorOwn = new Uint8Array(entries);
    let at = 0;
    for (let g = 0; g < n; g++) {
      this.vectorStart[g] = at;
      const terms = collected.goalTerms[g]!;
      const freqs = collected.goalFreqs[g]!;
      let norm = 0;
      for (let i = 0; i < terms.length; i++) {
        const w = freqs[i]! * this.idf(terms[i]!);
        this.vectorTerm[at + i] = terms[i]!;
        this.vectorWeight[at + i] = w;
        this.vectorOwn[at + i] = freqs[i]! >= 1 ? 1 : 0;
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      for (let i = 0; i < terms.length; i++) this.vectorWeight[at + i]! /= norm || 1;
      at += terms.length;
    }
    this.vectorStart[n] = at;

    const postings = buildPostings(this.vectorStart, this.vectorTerm, this.vectorWeight, this.vectorOwn, this.ownerGroup, this.vocabulary.length, this.options.maxPosting);
    this.postingStart = postings.start;
    this.postingGoal = postings.goal;
    this.postingWeight = postings.weight;
    this.postingGroup = Int32Array.from(this.postingGoal, (g) => this.ownerGroup[g]!);
    this.scatteredTerms = new Float64Array(this.vocabulary.length);
    this.scatteredThemes = new Float64Array(collected.themeCount);
  }

  indexOf(id: string): number | undefined {
    return this.idIndex.get(id);
  }

  /** true when the goal has a known publisher and can be linked */
  isAttributed(goal: number): boolean {
    return this.ownerGroup[goal]! >= 0;
  }

  /** true when the two goals have known, disjoint publishers (they may be linked) */
  mayLink(a: number, b: number): boolean {
    return a !== b && this.groupsDisjoint(this.ownerGroup[a]!, this.ownerGroup[b]!);
  }

  private groupsDisjoint(ga: number, gb: number): boolean {
    if (ga < 0 || gb < 0 || ga === gb) return false;
    if (this.soleOwner[ga]! >= 0 && this.soleOwner[gb]! >= 0) return true;
    const ob = this.groups[gb]!;
    return !this.groups[ga]!.some((owner) => ob.includes(owner));
  }

  /**
   * The goals most similar to `goal` among those it may link to, with exact scores ≥ minScore, best
   * first (ties by id). At most `limit` are returned; `pool` candidates (by accumulated score) are rescored.
   */
  candidates(goal: number, limit: number, minScore: number, pool = Math.max(limit, this.options.rescore)): Scored[] {
    if (!this.isAttributed(goal)) return [];
    const postings = this.queryPostings(goal);
    let bound = 0;
    for (const p of postings) bound += this.postingStart[this.vectorTerm[p]! + 1]! - this.postingStart[this.vectorTerm[p]!]!;
    const accumulator = this.accumulatorFor(bound);
    const sums = accumulator.values;
    const group = this.ownerGroup[goal]!;
    for (const p of postings) {
      const term = this.vectorTerm[p]!;
      const wq = this.vectorWeight[p]!;
      for (let q = this.postingStart[term]!; q < this.postingStart[term + 1]!; q++) {
        const slot = accumulator.slot(this.postingGoal[q]!);
        let sum = sums[slot]!;
        if (sum !== sum) {
          // first touch (NaN): may the two goals link at all?
          const other = this.postingGoal[q]!;
          const otherGroup = this.postingGroup[q]!;
          if (other === goal || otherGroup === group || !this.groupsDisjoint(group, otherGroup)) {
            sums[slot] = -Infinity;
            continue;
          }
          sum = 0;
        }
        sums[slot] = sum + wq * this.postingWeight[q]!;
      }
    }
    const best = this.best.capacity === pool ? this.best : (this.best = new TopK(pool));
    best.clear();
    for (let i = 0; i < accumulator.size; i++) {
      const slot = accumulator.used[i]!;
      if (sums[slot]! > 0) best.offer(sums[slot]!, accumulator.goalAt(slot));
    }
    accumulator.clear();
    // rescore exactly: the accumulated sums miss the terms whose posting lists were cut
    this.scatter(goal, 1);
    const scored: Scored[] = [];
    for (const other of best.items()) {
      const score = this.scoreAgainstScattered(other);
      if (score >= minScore) scored.push({ goal: other, score });
    }
    this.scatter(goal, 0);
    return scored.sort((x, y) => this.compare(x, y)).slice(0, limit);
  }

  /**
   * A text that is not in the space (a draft goal) as a vector of the space: its terms weighted with the
   * space's IDF, L2-normalised; terms the space does not know carry no evidence and are left out.
   */
  draftVector(terms: readonly string[]): Map<number, number> {
    const tf = new Map<number, number>();
    for (const term of terms) {
      const id = this.termIds.get(term);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const weights = new Map<number, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const w = (1 + Math.log(count)) * this.idf(term);
      weights.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [term, w] of weights) weights.set(term, w / norm);
    return weights;
  }

  /**
   * The goals most like a draft (draftVector), with the same scoring as between goals. Every attributed
   * goal that `accept` lets through may be returned (a filter applied before the best are chosen, so a
   * narrow filter still finds its goals); best first, at most `limit`.
   */
  query(
    draft: { vector: ReadonlyMap<number, number>; themes?: GoalInput['themes']; polarity?: number },
    limit: number,
    accept: (goal: number) => boolean = () => true,
    pool = Math.max(limit, this.options.rescore),
  ): Scored[] {
    const weights = draft.vector;
    if (weights.size === 0) return [];
    // accumulate over the postings, then rescore the best exactly against the scattered draft
    const partial = new Map<number, number>();
    for (const [term, wq] of weights) {
      for (let q = this.postingStart[term]!; q < this.postingStart[term + 1]!; q++) {
        if (this.postingGroup[q]! < 0) continue;
        const goal = this.postingGoal[q]!;
        partial.set(goal, (partial.get(goal) ?? 0) + wq * this.postingWeight[q]!);
      }
    }
    const best = new TopK(pool);
    for (const [goal, sum] of partial) if (accept(goal)) best.offer(sum, goal);
    for (const [term, w] of weights) this.scatteredTerms[term] = w;
    const themeIds: number[] = [];
    for (const theme of draft.themes ?? []) {
      const id = this.themeIds.get(theme.id);
      if (id === undefined) continue;
      this.scatteredThemes[id] = theme.weight;
      themeIds.push(id);
    }
    this.scatteredThemeCount = themeIds.length;
    this.scatteredPolarity = Math.sign(draft.polarity ?? 0);
    const scored = best.items().map((goal) => ({ goal, score: this.scoreAgainstScattered(goal) })).filter((s) => s.score > 0);
    for (const term of weights.keys()) this.scatteredTerms[term] = 0;
    for (const id of themeIds) this.scatteredThemes[id] = 0;
    this.scatteredThemeCount = 0;
    this.scatteredPolarity = 0;
    return scored.sort((x, y) => this.compare(x, y)).slice(0, limit);
  }

  /** The terms a goal shares with a draft vector, by their contribution to the score, strongest first. */
  sharedWithDraft(vector: ReadonlyMap<number, number>, goal: number): Array<{ term: number; stem: string; contribution: number }> {
    const shared: Array<{ term: number; stem: string; contribution: number }> = [];
    for (let p = this.vectorStart[goal]!; p < this.vectorStart[goal + 1]!; p++) {
      const wd = vector.get(this.vectorTerm[p]!);
      if (wd !== undefined) shared.push({ term: this.vectorTerm[p]!, stem: this.vocabulary[this.vectorTerm[p]!]!, contribution: wd * this.vectorWeight[p]! });
    }
    return shared.sort((x, y) => y.contribution - x.contribution || (x.stem < y.stem ? -1 : 1));
  }

  /** The similarity of two goals, symmetric, rounded to 4 decimals. */
  score(a: number, b: number): number {
    this.scatter(a, 1);
    const score = this.scoreAgainstScattered(b);
    this.scatter(a, 0);
    return score;
  }

  /**
   * Spreads a goal's term and theme weights over dense arrays (on = 1) or clears them (on = 0), so
   * that scoring a candidate reads only the candidate's own vector.
   */
  private scatter(goal: number, on: 0 | 1): void {
    for (let p = this.vectorStart[goal]!; p < this.vectorStart[goal + 1]!; p++) this.scatteredTerms[this.vectorTerm[p]!] = on * this.vectorWeight[p]!;
    for (let p = this.themeStart[goal]!; p < this.themeStart[goal + 1]!; p++) this.scatteredThemes[this.themeId[p]!] = on * this.themeWeight[p]!;
    this.scatteredThemeCount = on * (this.themeStart[goal + 1]! - this.themeStart[goal]!);
    this.scatteredPolarity = on * this.polarity[goal]!;
  }

  // Sums run in ascending term (theme) id order whichever goal is scattered, so score(a, b) === score(b, a) exactly.
  private scoreAgainstScattered(other: number): number {
    let terms = 0;
    for (let p = this.vectorStart[other]!; p < this.vectorStart[other + 1]!; p++) terms += this.scatteredTerms[this.vectorTerm[p]!]! * this.vectorWeight[p]!;
    if (terms === 0) return 0;
    let factor = 1;
    if (this.scatteredThemeCount > 0 && this.themeStart[other + 1]! > this.themeStart[other]!) {
      let themes = 0;
      for (let p = this.themeStart[other]!; p < this.themeStart[other + 1]!; p++) themes += this.scatteredThemes[this.themeId[p]!]! * this.themeWeight[p]!;
      factor = 1 - this.options.themeWeight * (1 - themes);
    }
    // "öka antalet anställda" and "minska antalet anställda" share every word and want opposite things
    if (this.scatteredPolarity * this.polarity[other]! < 0) factor *= this.options.polarityFactor;
    return Math.round(terms * factor * 10_000) / 10_000;
  }

  /** An empty accumulator large enough for `touches` goals: one per power of two, so that small queries use small (cached) tables. */
  private accumulatorFor(touches: number): Accumulator {
    const bits = Math.max(6, Math.ceil(Math.log2(2 * Math.max(1, touches))));
    let accumulator = this.accumulators[bits];
    if (!accumulator) this.accumulators[bits] = accumulator = new Accumulator(touches);
    return accumulator;
  }

  /** Positions (in the goal's vector) of the terms a query walks: shared with some other goal, strongest first. */
  private queryPostings(goal: number): number[] {
    const positions: number[] = [];
    for (let p = this.vectorStart[goal]!; p < this.vectorStart[goal + 1]!; p++) if (this.df[this.vectorTerm[p]!]! > 1) positions.push(p);
    if (positions.length <= this.options.queryTerms) return positions;
    return positions.sort((x, y) => this.vectorWeight[y]! - this.vectorWeight[x]! || x - y).slice(0, this.options.queryTerms);
  }

  /** Orders scored goals best first, ties by id (deterministic). */
  compare(x: Scored, y: Scored): number {
    if (x.score !== y.score) return y.score - x.score;
    const a = this.ids[x.goal]!;
    const b = this.ids[y.goal]!;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /**
   * The terms two goals share, by their contribution to the similarity, strongest first (ties by term);
   * `own` when at least one of the goals writes it itself (not only its context).
   */
  sharedTerms(a: number, b: number): Array<{ term: number; stem: string; contribution: number; own: boolean }> {
    const shared: Array<{ term: number; stem: string; contribution: number; own: boolean }> = [];
    this.merge(a, b, (term, wa, wb, own) => shared.push({ term, stem: this.vocabulary[term]!, contribution: wa * wb, own }));
    return shared.sort((x, y) => y.contribution - x.contribution || (x.stem < y.stem ? -1 : 1));
  }

  /** The index of a term in the vocabulary, if the space knows it. */
  termIndex(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** How the goal writes a term as a whole word, if it does. */
  wordIn(goal: number, term: number): string | undefined {
    const words = this.goalWords[goal];
    if (!words) return undefined;
    for (let i = 0; i < words.length; i += 2) if (words[i] === term) return this.wordList[words[i + 1]!];
    return undefined;
  }

  /** The compound the goal writes a term in, when it has the term only as a compound part. */
  compoundIn(goal: number, term: number): string | undefined {
    const words = this.goalWords[goal];
    if (!words) return undefined;
    for (let i = 0; i < words.length; i += 2) if (words[i] === -(term + 1)) return this.wordList[words[i + 1]!];
    return undefined;
  }

  private merge(a: number, b: number, visit: (term: number, wa: number, wb: number, own: boolean) => void): void {
    let i = this.vectorStart[a]!;
    let j = this.vectorStart[b]!;
    const endA = this.vectorStart[a + 1]!;
    const endB = this.vectorStart[b + 1]!;
    while (i < endA && j < endB) {
      const ta = this.vectorTerm[i]!;
      const tb = this.vectorTerm[j]!;
      if (ta === tb) {
        visit(ta, this.vectorWeight[i]!, this.vectorWeight[j]!, this.vectorOwn[i]! + this.vectorOwn[j]! > 0);
        i++;
        j++;
      }
      else if (ta < tb) i++;
      else j++;
    }
  }

  private idf(term: number): number {
    return Math.log((this.size + 1) / ((this.ownDf[term]! || this.df[term]!) + 1)) + 1;
  }
}
