import { TopK } from './topk.js';

/**
 * The vector space of all goals: TF-IDF vectors over index terms (stems and compound parts), an
 * inverted index to find candidates, and exact cosine scoring of the few candidates that matter.
 *
 * Weights: w(t, g) = (1 + ln tf) · idf(t), idf(t) = ln((N + 1) / (df + 1)) + 1, vectors L2-normalised,
 * N and df over every goal in the space (so IDF always reflects the whole collection).
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
 * themes is judged on its words alone. Identical goals score 1.
 */
export interface GoalInput {
  id: string;
  /** publisher keys (municipality codes, organisation ids); a goal never links to a goal sharing one. Empty: not linked at all. */
  owners: readonly string[];
  /** index terms, duplicates kept (term frequency) */
  terms: readonly string[];
  themes?: readonly { id: string; weight: number }[];
}

export interface SpaceOptions {
  /** entries kept per posting list */
  maxPosting: number;
  /** a query walks the postings of at most this many of its terms, the strongest (most specific) first */
  queryTerms: number;
  /** λ, the weight of the theme signal */
  themeWeight: number;
  /** candidates rescored exactly per query (the best by accumulated score) */
  rescore: number;
}

export const DEFAULT_SPACE: SpaceOptions = { maxPosting: 400, queryTerms: 1000, themeWeight: 0.25, rescore: 20 };

export interface Scored {
  goal: number;
  score: number;
}

/**
 * Collects goals one at a time into compact arrays (term ids instead of strings), so that 300k goals
 * read page by page from the graph never sit in memory as objects all at once.
 */
export class GoalCollector {
  readonly ids: string[] = [];
  readonly vocabulary: string[] = [];
  readonly termIndex = new Map<string, number>();
  readonly df: number[] = [];
  readonly goalTerms: Int32Array[] = [];
  readonly goalFreqs: Int32Array[] = [];
  readonly ownerGroup: number[] = [];
  readonly groups: number[][] = [];
  readonly themeStart: number[] = [0];
  readonly themeEntries: number[] = [];
  readonly themeWeights: number[] = [];
  private readonly groupIndex = new Map<string, number>();
  private readonly ownerIndex = new Map<string, number>();
  private readonly themeIndex = new Map<string, number>();

  get themeCount(): number {
    return this.themeIndex.size;
  }

  add(goal: GoalInput): void {
    this.ids.push(goal.id);
    const termIds = Int32Array.from(goal.terms, (term) => {
      let id = this.termIndex.get(term);
      if (id === undefined) {
        id = this.vocabulary.length;
        this.termIndex.set(term, id);
        this.vocabulary.push(term);
        this.df.push(0);
      }
      return id;
    }).sort();
    const distinct: number[] = [];
    const freqs: number[] = [];
    for (let i = 0; i < termIds.length; i++) {
      if (i > 0 && termIds[i] === termIds[i - 1]) freqs[freqs.length - 1]!++;
      else {
        distinct.push(termIds[i]!);
        freqs.push(1);
        this.df[termIds[i]!]!++;
      }
    }
    this.goalTerms.push(Int32Array.from(distinct));
    this.goalFreqs.push(Int32Array.from(freqs));
    this.ownerGroup.push(this.group(goal.owners));
    const themes = goal.themes ?? [];
    const norm = Math.sqrt(themes.reduce((sum, t) => sum + t.weight * t.weight, 0)) || 1;
    const entries = themes.map((theme) => {
      let id = this.themeIndex.get(theme.id);
      if (id === undefined) this.themeIndex.set(theme.id, (id = this.themeIndex.size));
      return [id, theme.weight / norm] as const;
    });
    for (const [id, weight] of entries.sort((x, y) => x[0] - y[0])) {
      this.themeEntries.push(id);
      this.themeWeights.push(weight);
    }
    this.themeStart.push(this.themeEntries.length);
  }

