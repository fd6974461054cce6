/**
 * A goal is read in its context, as a strategist reads it: "Täckningen ska vara hundraprocentig" under the
 * heading "Bredband" of a broadband strategy is a broadband goal. Context is weaker evidence than the
 * goal's own words (calibrated on real pairs, `npm run eval:similar`):
 *  - the words of its section heading, and the words its document's goals share (a term in at least
 *    DOCUMENT_SHARE of them, at least two, the DOCUMENT_TERMS most frequent), each at CONTEXT_WEIGHT of
 *    one occurrence of a word of its own;
 *  - its document's themes, at DOCUMENT_THEME_WEIGHT of its own.
 */
export const CONTEXT_WEIGHT = 0.5;
export const DOCUMENT_SHARE = 0.2;
export const DOCUMENT_TERMS = 8;
export const DOCUMENT_THEME_WEIGHT = 0.5;

/** Goals as the similarity core takes them, and their compact in-memory collection. */
export interface GoalInput {
  id: string;
  /** publisher keys (municipality codes, organisation ids); a goal never links to a goal sharing one. Empty: not linked at all. */
  owners: readonly string[];
  /** index terms, duplicates kept (term frequency) */
  terms: readonly string[];
  /** index terms of the goal's section heading */
  context?: readonly string[];
  themes?: readonly { id: string; weight: number }[];
  /** the goal's document: goals of one document lend each other the words they share */
  document?: string | null;
  documentThemes?: readonly { id: string; weight: number }[];
  /** [stem, word as written] of the goal's whole words, to explain similarity in the goal's own words */
  words?: ReadonlyArray<readonly [string, string]>;
  /** [part, compound as written] of the compound parts of its words ("direkt" in "direktupphandlingsgränsen") */
  compounds?: ReadonlyArray<readonly [string, string]>;
  /** the direction the goal wants its object to move: +1 more ("öka", "fler"), −1 less ("minska", "färre"), 0 neither or both */
  polarity?: number;
}

/**
 * Collects goals one at a time into compact arrays (term ids instead of strings), so that 300k goals
 * read page by page from the graph never sit in memory as objects all at once.
 */
export class GoalCollector {
  readonly ids: string[] = [];
  readonly vocabulary: string[] = [];
  readonly termIndex = new Map<string, number>();
  /** per term: the goals that have it, in their own words or their context */
  readonly df: number[] = [];
  /** per term: the goals that write it themselves (IDF is theirs: a document lending its words to its goals does not make them common) */
  readonly ownDf: number[] = [];
  readonly goalTerms: Int32Array[] = [];
  /** per goal and term: the term-frequency factor, 1 + ln tf for the goal's own terms, CONTEXT_WEIGHT for context-only ones */
  readonly goalFreqs: Float32Array[] = [];
  /** per goal: its document's index, -1 when it has none */
  private readonly documentOf: number[] = [];
  private readonly documentIndex = new Map<string, number>();
  private finished = false;
  readonly ownerGroup: number[] = [];
  readonly groups: number[][] = [];
  readonly themeStart: number[] = [0];
  readonly themeEntries: number[] = [];
  readonly themeWeights: number[] = [];
  /** per goal: [term id, word id] pairs of its whole words, then [−(term id + 1), word id] of its compounds by their parts */
  readonly goalWords: Int32Array[] = [];
  readonly polarity: number[] = [];
  readonly wordList: string[] = [];
  private readonly wordIndex = new Map<string, number>();
  private readonly groupIndex = new Map<string, number>();
  private readonly ownerIndex = new Map<string, number>();
  private readonly themeIndex = new Map<string, number>();

  get themeCount(): number {
    return this.themeIndex.size;
  }

  /** theme id → its index in the theme vectors */
  get themeIndexes(): ReadonlyMap<string, number> {
    return this.themeIndex;
  }

