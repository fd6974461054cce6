import { compoundParts, lemmaOf } from '../../analyse/grammar/compounds.js';
import { measurableTarget } from '../../analyse/goals/targets.js';
import { termTokens } from '../../analyse/text/terms.js';
import { conceptsIn } from '../../analyse/concepts/index.js';

/**
 * A goal's evidence for similarity, as index terms (duplicates kept for term frequency), with the words
 * they were written as, so that shared evidence can be shown in the goals' own words:
 *  - each content word: its stem, its dictionary base form, and the base forms of its compound parts
 *    (Hunspell, grammar/compounds.ts), so that "kompetensförsörjning" meets "försörjning av kompetens"
 *    and "utbildningsnivå" meets "utbildning";
 *  - the concepts it mentions (schema's concept thesaurus, "§broadband") and their broader concepts,
 *    so that "fiber" meets "bredband" and "växthusgaser" meets "utsläpp";
 *  - its measurable target ("#target:number:invånare"): a population target is like a population target.
 */
export interface GoalTerms {
  terms: string[];
  /** [term, word as written (lower case)] for the goal's words and concepts */
  words: Array<[string, string]>;
  /** [part, compound as written] for the compound parts of its words ("direkt" in "direktupphandlingsgränsen") */
  compounds: Array<[string, string]>;
  /** +1 the goal wants more of its object, −1 less, 0 neither (or both) */
  polarity: number;
}

/**
 * Words of a goal's form rather than its aim ("Målet är att …", "Andelen … ska öka med 10 procent"):
 * every goal has them, so they join goals that want different things. Direction words ("öka",
 * "minska") are kept out of the terms too and count as the goal's polarity instead.
 */
const FORM_WORDS = new Set([
  'mål', 'målet', 'målen', 'målsättning', 'målsättningen', 'syfte', 'syftet', 'ambition', 'ambitionen', 'vision', 'visionen',
  'strategi', 'strategin', 'plan', 'planen', 'program', 'programmet', 'policy', 'policyn', 'kommun', 'kommunen', 'kommunens',
  'region', 'regionen', 'arbete', 'arbetet', 'arbeta', 'verka', 'möjlighet', 'möjligheter', 'andel', 'andelen', 'antal',
  'antalet', 'procent', 'minst', 'högst', 'jämfört', 'senast', 'övergripande', 'viktig', 'viktigt', 'genom', 'bidra',
]);
const UP = new Set(['öka', 'ökar', 'ökad', 'ökat', 'ökade', 'höja', 'höjs', 'fler', 'mer', 'större', 'högre', 'stärka', 'stärkt', 'utöka', 'utökad', 'fördubbla', 'växa', 'bygga ut', 'förbättra', 'förbättrad']);
const DOWN = new Set(['minska', 'minskar', 'minskad', 'minskat', 'minskade', 'sänka', 'sänks', 'färre', 'mindre', 'lägre', 'halvera', 'begränsa', 'begränsad', 'reducera', 'upphöra', 'avveckla', 'minimera']);

export const CONCEPT_PREFIX = '§';
export const TARGET_PREFIX = '#';

export function goalTerms(text: string): GoalTerms {
  const terms: string[] = [];
  const words: Array<[string, string]> = [];
  const compounds: Array<[string, string]> = [];
  let up = 0;
  let down = 0;
  for (const token of termTokens(text)) {
    const lower = token.surface.toLowerCase();
    if (UP.has(lower)) up++;
    if (DOWN.has(lower)) down++;
    if (UP.has(lower) || DOWN.has(lower) || FORM_WORDS.has(lower) || FORM_WORDS.has(token.stem)) continue;
    // the stem, the dictionary base form and the dictionary's compound parts (not the small lexicon's: it cuts
    // words the dictionary knows whole into fragments, "eko|logisk")
    const own = new Set<string>([token.stem]);
    const lemma = lemmaOf(lower);
    if (lemma) own.add(lemma);
    for (const part of compoundParts(lower) ?? []) own.add(part);
    for (const term of own) terms.push(term);
    for (const term of own) (term === token.stem || term === lemma ? words : compounds).push([term, lower]);
  }
  // a concept is written as the words that name it, before the words that name a narrower concept
  const mentions = conceptsIn(text);
  for (let level = 0; mentions.some((m) => m.concepts.length > level); level++) {
    for (const mention of mentions) {
      const id = mention.concepts[level];
      if (id === undefined) continue;
      terms.push(`${CONCEPT_PREFIX}${id}`);
      words.push([`${CONCEPT_PREFIX}${id}`, mention.surface.toLowerCase()]);
    }
  }
  // a count of a unit is evidence ("50 000 invånare", "500 bostäder"); a bare percentage or year is every goal's
  const target = measurableTarget(text);
  if (target?.kind === 'number' && target.unit) terms.push(`${TARGET_PREFIX}target:${target.unit}`);
  return { terms, words, compounds, polarity: Math.sign(up - down) };
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
