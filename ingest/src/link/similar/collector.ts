/** Goals as the similarity core takes them, and their compact in-memory collection. */
export interface GoalInput {
  id: string;
  /** publisher keys (municipality codes, organisation ids); a goal never links to a goal sharing one. Empty: not linked at all. */
  owners: readonly string[];
  /** index terms, duplicates kept (term frequency) */
  terms: readonly string[];
  themes?: readonly { id: string; weight: number }[];
  /** [stem, word as written] of the goal's whole words, to explain similarity in the goal's own words */
  words?: ReadonlyArray<readonly [string, string]>;
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
  readonly df: number[] = [];
  readonly goalTerms: Int32Array[] = [];
  readonly goalFreqs: Int32Array[] = [];
  readonly ownerGroup: number[] = [];
  readonly groups: number[][] = [];
  readonly themeStart: number[] = [0];
  readonly themeEntries: number[] = [];
  readonly themeWeights: number[] = [];
  /** per goal: [term id, word id] pairs of its whole words */
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
    const words: number[] = [];
    for (const [stem, word] of goal.words ?? []) {
      const term = this.termIndex.get(stem);
      if (term === undefined) continue;
      let id = this.wordIndex.get(word);
      if (id === undefined) {
        id = this.wordList.length;
        this.wordIndex.set(word, id);
        this.wordList.push(word);
      }
      words.push(term, id);
    }
    this.goalWords.push(Int32Array.from(words));
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
