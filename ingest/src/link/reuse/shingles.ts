import { hashString, shingleHash } from './hash.js';
import { tokenizeWords, type WordTokens } from './tokens.js';

/** A document as a sequence of overlapping word n-grams (shingles), each hashed. */
export interface ShingledText extends WordTokens {
  /** hashes[i] is the shingle words[i..i+n); length max(0, words - n + 1) */
  hashes: Float64Array;
  /**
   * per shingle: its paragraph number modulo 255, or 255 when the shingle runs across a paragraph
   * break (such a shingle belongs to no single paragraph: the text on the other side of a copied
   * paragraph differs from copy to copy)
   */
  shingleParagraphs: Uint8Array;
}

export const CROSSES_PARAGRAPHS = 255;

export const DEFAULT_SHINGLE_WORDS = 5;

export function shingle(text: string, n = DEFAULT_SHINGLE_WORDS): ShingledText {
  const tokens = tokenizeWords(text);
  const count = tokens.words.length;
  const laneA = new Uint32Array(count);
  const laneB = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    laneA[i] = hashString(tokens.words[i]!, 0x1b873593);
    laneB[i] = hashString(tokens.words[i]!, 0xcc9e2d51);
  }
  const hashes = new Float64Array(Math.max(0, count - n + 1));
  const shingleParagraphs = new Uint8Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    hashes[i] = shingleHash(laneA, laneB, i, n);
    const paragraph = tokens.paragraphs[i]!;
    shingleParagraphs[i] = paragraph === tokens.paragraphs[i + n - 1] ? paragraph % CROSSES_PARAGRAPHS : CROSSES_PARAGRAPHS;
  }
  return { ...tokens, hashes, shingleParagraphs };
}

/** The distinct shingle hashes of a document, sorted ascending. */
export function distinctShingles(hashes: Float64Array): Float64Array {
  const sorted = Float64Array.from(hashes).sort();
  let out = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[out++] = sorted[i]!;
  }
  return sorted.slice(0, out);
}
