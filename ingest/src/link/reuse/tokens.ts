/**
 * Words of a document with their character offsets, so that matches found on normalised words can be
 * shown as spans of the original text. Normalisation: NFC, lower case; a word is a run of letters and digits.
 */
export interface WordTokens {
  /** the normalised words, in order */
  words: string[];
  /** starts[i]..ends[i] is word i in the original text (UTF-16 offsets, end exclusive) */
  starts: Int32Array;
  ends: Int32Array;
  /** paragraphs[i] is the paragraph (text between blank lines) word i stands in, counted from 0 */
  paragraphs: Int32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;
const BLANK_LINE = /\n[ \t\r\f\v]*\n/g;

export function tokenizeWords(text: string): WordTokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const paragraphs: number[] = [];
  const breaks = Array.from(text.matchAll(BLANK_LINE), (m) => m.index);
  let paragraph = 0;
  // Offsets are taken on the text as stored (already NFC from the readers); lower-casing a word does not move them.
  for (const match of text.matchAll(WORD)) {
    while (paragraph < breaks.length && breaks[paragraph]! < match.index) paragraph++;
    words.push(match[0].toLowerCase());
    starts.push(match.index);
    ends.push(match.index + match[0].length);
    paragraphs.push(paragraph);
  }
  return { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends), paragraphs: Int32Array.from(paragraphs) };
}
