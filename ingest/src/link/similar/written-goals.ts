import type { GoalInput } from './collector.js';
import { goalInput } from './input.js';

type Themes = ReadonlyArray<{ id: string; weight: number }>;

/** A goal as the writer stored it (the Goal node's text and section, its ABOUT tags). */
export interface WrittenGoal {
  id: string;
  text: string;
  section: string | null;
  themes: Themes;
}

interface Kept {
  /** polarity, then the lengths and interned strings of terms, context, words and compounds (see pack) */
  packed: Int32Array;
  themes: Themes;
  document: { id: string; themes: Themes };
}

/**
 * The engine's input (input.ts) for the goals a run writes, computed as they are written, so that
 * linking reads back from the graph only the goals of other runs. The result is the one goalInput gives
 * for the goal as stored; strings are interned and each goal's terms packed into one Int32Array.
 */
export class WrittenGoals {
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly kept = new Map<string, Kept>();
  /** the documents whose goals are all here */
  readonly documents = new Set<string>();

  add(document: { id: string; themes: Themes; goals: readonly WrittenGoal[] }): void {
    const doc = { id: document.id, themes: document.themes };
    for (const goal of document.goals) {
      const input = goalInput({ id: goal.id, text: goal.text, section: goal.section, owners: [] });
      this.kept.set(goal.id, { packed: this.pack(input), themes: goal.themes, document: doc });
    }
    this.documents.add(document.id);
  }

  get size(): number {
    return this.kept.size;
  }

  /** The goal's input as goalInput makes it from the stored goal, or undefined for a goal not written here. */
  input(id: string, owners: readonly string[]): (GoalInput & { words: Array<[string, string]> }) | undefined {
    const kept = this.kept.get(id);
    if (!kept) return undefined;
    const p = kept.packed;
    let at = 2;
    const list = () => {
      const items = Array.from(p.subarray(at + 1, at + 1 + p[at]!), (i) => this.strings[i]!);
      at += 1 + p[at]!;
      return items;
    };
    const pairs = () => {
      const flat = list();
      return Array.from({ length: flat.length / 2 }, (_, i): [string, string] => [flat[2 * i]!, flat[2 * i + 1]!]);
    };
    const terms = list();
    const context = list();
    const words = pairs();
    const compounds = pairs();
    return {
      id,
      owners,
      terms,
      context: p[1] ? context : undefined,
      themes: kept.themes,
      document: kept.document.id,
      documentThemes: kept.document.themes,
      words,
      compounds,
      polarity: p[0]!,
    };
  }

  private pack(input: GoalInput & { words: Array<[string, string]> }): Int32Array {
    const lists = [input.terms, input.context ?? [], input.words.flat(), (input.compounds ?? []).flat()];
    const packed = new Int32Array(2 + lists.reduce((sum, list) => sum + 1 + list.length, 0));
    packed[0] = input.polarity ?? 0;
    packed[1] = input.context ? 1 : 0;
    let at = 2;
    for (const list of lists) {
      packed[at++] = list.length;
      for (const s of list) packed[at++] = this.intern(s);
    }
    return packed;
  }

  private intern(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }
}
