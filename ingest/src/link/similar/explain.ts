import type { GoalSpace } from './space.js';
import { CONCEPT_PREFIX, TARGET_PREFIX, type SurfaceForms } from './terms.js';

/**
 * The words that explain why two goals are similar: their shared terms, strongest contribution first,
 * each shown as the first goal writes it (else the second; a term that is only a compound part in
 * both is shown as the word its stem is most often written as). A term is left out when a word
 * already shown contains it ("näringslivsstrategin" makes "strategi" and "näringsliv" redundant). A
 * concept the goals name in different words is shown with both ("fiber ~ bredband"); a shared target
 * is not shown (the goals' numbers say it).
 */
/** "offentlig upphandling" and "offentliga upphandlingen" are the same words, inflected */
function sameWords(a: string, b: string): boolean {
  const key = (s: string) => s.split(/\s+/).map((w) => w.slice(0, 5)).join(' ');
  return key(a) === key(b);
}

export function explainSimilarity(space: GoalSpace, a: number, b: number, forms: SurfaceForms, max = 5): string[] {
  let shown: Array<{ stem: string; word: string }> = [];
  for (const { term, stem } of space.sharedTerms(a, b)) {
    if (stem.startsWith(TARGET_PREFIX)) continue;
    const [wa, wb] = [space.wordIn(a, term), space.wordIn(b, term)];
    const word = stem.startsWith(CONCEPT_PREFIX) && wa && wb && !sameWords(wa, wb) ? `${wa} ~ ${wb}` : (wa ?? wb ?? forms.formOf(stem));
    if (shown.some((s) => s.word.includes(stem) || s.word.includes(word))) continue;
    shown = shown.filter((s) => !word.includes(s.stem));
    shown.push({ stem, word });
    if (shown.length === max) break;
  }
  return shown.map((s) => s.word);
}
