/**
 * How alike two municipalities are: the cosine of their theme profiles (what they write about),
 * combined with how many of their goals are linked as similar (what they want).
 */

/** theme id → summed ADDRESSES weight */
export type Profile = Map<string, number>;

export interface SimilarMunicipality {
  code: string;
  score: number;
  themeSimilarity: number;
  goalOverlap: number;
  similarGoalCount: number;
  /** theme ids both address, strongest shared first */
  sharedThemes: string[];
}

export function cosine(a: Profile, b: Profile): number {
  let dot = 0;
  for (const [theme, weight] of a) dot += weight * (b.get(theme) ?? 0);
  const norm = (p: Profile) => Math.sqrt([...p.values()].reduce((s, w) => s + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator > 0 ? dot / denominator : 0;
}

/**
 * Ranks every other municipality that has a profile or a goal link. score is the mean of the theme
 * cosine and the goal overlap (links relative to the best-linked candidate); when `code` has no goal
 * links at all, the theme cosine alone. Ties break by code so the order is stable.
 */
export function rankSimilarMunicipalities(code: string, profiles: Map<string, Profile>, links: Map<string, number>): SimilarMunicipality[] {
  const mine = profiles.get(code) ?? new Map<string, number>();
  const maxLinks = Math.max(0, ...links.values());
  const candidates = new Set([...profiles.keys(), ...links.keys()]);
  candidates.delete(code);
  const ranked: SimilarMunicipality[] = [];
  for (const other of candidates) {
    const theirs = profiles.get(other) ?? new Map<string, number>();
    const themeSimilarity = cosine(mine, theirs);
    const similarGoalCount = links.get(other) ?? 0;
    const goalOverlap = maxLinks > 0 ? similarGoalCount / maxLinks : 0;
    const score = maxLinks > 0 ? (themeSimilarity + goalOverlap) / 2 : themeSimilarity;
    if (score <= 0) continue;
    const sharedThemes = [...mine.keys()]
      .filter((theme) => theirs.has(theme))
      .sort((a, b) => Math.min(mine.get(b)!, theirs.get(b)!) - Math.min(mine.get(a)!, theirs.get(a)!) || a.localeCompare(b));
    ranked.push({ code: other, score, themeSimilarity, goalOverlap, similarGoalCount, sharedThemes });
  }
  return ranked.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}