  /** publishers: goals with the same owner set share a group; -1 = unattributed */
  private group(owners: readonly string[]): number {
    if (owners.length === 0) return -1;
    const key = [...owners].sort().join('\u0000');
    let group = this.groupIndex.get(key);
    if (group === undefined) {
      group = this.groups.length;
      this.groupIndex.set(key, group);
      this.groups.push(
        owners.map((owner) => {
          let id = this.ownerIndex.get(owner);
          if (id === undefined) this.ownerIndex.set(owner, (id = this.ownerIndex.size));
          return id;
        }),
      );
    }
    return group;
  }
}

export class GoalSpace {
  readonly size: number;
  readonly ids: readonly string[];
  readonly vocabulary: readonly string[];
  readonly options: SpaceOptions;
  private readonly df: Int32Array;
  private readonly vectorStart: Int32Array;
  private readonly vectorTerm: Int32Array;
  private readonly vectorWeight: Float64Array;
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
  private readonly idIndex = new Map<string, number>();
  // per-query scratch space
  private readonly accumulated: Float64Array;
  private readonly seen: Int32Array;
  private query = 0;
  private best = new TopK(0);
  /** candidates touched by the current query; a query touches at most (its terms × maxPosting) goals */
  private touched: Int32Array;
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
    const n = collected.ids.length;
    this.size = n;
    this.ids = collected.ids;
    this.ids.forEach((id, i) => this.idIndex.set(id, i));
    this.vocabulary = collected.vocabulary;
    this.df = Int32Array.from(collected.df);
    this.ownerGroup = Int32Array.from(collected.ownerGroup);
    this.groups = collected.groups;
    this.soleOwner = Int32Array.from(this.groups, (owners) => (owners.length === 1 ? owners[0]! : -1));
    this.themeStart = Int32Array.from(collected.themeStart);
    this.themeId = Int32Array.from(collected.themeEntries);
    this.themeWeight = Float64Array.from(collected.themeWeights);

