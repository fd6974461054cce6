import type { GoalSpace } from './space.js';
import { CONCEPT_PREFIX, TARGET_PREFIX, type SurfaceForms } from './terms.js';

/** A term two texts share, strongest contribution first, with how each writes it as a word (if it does). */
export interface SharedTerm {
  stem: string;
  /** at least one of the two writes it itself (not only its context) */
  own: boolean;
  /** the word as the first text writes it, then as the second */
  words: [string | undefined, string | undefined];
}

/** "offentlig upphandling" and "offentliga upphandlingen" are the same words, inflected */
function sameWords(a: string, b: string): boolean {
  const key = (s: string) => s.split(/\s+/).map((w) => w.slice(0, 5)).join(' ');
  return key(a) === key(b);
}

/**
 * The words that explain why two texts are similar, from their shared terms (strongest first): each shown
 * as the first text writes it (else the second; a term that is only a compound part in both is shown as
 * the word its stem is most often written as). A term is left out when a word already shown contains it
 * ("näringslivsstrategin" makes "strategi" and "näringsliv" redundant). A concept the texts name in
 * different words is shown with both ("fiber ~ bredband") when `pairConcepts`, else as the first writes
 * it; a shared target is not shown (the goals' numbers say it), nor a word that only the texts' contexts
 * share (their headings, their documents' other goals).
 */
export function explainShared(shared: Iterable<SharedTerm>, forms: SurfaceForms, { max = 5, pairConcepts = true } = {}): string[] {
  let shown: Array<{ stem: string; word: string }> = [];
  for (const { stem, own, words } of shared) {
    if (stem.startsWith(TARGET_PREFIX) || !own) continue;
    const [wa, wb] = words;
    const paired = pairConcepts && stem.startsWith(CONCEPT_PREFIX) && wa && wb && !sameWords(wa, wb);
    const word = paired ? `${wa} ~ ${wb}` : (wa ?? wb ?? (stem.startsWith(CONCEPT_PREFIX) ? undefined : forms.formOf(stem)));
    if (!word) continue;
    if (shown.some((s) => s.word.includes(stem) || s.word.includes(word))) continue;
    shown = shown.filter((s) => !word.includes(s.stem));
    shown.push({ stem, word });
    if (shown.length === max) break;
  }
  return shown.map((s) => s.word);
}

/** Why two goals of the space are similar, in their own words. */
export function explainSimilarity(space: GoalSpace, a: number, b: number, forms: SurfaceForms, max = 5): string[] {
  const shared = space.sharedTerms(a, b).map(({ term, stem, own }): SharedTerm => ({ stem, own, words: [space.wordIn(a, term), space.wordIn(b, term)] }));
  return explainShared(shared, forms, { max });
}
