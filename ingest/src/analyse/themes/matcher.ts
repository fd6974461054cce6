import { THEMES } from '@strategigrafen/schema';
import { getDefaultLexicon, termTokens, type Lexicon, type TermToken } from '../text/terms.js';

/**
 * Finds taxonomy terms in a text.
 *
 * Both the terms and the text are reduced to a stream of atoms (base forms of compound parts,
 * stopwords removed). A term of n atoms matches n consecutive atoms of the text in the same order,
 * within one word or over whole words: "upphandlingen" matches "upphandling",
 * "kompetensförsörjning" (kompetens + försörjning) matches "kompetensförsörjningsbehovet" and
 * "näringslivets strategi" matches "näringslivsstrategi". A two-part term also matches its parts
 * the other way round when a preposition stands between them: "strategi för näringslivet",
 * "försörjning av mark" — but not "klimatet, dvs. företaget".
 * When matches overlap, one inside another is dropped: "näringslivsklimatet" is business climate,
 * not also climate. Of two that overlap in part, the one that starts first is kept: a Swedish
 * compound is read from the left ("arbetsmiljöpolicy" is a policy on the work environment, not an
 * environmental policy).
 * A term written with a trailing hyphen ("miljö-") matches only as a word of its own or as the first
 * part of a compound: as the head of a compound it names a setting, not the theme ("lärandemiljö",
 * "livsmiljö", "samarbetsklimat").
 */
/** What the matcher finds: anything with an id and its terms (a taxonomy theme, a thesaurus concept). */
export interface TermSet {
  id: string;
  terms: readonly string[];
}

export interface TermMatch {
  themeId: string;
  /** the words of the text that matched, as written */
  surface: string;
  /** the term that matched, as base forms of its parts: the same for every inflection ("miljömålen", "miljömål" → "miljö mål") */
  term: string;
}

interface CompiledTerm {
  themeId: string;
  /** the parts of a two-part term the other way round: only over two words with a preposition between */
  reversed: boolean;
  /** written "miljö-": not as the head (or any later part) of a compound */
  leading: boolean;
}

const MAX_GAP = 2;
const PREPOSITIONS = new Set(['för', 'av', 'till', 'inom', 'om', 'med', 'i', 'på', 'hos', 'kring', 'från', 'vid']);

export interface ThemeMatcher {
  readonly lexicon: Lexicon;
  readonly byKey: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** the most atoms of any term */
  readonly maxSize: number;
  /** keys of the first 1…n−1 atoms of every longer term: a window that is none of these cannot grow into a match */
  readonly prefixes: ReadonlySet<string>;
}

function keyOf(atoms: readonly string[]): string {
  return atoms.join(' ');
}

export function compileThemeMatcher(themes: readonly TermSet[] = THEMES, lexicon: Lexicon = getDefaultLexicon()): ThemeMatcher {
  const byKey = new Map<string, CompiledTerm[]>();
  let maxSize = 1;
  const prefixes = new Set<string>();
  for (const theme of themes) {
    for (const written of theme.terms) {
      const leading = written.endsWith('-');
      const term = leading ? written.slice(0, -1) : written;
      const atoms = termTokens(term, lexicon).flatMap((t) => t.parts);
      if (atoms.length === 0) continue;
      const add = (key: string, reversed: boolean): void => {
        const entries = byKey.get(key) ?? [];
        if (!entries.some((e) => e.themeId === theme.id && e.reversed === reversed)) entries.push({ themeId: theme.id, reversed, leading });
        byKey.set(key, entries);
      };
      add(keyOf(atoms), false);
      for (let n = 1; n < atoms.length; n++) prefixes.add(keyOf(atoms.slice(0, n)));
      if (atoms.length === 2 && atoms[0] !== atoms[1]) {
        add(keyOf([atoms[1]!, atoms[0]!]), true);
        prefixes.add(atoms[1]!);
      }
      maxSize = Math.max(maxSize, atoms.length);
    }
  }
  return { lexicon, byKey, maxSize, prefixes };
}

let defaultMatcher: ThemeMatcher | undefined;

export function getDefaultThemeMatcher(): ThemeMatcher {
  defaultMatcher ??= compileThemeMatcher();
  return defaultMatcher;
}

interface Span {
  start: number;
  end: number;
  themeId: string;
  reversed: boolean;
}

/** The theme terms in an already tokenised text, in order. */
export function matchTokens(tokens: readonly TermToken[], matcher: ThemeMatcher = getDefaultThemeMatcher()): TermMatch[] {
  const atoms: string[] = [];
  const tokenOf: number[] = [];
  const tokenStart: boolean[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const parts = tokens[index]!.parts;
    for (let k = 0; k < parts.length; k++) {
      atoms.push(parts[k]!);
      tokenOf.push(index);
      tokenStart.push(k === 0);
    }
  }
  /**
   * A window over several words must cover whole words ("näringslivets strategi", not
   * "…utveckling näringsliv") with at most MAX_GAP stopwords between them.
   */
  const aligned = (start: number, end: number): boolean => {
    const first = tokenOf[start]!;
    const last = tokenOf[end - 1]!;
    if (first === last) return true;
    if (!tokenStart[start] || (end < atoms.length && !tokenStart[end])) return false;
    for (let t = first + 1; t <= last; t++) if (tokens[t]!.gap.length > MAX_GAP) return false;
    return true;
  };

  const spans: Span[] = [];
  for (let start = 0; start < atoms.length; start++) {
    let key = '';
    for (let size = 1; size <= matcher.maxSize && start + size <= atoms.length; size++) {
      key = size === 1 ? atoms[start]! : `${key} ${atoms[start + size - 1]!}`;
      const entries = matcher.byKey.get(key);
      if (!entries) {
        if (matcher.prefixes.has(key)) continue;
        break;
      }
      if (size > 1 && !aligned(start, start + size)) continue;
      for (const entry of entries) {
        if (entry.leading && !tokenStart[start]) continue;
        if (entry.reversed) {
          const first = tokenOf[start]!;
          const second = tokenOf[start + 1]!;
          if (second !== first + 1 || !tokens[second]!.gap.some((w) => PREPOSITIONS.has(w))) continue;
        }
        spans.push({ start, end: start + size, themeId: entry.themeId, reversed: entry.reversed });
      }
    }
  }

  // drop spans lying inside a longer span or starting inside a kept one (sorted by start, longest first)
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let keptStart = -1;
  let keptEnd = -1;
  for (const span of spans) {
    // every earlier span starts at or before this one; spans of the same extent (several themes) are all kept
    const same = span.start === keptStart && span.end === keptEnd;
    if (!same && span.start < keptEnd) continue;
    kept.push(span);
    if (span.end > keptEnd) {
      keptStart = span.start;
      keptEnd = span.end;
    }
  }

  return kept.map((span) => {
    const first = tokenOf[span.start]!;
    const last = tokenOf[span.end - 1]!;
    const surface = tokens
      .slice(first, last + 1)
      .map((t) => t.surface)
      .join(' ');
    const matched = atoms.slice(span.start, span.end);
    return { themeId: span.themeId, surface, term: (span.reversed ? matched.reverse() : matched).join(' ') };
  });
}

/** The theme terms in a text, in order. */
export function matchThemes(text: string, matcher: ThemeMatcher = getDefaultThemeMatcher()): TermMatch[] {
  return matchTokens(termTokens(text, matcher.lexicon), matcher);
}
