/** Words of a title or text in ASCII-folded lower case, with their offsets (shared by kind and area). */
import { toAsciiLetters } from '../attribution/ascii.js';

export interface Word {
  /** folded lower case, e.g. "naringslivsstrategi" */
  folded: string;
  /** as written, e.g. "Näringslivsstrategi" */
  written: string;
  start: number;
}

/**
 * Splits on everything but letters and digits, so "CSR-strategi" gives "csr", "strategi" and garbled
 * "Nä ringslivssträtegi" gives "na", "ringslivsstrategi" — whose ending still shows it is a strategy.
 */
export function words(text: string): Word[] {
  const folded = toAsciiLetters(text).toLowerCase();
  const sameOffsets = folded.length === text.length;
  return [...folded.matchAll(/[a-z0-9]+/g)].map((m) => ({
    folded: m[0],
    written: sameOffsets ? text.slice(m.index, m.index + m[0].length) : m[0],
    start: m.index,
  }));
}

/**
 * Undoes the stray spaces some PDF extractions put after a Swedish letter ("Nä ringslivssträtegi fö r"
 * → "Näringslivssträtegi för"). Also joins ordinary words ("på vägen" → "påvägen"), so it is only a
 * fallback for text in which nothing was recognised.
 */
export function joinSplitWords(text: string): string {
  return text.replace(/([\u0080-\uffff])\s(?=\p{Ll})/gu, '$1');
}
