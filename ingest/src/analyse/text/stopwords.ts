import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords_sv.js';

/**
 * Words that carry no topic in municipal strategy documents, on top of natural's general Swedish
 * list (which already has "ska", "skall", "vill", "kan", "att", "och" …):
 *  - "kommun", "stad" and their forms: every document is written by one, so they only add noise to
 *    term counts and similarity (compound parts such as "miljö|kommun" are kept);
 *  - modal and linking words natural's list lacks ("bör", "behöver", "samt", "även", "exempelvis");
 *  - the pieces that abbreviations leave behind once punctuation is gone ("t", "ex", "bl", "dvs").
 * Matching is on the lower-cased word form.
 */
const DOMAIN_STOPWORDS = [
  'kommun', 'kommunen', 'kommunens', 'kommuns', 'kommuner', 'kommunerna', 'kommunernas',
  'stad', 'staden', 'stadens', 'stads',
  'bör', 'borde', 'behöver', 'behövs', 'samt', 'även', 'exempelvis', 'respektive', 'genom', 'både', 'såväl',
  'sig', 'sitt', 'sina', 'vår', 'vårt', 'våra', 'ifrån', 'utefter', 'gällande', 'kring', 'inom', 'emellan',
  'dvs', 'tex', 'etc', 'osv', 'mfl', 'bl', 'ex', 'ca', 'mm', 'sk', 'fr', 'fom', 'tom', 'resp', 'st', 'nr', 'sid',
];

export const STOPWORDS: ReadonlySet<string> = new Set([...naturalStopwords, ...DOMAIN_STOPWORDS]);

export function isStopword(lowerCaseWord: string): boolean {
  return STOPWORDS.has(lowerCaseWord);
}
