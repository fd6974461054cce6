/**
 * Small, fast, deterministic hashes for shingles and MinHash. Shingle hashes are 52-bit integers
 * (two independent 32-bit lanes, safe in a double) so that collisions among the ~10^7 distinct
 * shingles of a national corpus stay negligible; MinHash permutations use the 32-bit finaliser.
 */

/** MurmurHash3's 32-bit finaliser: a bijective mix of a 32-bit integer. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of a string (FNV-1a over UTF-16 code units, then finalised), seeded. */
export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const LANE_A = 0x9e3779b9;
const LANE_B = 0x7f4a7c15;
const TWO_POW_20 = 2 ** 20;

/**
 * Hash of the word n-gram words[from..from+n), combined from per-word hashes (computed once per word).
 * Returns a non-negative integer below 2^52.
 */
export function shingleHash(wordHashesA: Uint32Array, wordHashesB: Uint32Array, from: number, n: number): number {
  let a = LANE_A;
  let b = LANE_B;
  for (let i = from; i < from + n; i++) {
    a = fmix32((a ^ wordHashesA[i]!) + 0x6b43a9b5);
    b = fmix32(Math.imul(b ^ wordHashesB[i]!, 0x27d4eb2f) + i - from);
  }
  return a * TWO_POW_20 + (b >>> 12);
}

/** The low 32 bits of a 52-bit shingle hash, for MinHash and anchoring. */
export function low32(hash52: number): number {
  return hash52 % 4294967296 >>> 0;
}
