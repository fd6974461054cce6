import { fmix32, low32 } from './hash.js';
import { CROSSES_PARAGRAPHS } from './shingles.js';

/**
 * Candidate document pairs for reused text, by MinHash and locality-sensitive hashing over passages.
 *
 * A whole-document signature would miss one copied paragraph inside two long documents, so documents
 * are cut into chunks, each with a MinHash signature. The signature is split into bands; two chunks
 * that agree on a whole band land in the same bucket, so near-identical chunks (Jaccard ≳ 0.7) meet
 * with high probability and different text almost never. Two kinds of chunk:
 *  - rare chunks: a paragraph's shingles that few publishers use, cut at content-defined points, so a
 *    copied passage with text of its own is found wherever it stands and however it was edited around;
 *  - paragraph chunks: whole paragraphs, every shingle included, so a paragraph copied verbatim is
 *    found even when each of its sentences is common — how many publishers its bucket gathers tells
 *    a copied paragraph (a few) from boilerplate (many).
 * The cuts depend on the text only, so a copy yields the same chunks as its original.
 */
export interface MinHashOptions {
  /** signature length = bands × rows */
  bands: number;
  rows: number;
  /** rare-chunk length bounds, in shingles */
  minChunk: number;
  maxChunk: number;
  /** a chunk boundary falls after a shingle whose low 32-bit hash has these bits zero (mask 15 → ~16 shingles) */
  boundaryMask: number;
  /** paragraph chunks: paragraphs of fewer shingles are not compared whole; longer ones are cut (content-defined) */
  minParagraph: number;
  maxParagraph: number;
}

export const DEFAULT_MINHASH: MinHashOptions = { bands: 8, rows: 4, minChunk: 4, maxChunk: 48, boundaryMask: 15, minParagraph: 30, maxParagraph: 200 };

/** A chunk: the shingles [from, to) of a document. */
export interface Chunk {
  from: number;
  to: number;
}

/**
 * The rare chunks of a document: per paragraph, its shingles that are not boilerplate (shingles across
 * a paragraph break belong to no paragraph), cut after a shingle whose hash has its low bits zero.
 * Chunks shorter than `minChunk` are dropped.
 */
export function rareChunks(hashes: Float64Array, paragraphs: Uint8Array, boilerplate: ReadonlySet<number>, options: MinHashOptions = DEFAULT_MINHASH): Float64Array[] {
  const chunks: Float64Array[] = [];
  let current: number[] = [];
  let paragraph = -1;
  const close = () => {
    if (current.length >= options.minChunk) chunks.push(Float64Array.from(current));
    current = [];
  };
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i]!;
    if (paragraphs[i] === CROSSES_PARAGRAPHS || boilerplate.has(hash)) continue;
    if (paragraphs[i] !== paragraph) {
      close();
      paragraph = paragraphs[i]!;
    }
    current.push(hash);
    const boundary = (low32(hash) & options.boundaryMask) === 0;
    if ((boundary && current.length >= 2 * options.minChunk) || current.length >= options.maxChunk) close();
  }
  close();
  return chunks;
}

/**
 * The paragraph chunks of a document: each paragraph of at least `minParagraph` shingles whole (the
 * shingles across a paragraph break excluded); a paragraph longer than `maxParagraph` is cut after a
 * shingle whose hash has its low bits zero, once the piece is `minParagraph` long.
 */
export function paragraphChunks(hashes: Float64Array, paragraphs: Uint8Array, options: MinHashOptions = DEFAULT_MINHASH): Chunk[] {
  const chunks: Chunk[] = [];
  let start = -1;
  let paragraphEnd = -1; // end of the paragraph the current chunk stands in
  const close = (end: number) => {
    if (start >= 0 && end - start >= options.minParagraph) chunks.push({ from: start, to: end });
    start = -1;
  };
  for (let i = 0; i < hashes.length; i++) {
    if (paragraphs[i] === CROSSES_PARAGRAPHS) {
      close(i);
      continue;
    }
    if (start >= 0 && paragraphs[i] !== paragraphs[start]) close(i);
    if (start < 0) {
      start = i;
      if (i >= paragraphEnd) for (paragraphEnd = i; paragraphEnd < hashes.length && paragraphs[paragraphEnd] === paragraphs[i]; ) paragraphEnd++;
    }
    const length = i - start + 1;
    const long = paragraphEnd - start > options.maxParagraph;
    const boundary = (low32(hashes[i]!) & options.boundaryMask) === 0;
    if ((long && boundary && length >= options.minParagraph) || length >= options.maxParagraph) close(i + 1);
  }
  close(hashes.length);
  return chunks;
}

const SEEDS = Array.from({ length: 256 }, (_, i) => fmix32(0x9e3779b9 + Math.imul(i + 1, 0x85ebca6b)));

/** The MinHash signature of a set of shingle hashes: per permutation, the minimum permuted value. */
export function minhashSignature(shingles: Float64Array, size: number): Uint32Array {
  if (size > SEEDS.length) throw new Error(`MinHash signature size ${size} exceeds ${SEEDS.length}`);
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const base = low32(shingles[s]!);
    for (let p = 0; p < size; p++) {
      const value = fmix32(base ^ SEEDS[p]!);
      if (value < signature[p]!) signature[p] = value;
    }
  }
  return signature;
}

/** Bucket keys (one per band, 32-bit, band index and chunk kind mixed in) of a signature. */
export function bandKeys(signature: Uint32Array, bands: number, rows: number, kind = 0): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = fmix32(b + 64 * kind + 0x632be5ab);
    for (let r = 0; r < rows; r++) h = fmix32(h ^ signature[b * rows + r]!);
    keys[b] = h;
  }
  return keys;
}

const ITEM_BITS = 2 ** 21;

/**
 * Collects (bucket, item) entries — items are chunk numbers — and answers which items share a bucket.
 * Entries are packed as key·2^21 + item into one Float64Array and sorted, so millions of chunks need
 * no hash map.
 */
export class LshBuckets {
  private entries: Float64Array;
  private size = 0;

  constructor(expected = 1024) {
    this.entries = new Float64Array(Math.max(16, expected));
  }

  add(key: number, item: number): void {
    if (item >= ITEM_BITS) throw new Error(`LSH supports up to ${ITEM_BITS} chunks (about 50,000 documents); link fewer documents at a time.`);
    if (this.size === this.entries.length) {
      const grown = new Float64Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[this.size++] = key * ITEM_BITS + item;
  }

  /** Calls `visit` with the distinct items of every bucket that holds two or more. */
  forEachBucket(visit: (items: number[]) => void): void {
    const sorted = this.entries.subarray(0, this.size).sort();
    for (let i = 0; i < sorted.length; ) {
      const key = Math.floor(sorted[i]! / ITEM_BITS);
      const items: number[] = [];
      let j = i;
      for (; j < sorted.length && Math.floor(sorted[j]! / ITEM_BITS) === key; j++) {
        const item = sorted[j]! % ITEM_BITS;
        if (items[items.length - 1] !== item) items.push(item);
      }
      if (items.length >= 2) visit(items);
      i = j;
    }
  }
}