  add(goal: GoalInput): void {
    this.ids.push(goal.id);
    this.polarity.push(Math.sign(goal.polarity ?? 0));
    const counts = new Map<number, number>();
    for (const term of goal.terms) {
      const id = this.termId(term);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const factors = new Map<number, number>();
    for (const [id, count] of counts) factors.set(id, 1 + Math.log(count));
    for (const term of goal.context ?? []) {
      const id = this.termId(term);
      if (!factors.has(id)) factors.set(id, CONTEXT_WEIGHT);
    }
    const distinct = [...factors.keys()].sort((x, y) => x - y);
    for (const id of distinct) this.df[id]!++;
    for (const id of counts.keys()) this.ownDf[id]!++;
    this.goalTerms.push(Int32Array.from(distinct));
    this.goalFreqs.push(Float32Array.from(distinct, (id) => factors.get(id)!));
    this.ownerGroup.push(this.group(goal.owners));
    if (goal.document) {
      let doc = this.documentIndex.get(goal.document);
      if (doc === undefined) this.documentIndex.set(goal.document, (doc = this.documentIndex.size));
      this.documentOf.push(doc);
    } else this.documentOf.push(-1);
    const own = goal.themes ?? [];
    const themes = [
      ...own,
      ...(goal.documentThemes ?? []).filter((t) => !own.some((o) => o.id === t.id)).map((t) => ({ id: t.id, weight: t.weight * DOCUMENT_THEME_WEIGHT })),
    ];
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
    const words: number[] = [];
    const add = (stem: string, word: string, part: boolean) => {
      const term = this.termIndex.get(stem);
      if (term === undefined) return;
      let id = this.wordIndex.get(word);
      if (id === undefined) {
        id = this.wordList.length;
        this.wordIndex.set(word, id);
        this.wordList.push(word);
      }
      words.push(part ? -(term + 1) : term, id);
    };
    for (const [stem, word] of goal.words ?? []) add(stem, word, false);
    for (const [stem, word] of goal.compounds ?? []) add(stem, word, true);
    this.goalWords.push(Int32Array.from(words));
  }

  /**
   * Lends each goal the words its document's goals share (once, before the vectors are built): the
   * document's goals are gathered through `documentOf`, so goals may arrive in any order.
   */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const members: number[][] = Array.from({ length: this.documentIndex.size }, () => []);
    this.documentOf.forEach((doc, goal) => doc >= 0 && members[doc]!.push(goal));
    for (const goals of members) {
      if (goals.length < 2) continue;
      const shared = new Map<number, number>();
      for (const goal of goals) for (const term of this.ownTerms(goal)) shared.set(term, (shared.get(term) ?? 0) + 1);
      const min = Math.max(2, DOCUMENT_SHARE * goals.length);
      const lent = [...shared]
        .filter(([, n]) => n >= min)
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, DOCUMENT_TERMS)
        .map(([term]) => term);
      for (const goal of goals) this.lend(goal, lent);
    }
  }

  private *ownTerms(goal: number): Generator<number> {
    const terms = this.goalTerms[goal]!;
    const freqs = this.goalFreqs[goal]!;
    for (let i = 0; i < terms.length; i++) if (freqs[i]! >= 1) yield terms[i]!;
  }

  private lend(goal: number, terms: readonly number[]): void {
    const have = new Set(this.goalTerms[goal]);
    const added = terms.filter((t) => !have.has(t));
    if (added.length === 0) return;
    for (const t of added) this.df[t]!++;
    const entries = [...this.goalTerms[goal]!].map((t, i) => [t, this.goalFreqs[goal]![i]!] as const);
    for (const t of added) entries.push([t, CONTEXT_WEIGHT]);
    entries.sort((x, y) => x[0] - y[0]);
    this.goalTerms[goal] = Int32Array.from(entries, (e) => e[0]);
    this.goalFreqs[goal] = Float32Array.from(entries, (e) => e[1]);
  }

  private termId(term: string): number {
    let id = this.termIndex.get(term);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.termIndex.set(term, id);
      this.vocabulary.push(term);
      this.df.push(0);
      this.ownDf.push(0);
    }
    return id;
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
