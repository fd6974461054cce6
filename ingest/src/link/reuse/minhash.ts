import { fmix32, low32 } from './hash.js';
import { CROSSES_PARAGRAPHS } from './shingles.js';

/**
 * Candidate document pairs for reused text, by MinHash and locality-sensitive hashing over passages.
 *
 * A whole-document signature would miss one copied paragraph inside two long documents, so each
 * document is cut into chunks — paragraphs, long ones cut again at content-defined points — and each
 * chunk gets a MinHash signature. Because the cuts depend on the text only, a paragraph copied into
 * another document at any position yields the same chunks there. The
 * signature is split into bands; two chunks that agree on a whole band land in the same bucket, so
 * near-identical chunks (Jaccard ≳ 0.7) meet with high probability and different text almost never.
 */
export interface MinHashOptions {
  /** signature length = bands × rows */
  bands: number;
  rows: number;
  /** chunk length bounds, in shingles */
  minChunk: number;
  maxChunk: number;
  /** a chunk boundary falls after a shingle whose low 32-bit hash has these bits zero (mask 15 → ~16 shingles) */
  boundaryMask: number;
}

export const DEFAULT_MINHASH: MinHashOptions = { bands: 8, rows: 4, minChunk: 4, maxChunk: 48, boundaryMask: 15 };

/**
 * Splits a document's shingles into chunks for MinHash: a chunk never spans a paragraph break, and a
 * long paragraph is cut where a shingle's hash has its low bits zero (content-defined, so the cuts
 * fall at the same words in every copy). Boilerplate shingles and shingles across a paragraph break
 * are left out; chunks shorter than `minChunk` are dropped.
 */
export function chunkShingles(
  hashes: Float64Array,
  paragraphs: Uint8Array,
  boilerplate: ReadonlySet<number>,
  options: MinHashOptions = DEFAULT_MINHASH,
): Float64Array[] {
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

/** Bucket keys (one per band, 32-bit, band index mixed in) of a signature. */
export function bandKeys(signature: Uint32Array, bands: number, rows: number): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = fmix32(b + 0x632be5ab);
    for (let r = 0; r < rows; r++) h = fmix32(h ^ signature[b * rows + r]!);
    keys[b] = h;
  }
  return keys;
}

const DOC_BITS = 2 ** 21;

/**
 * Collects (bucket, document) entries and answers which documents share a bucket. Entries are packed
 * as key·2^21 + document into one Float64Array and sorted, so millions of chunks need no hash map.
 */
export class LshBuckets {
  private entries: Float64Array;
  private size = 0;

  constructor(expected = 1024) {
    this.entries = new Float64Array(Math.max(16, expected));
  }

  add(key: number, document: number): void {
    if (document >= DOC_BITS) throw new Error(`LSH supports up to ${DOC_BITS} documents`);
    if (this.size === this.entries.length) {
      const grown = new Float64Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[this.size++] = key * DOC_BITS + document;
  }

  /**
   * Calls `visit` with the distinct documents of every bucket that holds 2..maxDocuments documents
   * (a bucket shared by more is residual boilerplate and is skipped).
   */
  forEachBucket(maxDocuments: number, visit: (documents: number[]) => void): void {
    const sorted = this.entries.subarray(0, this.size).sort();
    for (let i = 0; i < sorted.length; ) {
      const key = Math.floor(sorted[i]! / DOC_BITS);
      const documents: number[] = [];
      let j = i;
      for (; j < sorted.length && Math.floor(sorted[j]! / DOC_BITS) === key; j++) {
        const document = sorted[j]! % DOC_BITS;
        if (documents[documents.length - 1] !== document) documents.push(document);
      }
      if (documents.length >= 2 && documents.length <= maxDocuments) visit(documents);
      i = j;
    }
  }
}
