import { termTokens } from '../../analyse/text/terms.js';

/**
 * A goal's index terms (stems of its content words followed by the stems of their compound parts,
 * duplicates kept for term frequency) — the same representation as `indexTerms` — together with the
 * words they were written as, so that shared terms can be shown as words rather than stems.
 */
export interface GoalTerms {
  terms: string[];
  /** [stem, word as written (lower case)] for every whole content word */
  words: Array<[string, string]>;
}

export function goalTerms(text: string): GoalTerms {
  const terms: string[] = [];
  const words: Array<[string, string]> = [];
  for (const token of termTokens(text)) {
    terms.push(token.stem);
    if (token.parts.length > 1) terms.push(...token.parts);
    words.push([token.stem, token.surface.toLowerCase()]);
  }
  return { terms, words };
}

/**
 * For each stem, the word it is most often written as ("upphandl" → "upphandling"); a stem never
 * seen as a whole word (a compound part only) is shown as itself. Ties go to the alphabetically first
 * word so that the choice is deterministic.
 */
export class SurfaceForms {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly chosen = new Map<string, string>();

  add(stem: string, word: string): void {
    let forms = this.counts.get(stem);
    if (!forms) this.counts.set(stem, (forms = new Map()));
    forms.set(word, (forms.get(word) ?? 0) + 1);
    this.chosen.delete(stem);
  }

  addAll(words: Iterable<[string, string]>): void {
    for (const [stem, word] of words) this.add(stem, word);
  }

  formOf(stem: string): string {
    const cached = this.chosen.get(stem);
    if (cached !== undefined) return cached;
    let best = stem;
    let bestCount = 0;
    for (const [word, count] of this.counts.get(stem) ?? []) {
      if (count > bestCount || (count === bestCount && word < best)) {
        best = word;
        bestCount = count;
      }
    }
    this.chosen.set(stem, best);
    return best;
  }
}
