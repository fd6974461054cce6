import { THEMES, type ThemeTag } from '@strategigrafen/schema';
import { termTokens } from '../text/terms.js';
import { getDefaultThemeMatcher, matchTokens, type TermMatch, type ThemeMatcher } from './matcher.js';

/**
 * Theme tags with weights.
 *
 * A document's themes are what it is about, not every theme one of its words touches. Each theme's
 * evidence is read from where its terms stand:
 *  - the title (a procurement policy says so in its name),
 *  - the headings,
 *  - the share of the document's sentences that mention it (how much of the text it covers),
 *  - the share of its goals that mention it.
 * The evidence adds up to a score, raised by the variety of the theme's terms (TERM_VARIETY × the log of
 * how many different terms name it): a theme named by several of its terms ("infrastruktur", "järnväg",
 * "kollektivtrafik") is more surely a subject of the text than one word said again ("trygg", "tryggt").
 * The document is about its best theme and about any other theme that
 * comes close to it (RELATIVE_FLOOR of the best) with enough evidence of its own (MIN_SCORE), at most
 * MAX_DOCUMENT_THEMES. The weight is the score relative to the best theme, so a municipality's profile
 * (summed weights) tells its strong themes from incidental ones.
 *
 * A document that no theme dominates (its best score under BROAD_DOCUMENT) touches many subjects lightly,
 * as an overall vision or a regional development strategy does: it is about the place or the strategy as a
 * whole, so its overarching themes (attractiveness, sustainability) count OVERARCHING_FACTOR times.
 *
 * A short text such as a goal is about every theme it names, weighted by how many of its words do.
 */
export const DOCUMENT_WEIGHTS = { title: 1, heading: 1, coverage: 10, goals: 1 } as const;
export const RELATIVE_FLOOR = 0.4;
export const MIN_SCORE = 0.6;
export const MAX_DOCUMENT_THEMES = 3;
export const TERM_VARIETY = 0.3;
export const BROAD_DOCUMENT = 3.5;
export const OVERARCHING_FACTOR = 2;
const OVERARCHING = new Set(THEMES.filter((t) => t.overarching).map((t) => t.id));
const MAX_TERMS = 12;

export interface ThemeEvidence {
  title: string;
  /** the body's sentences (or paragraphs), as written */
  sentences: readonly string[];
  headings?: readonly string[];
  goals?: readonly string[];
}

interface Tally {
  score: number;
  /** surfaces as written, with how often each was found */
  terms: Map<string, number>;
  /** the different terms (base forms) that were found */
  variety: Set<string>;
}

function matchesOf(text: string, matcher: ThemeMatcher): TermMatch[] {
  return matchTokens(termTokens(text, matcher.lexicon), matcher);
}

/** Adds `weight` × (share of texts that mention the theme) to each theme's score. */
function addShare(texts: readonly string[], weight: number, matcher: ThemeMatcher, tallies: Map<string, Tally>): void {
  if (texts.length === 0) return;
  const mentions = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const m of matchesOf(text, matcher)) {
      const t = tallies.get(m.themeId) ?? { score: 0, terms: new Map<string, number>(), variety: new Set<string>() };
      t.terms.set(m.surface, (t.terms.get(m.surface) ?? 0) + 1);
      t.variety.add(m.term);
      tallies.set(m.themeId, t);
      seen.add(m.themeId);
    }
    for (const id of seen) mentions.set(id, (mentions.get(id) ?? 0) + 1);
  }
  for (const [id, count] of mentions) tallies.get(id)!.score += weight * (count / texts.length);
}

function termsOf(t: Tally): string[] {
  return [...t.terms.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TERMS)
    .map(([term]) => term);
}

/** The themes a document is about, best first. */
export function tagDocumentThemes(evidence: ThemeEvidence, matcher: ThemeMatcher = getDefaultThemeMatcher()): ThemeTag[] {
  const tallies = new Map<string, Tally>();
  addShare([evidence.title], DOCUMENT_WEIGHTS.title, matcher, tallies);
  const headings = evidence.headings ?? [];
  // a theme in one or two headings counts fully: a short document has few headings
  if (headings.length) addShare(headings, DOCUMENT_WEIGHTS.heading * Math.min(headings.length, 2), matcher, tallies);
  addShare(evidence.sentences, DOCUMENT_WEIGHTS.coverage, matcher, tallies);
  addShare(evidence.goals ?? [], DOCUMENT_WEIGHTS.goals, matcher, tallies);

  for (const t of tallies.values()) t.score *= 1 + TERM_VARIETY * Math.log(t.variety.size);
  const best = Math.max(0, ...[...tallies.values()].map((t) => t.score));
  if (best < BROAD_DOCUMENT) for (const [id, t] of tallies) if (OVERARCHING.has(id)) t.score *= OVERARCHING_FACTOR;
  const ranked = [...tallies.entries()].sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]));
  const top = ranked[0]?.[1].score ?? 0;
  if (top < MIN_SCORE) return [];
  return ranked
    .filter(([, t], i) => i === 0 || (t.score >= RELATIVE_FLOOR * top && t.score >= MIN_SCORE))
    .slice(0, MAX_DOCUMENT_THEMES)
    .map(([id, t]) => ({ id, weight: Math.round((t.score / top) * 1000) / 1000, terms: termsOf(t) }));
}

/** Themes of a short text such as a goal: every theme it names, weighted by the share of its words that do. */
export function tagThemes(text: string, matcher: ThemeMatcher = getDefaultThemeMatcher()): ThemeTag[] {
  const tokens = termTokens(text, matcher.lexicon);
  const tallies = new Map<string, { hits: number; terms: Map<string, number> }>();
  for (const m of matchTokens(tokens, matcher)) {
    const t = tallies.get(m.themeId) ?? { hits: 0, terms: new Map<string, number>() };
    t.hits++;
    t.terms.set(m.surface, (t.terms.get(m.surface) ?? 0) + 1);
    tallies.set(m.themeId, t);
  }
  // one hit in a one-line goal ≈ 0.6, two ≈ 0.85
  const length = 1 + tokens.length / 150;
  return [...tallies.entries()]
    .map(([id, t]) => ({ id, weight: Math.round((1 - Math.exp(-t.hits / length)) * 1000) / 1000, terms: [...t.terms.keys()].slice(0, MAX_TERMS) }))
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}
