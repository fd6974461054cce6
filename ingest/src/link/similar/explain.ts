import type { GoalSpace } from './space.js';
import type { SurfaceForms } from './terms.js';

/**
 * The words that explain why two goals are similar: their shared terms, strongest contribution first,
 * shown as the word each stem is usually written as. A compound part is dropped when the compound it
 * belongs to is shown too ("näringslivsstrategi" makes "strategi" redundant).
 */
export function explainSimilarity(space: GoalSpace, a: number, b: number, forms: SurfaceForms, max = 5): string[] {
  let words: string[] = [];
  for (const { term } of space.sharedTerms(a, b)) {
    const word = forms.formOf(term);
    if (words.some((shown) => shown.includes(word))) continue;
    words = words.filter((shown) => !word.includes(shown));
    words.push(word);
    if (words.length === max) break;
  }
  return words;
}
