/**
 * A heading run into the sentence under it, as text extracted from PDFs and page transcripts leaves
 * them: "Hållbara inköp Kommunen ska …", "Affärsmässighet och konkurrens Växjö kommun skall …".
 *
 * Swedish writes common words in lower case inside a sentence, so a capitalised word right after a
 * lower-case content word marks a new start — when what stands before it has no finite verb (a heading
 * is a noun phrase) and what follows is a clause. A capital after a preposition or article ("i
 * samverkan med Region Skåne") is a name inside the sentence, not a new start.
 */
import { tokenize } from '../grammar/clauses.js';
import type { LocatedSentence } from '../text/structure.js';
import { flagsOf } from '../grammar/dictionary.js';
import { FINITE, verbTags } from '../grammar/verbs.js';
import { COORDINATORS, DETERMINERS, PREPOSITIONS, SUBORDINATORS } from '../grammar/words.js';

const MAX_HEADING_WORDS = 9;
/** the clause must reach its verb within this many words of the new start */
const VERB_WITHIN = 8;

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const lowerCase = (w: string): boolean => /^\p{Ll}/u.test(w);

function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
  return depth > 0;
}

/** Offset in `text` where the sentence proper starts after a glued heading, or 0 when there is none. */
export function gluedHeadingEnd(text: string): number {
  const tokens = tokenize(text).filter((t) => !t.punct || t.text === ',');
  // after a section number ("1.1 Syfte Den övergripande …") a capitalised heading word may end the heading
  const numbered = /^\d+(?:\.\d+)*\.?$/u.test(tokens[0]?.text ?? '');
  for (let k = 1; k < tokens.length && k <= MAX_HEADING_WORDS; k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1]!;
    if (before.text === ',' || (verbTags(before.lower) & FINITE) !== 0) return 0;
    // "… agenda för Sverige Utgångspunkten för …": a name may end the heading too, when a common word starts the sentence
    const nameBefore = capitalised(before.text) && k >= 2 && flagsOf(t.text) === undefined && flagsOf(t.lower) !== undefined;
    if (!capitalised(t.text) || !(lowerCase(before.text) || (numbered && k >= 2) || nameBefore)) continue;
    if (PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower) || COORDINATORS.has(before.lower) || SUBORDINATORS.has(before.lower)) continue;
    // inside brackets a capital is an abbreviation of what stands before them ("Trygg och säker kommun (TSK) ska …")
    if (insideBrackets(text, t.start)) continue;
    const rest = tokens.slice(k, k + VERB_WITHIN + 1);
    if (rest.some((r, i) => i > 0 && (verbTags(r.lower) & FINITE) !== 0 && !PREPOSITIONS.has(r.lower))) return t.start;
  }
  return 0;
}

/** A sentence without the heading glued to its front. */
export interface Core {
  text: string;
  start: number;
}

/** The offset in `source` (from `start`) of the character at `index` of its whitespace-collapsed copy. */
function sourceOffset(source: string, start: number, index: number): number {
  let k = start;
  let seen = 0;
  let space = false;
  while (k < source.length && seen < index) {
    const isSpace = /\s/.test(source[k]!);
    if (!isSpace || !space) seen++;
    space = isSpace;
    k++;
  }
  while (k < source.length && /\s/.test(source[k]!)) k++;
  return k;
}

/** What follows the character at `index` of a core's text, with its offset in `source`. */
export function restOf(core: Core, index: number, source: string): Core {
  return { text: core.text.slice(index), start: sourceOffset(source, core.start, index) };
}

/** The sentence proper of `s` (a list item never has a heading glued to it). */
export function withoutGluedHeading(s: LocatedSentence, source: string): Core {
  const cut = s.bullet ? 0 : gluedHeadingEnd(s.text);
  const whole: Core = { text: s.text, start: s.start };
  return cut === 0 ? whole : restOf(whole, cut, source);
}
