import type { ThemeTag } from '@strategigrafen/schema';
import { termTokens } from '../text/terms.js';
import { getDefaultThemeMatcher, matchTokens, type TermMatch, type ThemeMatcher } from './matcher.js';

/**
 * Theme tags with weights.
 *
 * Each matched term counts once, a term in the title counts TITLE_WEIGHT times. The weight is
 * 1 − e^(−hits / length), where length = 1 + (content words of the body) / WORDS_PER_HIT grows with
 * the text, so that a theme mentioned once in a long document weighs little and a theme in a short
 * goal or a title weighs much: one hit in a one-line goal ≈ 0.6, one hit in a title ≈ 0.95,
 * three hits in a 1,500-word document ≈ 0.25. Tags below MIN_WEIGHT are dropped, and so is a
 * theme mentioned only once in a text longer than SHORT_TEXT_WORDS: a passing mention is no theme.
 */
export const SHORT_TEXT_WORDS = 50;
export const TITLE_WEIGHT = 3;
export const WORDS_PER_HIT = 150;
export const MIN_WEIGHT = 0.2;
const MAX_TERMS = 12;

interface Tally {
  hits: number;
  terms: Map<string, number>;
}

function tally(matches: readonly TermMatch[], weight: number, into: Map<string, Tally>): void {
  for (const m of matches) {
    const t = into.get(m.themeId) ?? { hits: 0, terms: new Map<string, number>() };
    t.hits += weight;
    t.terms.set(m.surface, (t.terms.get(m.surface) ?? 0) + 1);
    into.set(m.themeId, t);
  }
}

function toTags(tallies: Map<string, Tally>, bodyWords: number): ThemeTag[] {
  const length = 1 + bodyWords / WORDS_PER_HIT;
  const tags: ThemeTag[] = [];
  for (const [id, t] of tallies) {
    const weight = Math.round((1 - Math.exp(-t.hits / length)) * 1000) / 1000;
    if (weight < MIN_WEIGHT || (bodyWords > SHORT_TEXT_WORDS && t.hits < 2)) continue;
    const terms = [...t.terms.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_TERMS)
      .map(([term]) => term);
    tags.push({ id, weight, terms });
  }
  return tags.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}

/** Themes of a document from its title (weighted higher) and body; body may be '' for a title-only document. */
export function tagDocumentThemes(title: string, body: string, matcher: ThemeMatcher = getDefaultThemeMatcher()): ThemeTag[] {
  const tallies = new Map<string, Tally>();
  tally(matchTokens(termTokens(title, matcher.lexicon), matcher), TITLE_WEIGHT, tallies);
  const bodyTokens = termTokens(body, matcher.lexicon);
  tally(matchTokens(bodyTokens, matcher), 1, tallies);
  return toTags(tallies, bodyTokens.length);
}

/** Themes of a short text such as a goal. */
export function tagThemes(text: string, matcher: ThemeMatcher = getDefaultThemeMatcher()): ThemeTag[] {
  const tokens = termTokens(text, matcher.lexicon);
  const tallies = new Map<string, Tally>();
  tally(matchTokens(tokens, matcher), 1, tallies);
  return toTags(tallies, tokens.length);
}
