/**
 * Alignment of a candidate document pair: find the passages the two share nearly verbatim.
 *
 * Every shared shingle that document a marks as its own (not boilerplate) seeds a match; a seed is
 * extended in both directions along its diagonal while the shingles agree (boilerplate included —
 * inside a copied passage it is part of the copy). Neighbouring runs separated by a small edit (a
 * changed, inserted or dropped word) are merged into one passage. Positions are word indices; the
 * caller turns them into character offsets.
 */
export interface AlignOptions {
  /** words per shingle */
  shingleWords: number;
  /** a passage must carry at least this many words of its own (not covered only by boilerplate) */
  minWords: number;
  /** runs at most this many words apart (on both sides) belong to one passage */
  maxGapWords: number;
}

export const DEFAULT_ALIGN: AlignOptions = { shingleWords: 5, minWords: 12, maxGapWords: 4 };

export interface WordPassage {
  /** word ranges [start, end) in document a and b */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** words of the passage covered by shingles of a's own (not boilerplate) */
  ownWords: number;
}

const MAX_REPEATS = 8;

/** Where each shingle of a document stands (built once per document when it is aligned with many others). */
export function shinglePositions(hashes: Float64Array): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  for (let j = 0; j < hashes.length; j++) {
    const list = positions.get(hashes[j]!);
    if (list) list.push(j);
    else positions.set(hashes[j]!, [j]);
  }
  return positions;
}

interface Run {
  a: number;
  b: number;
  /** length in shingles */
  length: number;
}

/**
 * `own[i]` is 1 when a's shingle i may seed a match and counts towards a passage's own words (it is
 * rare, or it lies in a paragraph the two documents were found to share), 0 when it is boilerplate.
 */
export function alignPair(a: Float64Array, b: Float64Array, own: Uint8Array, options: AlignOptions = DEFAULT_ALIGN, positions = shinglePositions(b)): WordPassage[] {
  const runs: Run[] = [];
  const coveredUntil = new Map<number, number>(); // diagonal (i - j) → first i not yet covered
  for (let i = 0; i < a.length; i++) {
    if (!own[i]) continue;
    const matches = positions.get(a[i]!);
    // a shingle repeated many times within b is a list or a table, not a passage: it cannot seed a match
    if (!matches || matches.length > MAX_REPEATS) continue;
    for (const j of matches) {
      const diagonal = i - j;
      if ((coveredUntil.get(diagonal) ?? -1) > i) continue;
      let start = 0;
      while (i - start > 0 && j - start > 0 && a[i - start - 1] === b[j - start - 1]) start++;
      let end = 1;
      while (i + end < a.length && j + end < b.length && a[i + end] === b[j + end]) end++;
      runs.push({ a: i - start, b: j - start, length: start + end });
      coveredUntil.set(diagonal, i + end);
    }
  }
  runs.sort((x, y) => x.a - y.a || x.b - y.b);

  const n = options.shingleWords;
  const passages: WordPassage[] = [];
  let current: WordPassage | undefined;
  for (const run of runs) {
    const words = ownWords(run, own, n);
    const passage = { aStart: run.a, aEnd: run.a + run.length + n - 1, bStart: run.b, bEnd: run.b + run.length + n - 1, ownWords: words };
    const gapA = current ? passage.aStart - current.aEnd : Infinity;
    const gapB = current ? passage.bStart - current.bEnd : Infinity;
    if (current && gapA >= -n && gapA <= options.maxGapWords && gapB >= -n && gapB <= options.maxGapWords) {
      current.aEnd = Math.max(current.aEnd, passage.aEnd);
      current.bEnd = Math.max(current.bEnd, passage.bEnd);
      current.ownWords += words;
    } else {
      if (current) passages.push(current);
      current = passage;
    }
  }
  if (current) passages.push(current);
  return passages.filter((p) => p.ownWords >= options.minWords);
}

/** Words of a run covered by at least one of a's own shingles. */
function ownWords(run: Run, own: Uint8Array, n: number): number {
  let words = 0;
  let coveredTo = run.a; // first word not yet counted
  for (let s = run.a; s < run.a + run.length; s++) {
    if (!own[s]) continue;
    const from = Math.max(coveredTo, s);
    words += s + n - from;
    coveredTo = s + n;
  }
  return words;
}
