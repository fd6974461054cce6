/**
 * Highlighting, computed here rather than by Lucene: find where a parsed query's words (by Swedish
 * stem), phrases and prefixes occur in a text, and cut a snippet around the densest cluster.
 * Output is plain text plus ranges, never markup, so clients render it safely.
 */
import type { ParsedQuery } from './query.js';
import { stemSwedish } from './stemmer.js';
import { SWEDISH_STOPWORDS } from './stopwords.js';

export interface Range {
  start: number;
  end: number;
}

export interface Highlighted {
  text: string;
  highlights: Range[];
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

export interface Matches {
  ranges: Range[];
  /** the query's words, phrases (as written, quoted) and prefixes (with *) found in the text */
  terms: string[];
}

interface Token extends Range {
  stem: string;
  lower: string;
}

const stem = (word: string) => stemSwedish(word.toLocaleLowerCase('sv'));

/**
 * A word's lower-case form and stem, remembered: a page of hits holds thousands of words but few distinct
 * ones, and lower-casing and stemming them dominated the time of a search.
 */
const forms = new Map<string, { lower: string; stem: string; content: boolean }>();
const MAX_FORMS = 100_000;

function formsOf(word: string): { lower: string; stem: string; content: boolean } {
  let known = forms.get(word);
  if (!known) {
    const lower = word.toLocaleLowerCase('sv');
    known = { lower, stem: stemSwedish(lower), content: !SWEDISH_STOPWORDS.has(lower) };
    if (forms.size >= MAX_FORMS) forms.clear();
    forms.set(word, known);
  }
  return known;
}

/** The content words (stop words left out) of the text last asked for: a hit's text is matched against two matchers in turn. */
let last: { text: string; content: Token[] } | undefined;

function contentTokens(text: string): Token[] {
  if (last?.text === text) return last.content;
  const content: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = formsOf(m[0]);
    if (word.content) content.push({ start: m.index, end: m.index + m[0].length, lower: word.lower, stem: word.stem });
  }
  last = { text, content };
  return content;
}

/** A query compiled for matching: stems of its words and phrases. */
export interface Matcher {
  words: Map<string, string>;
  phrases: { term: string; stems: string[] }[];
  prefixes: string[];
}

export function compileMatcher(query: ParsedQuery): Matcher {
  const words = new Map<string, string>();
  for (const w of query.words) if (!SWEDISH_STOPWORDS.has(w)) words.set(stem(w), w);
  const phrases = query.phrases.map((p) => ({
    term: `"${p}"`,
    // the index skips stop words inside phrases too, so matching does the same
    stems: p.split(' ').filter((w) => !SWEDISH_STOPWORDS.has(w)).map(stem),
  }));
  return { words, phrases: phrases.filter((p) => p.stems.length > 0), prefixes: query.prefixes };
}

export function findMatches(text: string, matcher: Matcher): Matches {
  const content = contentTokens(text);
  const ranges: Range[] = [];
  const found = new Set<string>();
  content.forEach((token, i) => {
    const word = matcher.words.get(token.stem);
    if (word) {
      ranges.push({ start: token.start, end: token.end });
      found.add(word);
    }
    for (const prefix of matcher.prefixes) {
      if (token.lower.startsWith(prefix)) {
        ranges.push({ start: token.start, end: token.end });
        found.add(`${prefix}*`);
      }
    }
    for (const phrase of matcher.phrases) {
      const n = phrase.stems.length;
      if (i + n > content.length) continue;
      let k = 0;
      while (k < n && content[i + k]!.stem === phrase.stems[k]) k++;
      if (k === n) {
        ranges.push({ start: token.start, end: content[i + n - 1]!.end });
        found.add(phrase.term);
      }
    }
  });
  return { ranges: merge(ranges), terms: [...found] };
}

/** Sorts ranges and merges the overlapping or touching ones. */
export function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * The window of about `length` characters holding the most highlights (counting only `anchors`, by
 * default all ranges), widened to word boundaries, with the ranges inside it shifted to the snippet's
 * own offsets.
 */
export function snippet(text: string, ranges: Range[], length = 240, anchors: Range[] = ranges): Highlighted {
  if (text.length <= length) return { text, highlights: ranges, truncatedStart: false, truncatedEnd: false };
  let bestStart = 0;
  let bestCount = 0;
  for (let i = 0; i < anchors.length; i++) {
    const from = anchors[i]!.start;
    let count = 0;
    for (let j = i; j < anchors.length && anchors[j]!.end <= from + length; j++) count++;
    if (count > bestCount) {
      bestCount = count;
      bestStart = from;
    }
  }
  // lead in with a little context before the first highlight
  let start = bestCount ? Math.max(0, bestStart - Math.floor(length / 6)) : 0;
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  start = wordBoundary(text, start, -1);
  end = wordBoundary(text, end, +1);
  const highlights = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return {
    text: trimmed,
    highlights: highlights.map((r) => ({ start: r.start - lead, end: r.end - lead })).filter((r) => r.start >= 0 && r.end <= trimmed.length),
    truncatedStart: start > 0,
    truncatedEnd: end < text.length,
  };
}

/** Moves `at` outward to the nearest whitespace so no word is cut (at most 30 characters). */
function wordBoundary(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  for (let steps = 0; steps < 30 && i > 0 && i < text.length && !/\s/.test(text[direction < 0 ? i - 1 : i]!); steps++) i += direction;
  return /\s/.test(text[direction < 0 ? i - 1 : i] ?? ' ') ? i : at;
}

export function highlight(text: string, matcher: Matcher, length?: number): { highlighted: Highlighted; terms: string[] } {
  const matches = findMatches(text, matcher);
  return { highlighted: snippet(text, matches.ranges, length), terms: matches.terms };
}
