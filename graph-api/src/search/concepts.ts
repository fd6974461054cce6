/**
 * The concept layer of search: which thesaurus concepts (schema/src/concepts) and taxonomy themes a
 * query names, so that a search for "fiber" also finds texts that say "bredband" (ranked below exact
 * matches) and documents addressing the query's themes rank higher.
 *
 * Query words are compared with labels and theme terms by base form: each word is reduced to a few
 * keys (its Swedish stem, and the stem without an inflection ending such as -t, -a, -e), and two words
 * match when their keys meet ("fibern" ~ "fiber", "hållbart" ~ "hållbar"). A label of several words
 * matches the same words next to each other in the query, in any order, stop words left out
 * ("miljökrav upphandling" ~ "miljökrav i upphandling"). Longer matches win: "förnybar energi" names
 * renewable energy, not also energy.
 */
import { CONCEPTS, THEMES, narrowerConcepts, type Concept } from '@strategigrafen/schema';
import type { ParsedQuery } from './query.js';
import { stemSwedish } from './stemmer.js';
import { SWEDISH_STOPWORDS } from './stopwords.js';

/** A concept the query named, and the other labels searched for it. */
export interface Expansion {
  /** the concept's id, e.g. "broadband" */
  concept: string;
  /** its preferred Swedish label, e.g. "bredband" */
  label: string;
  /** the query's words (or phrase) that named it, as parsed, e.g. "fiber" */
  from: string;
  /** the concept's labels searched besides the query's own words, e.g. ["bredband", "fibernät", …] */
  terms: string[];
  /** labels of the narrower concepts, searched with a lower weight */
  narrower: string[];
}

/** A taxonomy theme the query names, directly (a theme term) or through a concept that sits under it. */
export interface QueryTheme {
  theme: string;
  /** the query's words that named it */
  from: string;
  /** the concept that led to it, or null when the words are one of the theme's own terms */
  concept: string | null;
  /** 1 for a theme term or a concept's first theme, less for a concept's further themes */
  strength: number;
}

export interface QueryConcepts {
  expansions: Expansion[];
  themes: QueryTheme[];
}

/** Limits, so that a query cannot grow without bound. */
export const MAX_TERMS_PER_CONCEPT = 12;
export const MAX_NARROWER_PER_CONCEPT = 12;
export const MAX_EXPANSIONS = 8;
/** How strongly a concept's further themes (after its first) count. */
export const SECONDARY_THEME = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;
const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase('sv');

/** The words of a label or term, lower-cased, letters and digits only ("IT-infrastruktur" → it, infrastruktur). */
export const labelWords = (text: string): string[] => lower(text).match(WORD) ?? [];

/** The base-form keys of a lower-case word: its stem, and the stem without a final -t, -a or -e. */
export function wordKeys(word: string): string[] {
  if (word.length <= 3) return [word];
  const keys = new Set([word, stemSwedish(word)]);
  const bare = word.replace(/(?:t|a|e)$/u, '');
  if (bare !== word && bare.length >= 3) keys.add(stemSwedish(bare)).add(bare);
  return [...keys];
}

const matches = (a: readonly string[], b: readonly string[]) => a.some((k) => b.includes(k));

interface Entry<T> {
  /** content words of the label (stop words dropped), each with its keys */
  words: string[][];
  /** the content words as written (lower-case) */
  surface: string[];
  text: string;
  target: T;
}

/** Labels by the keys of their words, so a window of query words finds its candidates quickly. */
class LabelIndex<T> {
  private readonly byKey = new Map<string, Entry<T>[]>();
  maxWords = 1;

  add(text: string, target: T): void {
    const content = labelWords(text).filter((w) => !SWEDISH_STOPWORDS.has(w));
    if (content.length === 0) return;
    const entry: Entry<T> = { words: content.map(wordKeys), surface: content, text, target };
    this.maxWords = Math.max(this.maxWords, content.length);
    for (const key of new Set(entry.words.flat())) {
      const list = this.byKey.get(key);
      if (list) list.push(entry);
      else this.byKey.set(key, [entry]);
    }
  }

  /** Entries whose content words are exactly these words (`surface`, with their `keys`), in any order. */
  find(surface: readonly string[], keys: readonly string[][]): Entry<T>[] {
    const candidates = new Set(keys[0]!.flatMap((k) => this.byKey.get(k) ?? []));
    return [...candidates].filter((e) => e.words.length === keys.length && sameWords(e.surface, e.words, surface, keys));
  }
}

