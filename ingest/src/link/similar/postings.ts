/**
 * The inverted index of the goal space: for every term, the (attributed) goals that write it themselves
 * with the term's weight in each, strongest first, cut at `maxPosting` entries so that no query ever walks
 * more than that many goals per term. Context terms (collector.ts) are left out: a goal finds others
 * through its context, but the lists stay those of the goals that say the word, so that documents
 * lending their words to all their goals do not crowd them out.
 */
export interface Postings {
  /** term t's postings are [start[t], start[t + 1]) */
  start: Int32Array;
  goal: Int32Array;
  weight: Float32Array;
}

export function buildPostings(
  vectorStart: Int32Array,
  vectorTerm: Int32Array,
  vectorWeight: Float64Array,
  /** 1 where the entry is the goal's own word */
  vectorOwn: Uint8Array,
  ownerGroup: Int32Array,
  vocabularySize: number,
  maxPosting: number,
): Postings {
  const goals = vectorStart.length - 1;
  // every (term, goal) entry of an attributed goal, grouped by term (a counting sort)
  const count = new Int32Array(vocabularySize);
  for (let g = 0; g < goals; g++) {
    if (ownerGroup[g]! < 0) continue;
    for (let p = vectorStart[g]!; p < vectorStart[g + 1]!; p++) if (vectorOwn[p]) count[vectorTerm[p]!]!++;
  }
  const fillStart = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) fillStart[t + 1] = fillStart[t]! + count[t]!;
  const allGoals = new Int32Array(fillStart[vocabularySize]!);
  const allWeights = new Float64Array(allGoals.length);
  const fill = fillStart.slice(0, vocabularySize);
  for (let g = 0; g < goals; g++) {
    if (ownerGroup[g]! < 0) continue;
    for (let p = vectorStart[g]!; p < vectorStart[g + 1]!; p++) {
      if (!vectorOwn[p]) continue;
      const slot = fill[vectorTerm[p]!]!++;
      allGoals[slot] = g;
      allWeights[slot] = vectorWeight[p]!;
    }
  }

  const start = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) start[t + 1] = start[t]! + Math.min(maxPosting, count[t]!);
  const goal = new Int32Array(start[vocabularySize]!);
  const weight = new Float32Array(goal.length);
  for (let t = 0; t < vocabularySize; t++) {
    const from = fillStart[t]!;
    const length = count[t]!;
    // strongest first, ties by goal order; only the first maxPosting are kept
    const slots =
      length > maxPosting
        ? Int32Array.from({ length }, (_, i) => from + i)
            .sort((x, y) => allWeights[y]! - allWeights[x]! || x - y)
            .subarray(0, maxPosting)
        : null;
    for (let i = 0; i < Math.min(maxPosting, length); i++) {
      const slot = slots ? slots[i]! : from + i;
      goal[start[t]! + i] = allGoals[slot]!;
      weight[start[t]! + i] = allWeights[slot]!;
    }
  }
  return { start, goal, weight };
}
