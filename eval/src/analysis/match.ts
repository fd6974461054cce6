/**
 * When a predicted goal is the same goal as a labelled one.
 *
 * Goals are compared by their content words (lower case, no function words): a prediction matches a
 * labelled goal when they share most of their words both ways (each covers at least
 * SHARED of the other), or when the prediction is a list item expanded from it — it covers at least
 * EXPANDED of the item's words and adds at most MAX_ADDED words of a lead-in ("Kommunen ska ta initiativ
 * …" for the item "Ta initiativ …"). Each goal matches at most once; pairs are taken best first.
 */
export const SHARED = 0.6;
export const EXPANDED = 0.8;
export const MAX_ADDED = 8;

const FUNCTION_WORDS = new Set([
  'och', 'att', 'i', 'på', 'som', 'för', 'med', 'av', 'en', 'ett', 'det', 'den', 'de', 'till', 'är', 'ska', 'skall',
  'vi', 'om', 'samt', 'eller', 'inom', 'vara', 'bli', 'har', 'kan', 'även', 'också', 'så', 'sig', 'sin', 'sina', 'sitt',
]);

/** The content words of a text, as a set. */
export function contentWords(text: string): Set<string> {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !FUNCTION_WORDS.has(w) && (w.length > 1 || /\d/.test(w))));
}

export interface Coverage {
  /** share of the labelled goal's words the prediction has */
  gold: number;
  /** share of the prediction's words the labelled goal has */
  predicted: number;
  /** words the prediction adds */
  added: number;
}

export function coverage(predicted: Set<string>, gold: Set<string>): Coverage {
  let shared = 0;
  for (const w of predicted) if (gold.has(w)) shared++;
  return {
    gold: gold.size ? shared / gold.size : 0,
    predicted: predicted.size ? shared / predicted.size : 0,
    added: predicted.size - shared,
  };
}

export function isMatch(c: Coverage): boolean {
  return (c.gold >= SHARED && c.predicted >= SHARED) || (c.gold >= EXPANDED && c.added <= MAX_ADDED);
}

export interface GoalMatching {
  /** index pairs [predicted, gold] */
  pairs: [number, number][];
  unmatchedPredicted: number[];
  unmatchedGold: number[];
}

/** One-to-one matching of predicted to labelled goals, the best-covering pairs first. */
export function matchGoals(predicted: readonly string[], gold: readonly string[]): GoalMatching {
  const p = predicted.map(contentWords);
  const g = gold.map(contentWords);
  const candidates: { i: number; j: number; score: number }[] = [];
  p.forEach((pw, i) =>
    g.forEach((gw, j) => {
      const c = coverage(pw, gw);
      if (isMatch(c)) candidates.push({ i, j, score: c.gold + c.predicted });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return {
    pairs,
    unmatchedPredicted: predicted.map((_, i) => i).filter((i) => !usedP.has(i)),
    unmatchedGold: gold.map((_, j) => j).filter((j) => !usedG.has(j)),
  };
}