    // L2-normalised TF-IDF vectors, terms ascending (for merge-based dot products)
    const entries = collected.goalTerms.reduce((sum, terms) => sum + terms.length, 0);
    this.vectorStart = new Int32Array(n + 1);
    this.vectorTerm = new Int32Array(entries);
    this.vectorWeight = new Float64Array(entries);
    let at = 0;
    for (let g = 0; g < n; g++) {
      this.vectorStart[g] = at;
      const terms = collected.goalTerms[g]!;
      const freqs = collected.goalFreqs[g]!;
      let norm = 0;
      for (let i = 0; i < terms.length; i++) {
        const w = (1 + Math.log(freqs[i]!)) * this.idf(terms[i]!);
        this.vectorTerm[at + i] = terms[i]!;
        this.vectorWeight[at + i] = w;
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      for (let i = 0; i < terms.length; i++) this.vectorWeight[at + i]! /= norm || 1;
      at += terms.length;
    }
    this.vectorStart[n] = at;

    // posting lists of attributed goals, strongest first, cut at maxPosting
    const vocabularySize = this.vocabulary.length;
    const postingCount = new Int32Array(vocabularySize);
    for (let g = 0; g < n; g++) {
      if (this.ownerGroup[g]! < 0) continue;
      for (let p = this.vectorStart[g]!; p < this.vectorStart[g + 1]!; p++) postingCount[this.vectorTerm[p]!]!++;
    }
    const fillStart = new Int32Array(vocabularySize + 1);
    for (let t = 0; t < vocabularySize; t++) fillStart[t + 1] = fillStart[t]! + postingCount[t]!;
    const allGoals = new Int32Array(fillStart[vocabularySize]!);
    const allWeights = new Float64Array(allGoals.length);
    const fill = fillStart.slice(0, vocabularySize);
    for (let g = 0; g < n; g++) {
      if (this.ownerGroup[g]! < 0) continue;
      for (let p = this.vectorStart[g]!; p < this.vectorStart[g + 1]!; p++) {
        const slot = fill[this.vectorTerm[p]!]!++;
        allGoals[slot] = g;
        allWeights[slot] = this.vectorWeight[p]!;
      }
    }
    const max = this.options.maxPosting;
    this.postingStart = new Int32Array(vocabularySize + 1);
    for (let t = 0; t < vocabularySize; t++) this.postingStart[t + 1] = this.postingStart[t]! + Math.min(max, postingCount[t]!);
    this.postingGoal = new Int32Array(this.postingStart[vocabularySize]!);
    this.postingWeight = new Float32Array(this.postingGoal.length);
    for (let t = 0; t < vocabularySize; t++) {
      const from = fillStart[t]!;
      const length = postingCount[t]!;
      // strongest first, ties by goal order; only the first `max` are kept
      const slots =
        length > max
          ? Int32Array.from({ length }, (_, i) => from + i)
              .sort((x, y) => allWeights[y]! - allWeights[x]! || x - y)
              .subarray(0, max)
          : null;
      const start = this.postingStart[t]!;
      for (let i = 0; i < Math.min(max, length); i++) {
        const slot = slots ? slots[i]! : from + i;
        this.postingGoal[start + i] = allGoals[slot]!;
        this.postingWeight[start + i] = allWeights[slot]!;
      }
    }

    this.accumulated = new Float64Array(n);
    this.seen = new Int32Array(n);
    const longestGoal = collected.goalTerms.reduce((max, terms) => Math.max(max, terms.length), 0);
    this.touched = new Int32Array(Math.min(n, longestGoal * max) + 1);
    this.scatteredTerms = new Float64Array(vocabularySize);
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
    const ga = this.ownerGroup[a]!;
    const gb = this.ownerGroup[b]!;
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
    const query = ++this.query;
    let touched = 0;
    for (const p of this.queryPostings(goal)) {
      const term = this.vectorTerm[p]!;
      const wq = this.vectorWeight[p]!;
      for (let q = this.postingStart[term]!; q < this.postingStart[term + 1]!; q++) {
        const other = this.postingGoal[q]!;
        if (this.seen[other] !== query) {
          this.seen[other] = query;
          if (other === goal || !this.mayLink(goal, other)) {
            this.accumulated[other] = -Infinity;
            continue;
          }
          this.accumulated[other] = 0;
          this.touched[touched++] = other;
        }
        this.accumulated[other]! += wq * this.postingWeight[q]!;
      }
    }
    const best = this.best.capacity === pool ? this.best : (this.best = new TopK(pool));
    best.clear();
    for (let i = 0; i < touched; i++) best.offer(this.accumulated[this.touched[i]!]!, this.touched[i]!);
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
    return Math.round(terms * factor * 10_000) / 10_000;
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

  /** The terms two goals share, by their contribution to the similarity, strongest first. */
  sharedTerms(a: number, b: number): Array<{ term: string; contribution: number }> {
    const shared: Array<{ term: string; contribution: number }> = [];
    this.merge(a, b, (term, wa, wb) => shared.push({ term: this.vocabulary[term]!, contribution: wa * wb }));
    return shared.sort((x, y) => y.contribution - x.contribution || (x.term < y.term ? -1 : 1));
  }

  private merge(a: number, b: number, visit: (term: number, wa: number, wb: number) => void): void {
    let i = this.vectorStart[a]!;
    let j = this.vectorStart[b]!;
    const endA = this.vectorStart[a + 1]!;
    const endB = this.vectorStart[b + 1]!;
    while (i < endA && j < endB) {
      const ta = this.vectorTerm[i]!;
      const tb = this.vectorTerm[j]!;
      if (ta === tb) visit(ta, this.vectorWeight[i++]!, this.vectorWeight[j++]!);
      else if (ta < tb) i++;
      else j++;
    }
  }

  private idf(term: number): number {
    return Math.log((this.size + 1) / (this.df[term]! + 1)) + 1;
  }
}
