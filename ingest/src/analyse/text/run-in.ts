/**
 * Sentence starts that lost their full stop or line break: page transcripts and PDF extraction run
 * lines together ("… från trafiken Aktivt arbeta med energieffektivisering …", "… med gott exempel De
 * lokala målen är följande: …").
 *
 * Swedish writes common words in lower case inside a sentence, so a capitalised word right after a
 * lower-case content word is either a name or a new start. It is a new start when
 *  - it is a word that opens sentences ("Det", "Vi", "Kommunen" …), or
 *  - it opens an action — an infinitive or imperative, perhaps after an adverb in -t ("Prioritera …",
 *    "Aktivt arbeta …") — which makes it a list item, or
 *  - it is no proper noun the dictionary knows and a finite verb follows within a few words ("…
 *    exempel Kommunkoncernen föregår …").
 * After a preposition, article or conjunction a capital is a name ("med Region Skåne", "och Almi").
 */
import { flagsOf } from '../grammar/dictionary.js';
import { FINITE, IMPERATIVE, INFINITIVE, verbTags } from '../grammar/verbs.js';
import { COORDINATORS, DETERMINERS, PREPOSITIONS, SUBORDINATORS } from '../grammar/words.js';

export type RunIn = 'sentence' | 'item' | null;

/** Words that open a sentence; written with a capital inside a line they mark a lost full stop. */
const SENTENCE_OPENERS = new Set([
  'Det', 'Detta', 'Dessa', 'Denna', 'De', 'Genom', 'Här', 'Vi', 'Man', 'Syftet', 'Målet', 'Ambitionen',
  'Kommunen', 'Kommunens', 'Förvaltningen', 'Förvaltningens', 'Näringslivsenheten',
]);
const FINITE_WITHIN = 6;

const WORD = /^[\p{L}][\p{L}\p{N}-]*/u;

function wordAt(text: string, i: number, to: number): string {
  const m = WORD.exec(text.slice(i, Math.min(to, i + 60)));
  return m ? m[0] : '';
}

function isProperNoun(word: string): boolean {
  return flagsOf(word) !== undefined || (word.endsWith('s') && flagsOf(word.slice(0, -1)) !== undefined);
}

const isAction = (word: string): boolean => {
  const tags = verbTags(word);
  return (tags & (INFINITIVE | IMPERATIVE)) !== 0 && (tags & FINITE) === 0;
};

/**
 * Whether a new sentence or list item starts at `m`, the first letter of a capitalised word after
 * whitespace; `previous` is the word before the whitespace, or null right after a colon or full stop.
 */
export function runInStart(text: string, m: number, to: number, previous: string | null): RunIn {
  const word = wordAt(text, m, to);
  if (word.length < 2 || !/^\p{Lu}\p{Ll}/u.test(word)) return null;
  // a word that opens sentences marks a lost full stop after any word ("- Serviceanda Det betyder …")
  if (SENTENCE_OPENERS.has(word) && previous !== null && /[\p{L}\p{N}]$/u.test(previous) && !PREPOSITIONS.has(previous.toLowerCase())) return 'sentence';
  if (previous !== null) {
    if (!/^\p{Ll}.*\p{Ll}$|\)$/u.test(previous)) return null;
    const before = previous.toLowerCase();
    if (PREPOSITIONS.has(before) || DETERMINERS.has(before) || COORDINATORS.has(before) || SUBORDINATORS.has(before)) return null;
    // a line that ends in its verb goes on ("Målet är\nAttraktiva Blekinge …")
    if ((verbTags(before) & FINITE) !== 0) return null;
  }
  if (SENTENCE_OPENERS.has(word)) return 'sentence';
  const lower = word.toLowerCase();
  // the words that follow, lower case
  const following: string[] = [];
  let k = m + word.length;
  while (following.length < FINITE_WITHIN && k < to) {
    while (k < to && /\s/.test(text[k]!)) k++;
    const w = wordAt(text, k, to);
    if (!w) break;
    following.push(w.toLowerCase());
    k += w.length;
  }
  if (isAction(lower) && !isProperNoun(word)) return 'item';
  if (/t$/u.test(lower) && following[0] !== undefined && isAction(following[0]) && verbTags(lower) === 0) return 'item';
  // a name starts a new sentence only when its clause's verb follows at once ("… acceptans Haparanda ska vara …")
  if (isProperNoun(word) && previous !== null) return following.slice(0, 2).some((w) => (verbTags(w) & FINITE) !== 0 && !PREPOSITIONS.has(w)) ? 'sentence' : null;
  return following.some((w) => (verbTags(w) & FINITE) !== 0 && !PREPOSITIONS.has(w) && !DETERMINERS.has(w)) ? 'sentence' : null;
}