/** Whether a label's words and a window of query words pair up one to one (in any order), each pair matching by keys. */
function sameWords(label: readonly string[], labelKeys: readonly string[][], words: readonly string[], wordKeys: readonly string[][]): boolean {
  const left = words.map((_, i) => i);
  const alone = label.length === 1;
  for (let j = 0; j < label.length; j++) {
    const at = left.findIndex((i) => matches(labelKeys[j]!, wordKeys[i]!) && !differentWords(words[i]!, label[j]!, alone));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/**
 * "lokala" is the adjective (local), not the noun "lokal" or "lokaler" (premises), though the stems meet:
 * a word with -a or -t added to a consonant does not pair with the same base plus -er or -ar (a plural noun),
 * nor, as a one-word label, with the bare base ("lokal"). Adjective labels of several words still match
 * their inflections ("förnybara energikällor" ~ "förnybar energikälla"). Nor does a verbal noun pair with
 * its base ("företagande", "företag").
 */
function differentWords(word: string, label: string, alone: boolean): boolean {
  const clash = (adjective: string, noun: string) => {
    if (!/[at]$/u.test(adjective)) return false;
    const base = adjective.slice(0, -1);
    if (/[aeiouyåäö]$/u.test(base)) return false;
    return noun === `${base}er` || noun === `${base}ar` || (alone && noun === base);
  };
  // the stemmer also takes "företagande" (entrepreneurship) to "företag": a verbal noun is a concept of its own
  const verbal = (a: string, b: string) => /(?:ande|ende)$/u.test(a) && !/(?:ande|ende)$/u.test(b);
  return clash(word, label) || clash(label, word) || verbal(word, label) || verbal(label, word);
}

let conceptIndex: LabelIndex<Concept> | undefined;
let themeIndex: LabelIndex<string> | undefined;

function concepts(): LabelIndex<Concept> {
  if (!conceptIndex) {
    conceptIndex = new LabelIndex<Concept>();
    for (const c of CONCEPTS) for (const label of [c.prefLabelSv, ...c.altLabels]) conceptIndex.add(label, c);
  }
  return conceptIndex;
}

function themes(): LabelIndex<string> {
  if (!themeIndex) {
    themeIndex = new LabelIndex<string>();
    for (const t of THEMES) {
      // "Folkhälsa och social hållbarhet" names two things: each part is a term of the theme ("Skola–näringsliv" is one)
      for (const part of t.labelSv.split(/\s+och\s+|,\s*/u)) themeIndex.add(part, t.id);
      for (const term of t.terms) themeIndex.add(term, t.id);
    }
  }
  return themeIndex;
}

/** The query's searchable units in order: each phrase on its own, then the runs of plain words. */
function units(query: ParsedQuery): string[][] {
  return [...query.phrases.map((p) => p.split(' ').filter((w) => !SWEDISH_STOPWORDS.has(w))), query.words];
}

/** Finds the longest label matches in a run of words; each word is used by one match at most (`used` marks them). */
function findIn<T>(index: LabelIndex<T>, run: readonly string[], used: boolean[]): { from: string; entries: Entry<T>[] }[] {
  const keyed = run.map(wordKeys);
  const found: { from: string; entries: Entry<T>[]; at: number }[] = [];
  for (let size = Math.min(index.maxWords, run.length); size >= 1; size--) {
    for (let start = 0; start + size <= run.length; start++) {
      if (used.slice(start, start + size).some(Boolean)) continue;
      const entries = index.find(run.slice(start, start + size), keyed.slice(start, start + size));
      if (entries.length === 0) continue;
      used.fill(true, start, start + size);
      found.push({ from: run.slice(start, start + size).join(' '), entries, at: start });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The concepts and themes a parsed query names, with the terms to search for each concept. */
export function queryConcepts(query: ParsedQuery): QueryConcepts {
  const expansions: Expansion[] = [];
  const found: QueryTheme[] = [];
  const addTheme = (theme: string, from: string, concept: string | null, strength: number) => {
    const known = found.find((t) => t.theme === theme);
    if (!known) found.push({ theme, from, concept, strength });
    else known.strength = Math.max(known.strength, strength);
  };
  const own = new Set(query.words.flatMap(wordKeys));
  for (const run of units(query)) {
    if (run.length === 0) continue;
    const used = new Array<boolean>(run.length).fill(false);
    for (const match of findIn(concepts(), run, used)) {
      for (const concept of unique(match.entries.map((e) => e.target))) {
        if (expansions.some((e) => e.concept === concept.id)) continue;
        concept.themes.forEach((theme, i) => addTheme(theme, match.from, concept.id, i === 0 ? 1 : SECONDARY_THEME));
        if (expansions.length >= MAX_EXPANSIONS) continue;
        const matched = new Set(match.entries.filter((e) => e.target === concept).map((e) => e.text));
        // the concept's other labels, without those the query already says
        const terms = [concept.prefLabelSv, ...concept.altLabels]
          .filter((label) => !matched.has(label) && !saysAlready(label, own))
          .slice(0, MAX_TERMS_PER_CONCEPT);
        const narrower = narrowerConcepts(concept.id)
          .flatMap((n) => [n.prefLabelSv, ...n.altLabels])
          .filter((label) => !saysAlready(label, own))
          .slice(0, MAX_NARROWER_PER_CONCEPT);
        expansions.push({ concept: concept.id, label: concept.prefLabelSv, from: match.from, terms, narrower });
      }
    }
    // words that named a concept are read as that concept: "lokala leverantörer" is not also premises ("lokal")
    for (const match of findIn(themes(), run, used)) {
      for (const theme of unique(match.entries.map((e) => e.target))) addTheme(theme, match.from, null, 1);
    }
  }
  return { expansions, themes: found };
}

/** A one-word label the query already has in some form (searching it again adds nothing). */
function saysAlready(label: string, own: ReadonlySet<string>): boolean {
  const words = labelWords(label);
  return words.length === 1 && wordKeys(words[0]!).some((k) => own.has(k));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
