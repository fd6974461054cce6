/**
 * Reading a user's search text. We support a small, documented syntax — words, "exact phrases"
 * and prefix* (at least 3 characters) — and turn it into a Lucene query that cannot fail to parse:
 * every clause is built from letters and digits only, and everything else (field:, brackets, ~, ^,
 * AND/OR/NOT, lone *, stray quotes) is ignored and reported back in `ignored`.
 */
import { badInput } from '../errors.js';
import { SWEDISH_STOPWORDS } from './stopwords.js';

export interface ParsedQuery {
  words: string[];
  phrases: string[];
  prefixes: string[];
  ignored: string[];
}

export type QueryMode = 'ALL' | 'ANY';

export const MAX_QUERY_LENGTH = 500;
export const MAX_CLAUSES = 20;
export const MIN_PREFIX_LENGTH = 3;

const WORD = /[\p{L}\p{N}]+/gu;
const OPERATORS = new Set(['AND', 'OR', 'NOT', '&&', '||', '!']);

const wordsIn = (text: string): string[] => (text.normalize('NFC').match(WORD) ?? []).map((w) => w.toLocaleLowerCase('sv'));

export function parseQuery(input: string, argument = 'query'): ParsedQuery {
  if (input.length > MAX_QUERY_LENGTH) {
    throw badInput(`The search text is too long (${input.length} characters); use at most ${MAX_QUERY_LENGTH}.`, argument);
  }
  const words: string[] = [];
  const phrases: string[] = [];
  const prefixes: string[] = [];
  const ignored: string[] = [];

  // "quoted phrases" first; what is left outside them is read word by word
  const outside = input.normalize('NFC').replace(/"([^"]*)"/g, (_whole, inner: string) => {
    const parts = wordsIn(inner);
    if (parts.length > 1) phrases.push(parts.join(' '));
    else if (parts.length === 1) words.push(parts[0]!);
    else ignored.push(`"${inner}"`);
    return ' ';
  });

  for (const token of outside.split(/\s+/).filter(Boolean)) {
    if (OPERATORS.has(token)) {
      ignored.push(token);
      continue;
    }
    const prefix = /^([\p{L}\p{N}]+)\*$/u.exec(token);
    if (prefix) {
      const stem = prefix[1]!.toLocaleLowerCase('sv');
      if (stem.length < MIN_PREFIX_LENGTH) {
        throw badInput(`"${token}": a prefix search needs at least ${MIN_PREFIX_LENGTH} letters before the *.`, argument);
      }
      prefixes.push(stem);
      continue;
    }
    const parts = wordsIn(token);
    words.push(...parts);
    const leftover = token.replace(WORD, '');
    if (leftover) ignored.push(leftover);
  }

  // the index drops stop words, so a required "+och" would be meaningless: report it instead
  const stop = words.filter((w) => SWEDISH_STOPWORDS.has(w));
  if (stop.length) {
    ignored.push(...stop);
    words.splice(0, words.length, ...words.filter((w) => !SWEDISH_STOPWORDS.has(w)));
  }

  const parsed = { words: unique(words), phrases: unique(phrases), prefixes: unique(prefixes), ignored: unique(ignored) };
  const clauses = parsed.words.length + parsed.phrases.length + parsed.prefixes.length;
  if (clauses === 0) {
    throw badInput('Search for at least one word (letters or digits); operators, punctuation and common words such as "och" alone match nothing.', argument);
  }
  if (clauses > MAX_CLAUSES) {
    throw badInput(`The search has ${clauses} words and phrases; use at most ${MAX_CLAUSES}.`, argument);
  }
  return parsed;
}

/** Backslash-escapes Lucene's special characters; a guard, since clauses hold only letters and digits. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/** The Lucene query for a parsed search: every clause required (ALL) or optional (ANY). */
export function toLucene(query: ParsedQuery, mode: QueryMode = 'ALL'): string {
  const required = mode === 'ALL' ? '+' : '';
  const clauses = [
    ...query.words.map((w) => escapeLucene(w)),
    ...query.phrases.map((p) => `"${escapeLucene(p)}"`),
    ...query.prefixes.map((p) => `${escapeLucene(p)}*`),
  ];
  return clauses.map((clause) => required + clause).join(' ');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
