import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';
import AggressiveTokenizerSv from 'natural/lib/natural/tokenizers/aggressive_tokenizer_sv.js';
import { analyseWord, getDefaultLexicon, type Lexicon, type WordAnalysis } from './lexicon.js';
import { foldDiacritics } from './normalise.js';
import { isStopword } from './stopwords.js';

export { buildLexicon, getDefaultLexicon, type Lexicon } from './lexicon.js';

/**
 * One content word of a text, as index terms.
 *
 * `stem` stands for the whole word, `parts` for its compound parts ([stem] for a simplex word).
 * A word the lexicon knows (or can split) is represented by its base form, so every inflection
 * gets the same term ("strategi", "strategin", "strategier" → "strategi"; "näringslivets" →
 * "näringsliv"). Any other word is stemmed with natural's Swedish Porter stemmer. Base forms are
 * not stemmed again: the stemmer conflates words the lexicon keeps apart ("företagande" and
 * "företag", "ledare" and "ledande" share a Porter stem).
 */
export interface TermToken {
  /** the word as written in the text, e.g. "Näringslivsstrategin" */
  surface: string;
  stem: string;
  parts: string[];
  /** the stopwords skipped right before this word, lower case ("för" in "strategi för näringslivet") */
  gap: string[];
}

const tokenizer = new AggressiveTokenizerSv();
/** natural's tokenizer only emits [A-Za-z0-9_åÅäÄöÖüÜ-] */
const HAS_LETTER = /[A-Za-zåÅäÄöÖüÜ]/;
/** Conjunctions that may stand between a suspended compound part and the compound it shares ("mark- och lokal…"). */
const SUSPENSION_JOINERS = new Set(['och', 'eller', 'samt', 'respektive', 'resp']);

const STEM_MEMO_LIMIT = 200_000;
const stems = new Map<string, string>();

function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= STEM_MEMO_LIMIT) stems.clear();
    // the stemmer strips one ending per call, so an inflected form would keep what its base form loses
    // ("utbyggnaden" → "utbyggnad", but "utbyggnad" → "utbyggn"): stem once more
    const once = stemmer.stem(word);
    stemmed = once === word ? once : stemmer.stem(once);
    // the stemmer cuts the adjective ending -lig, so that "naturlig" would be "natur" and "möjlig" "möj":
    // an adjective keeps it ("naturliga", "naturligt" → "naturlig")
    if (word.startsWith(`${stemmed}lig`)) stemmed = `${stemmed}lig`;
    stems.set(word, stemmed);
  }
  return stemmed;
}

function termsOf(analysis: WordAnalysis): { stem: string; parts: string[] } {
  if (analysis.known) return { stem: analysis.base, parts: analysis.parts };
  const stemmed = stem(analysis.base);
  return { stem: stemmed, parts: [stemmed] };
}

/** Sources hand over NFC text; only text with combining marks needs composing. */
const COMBINING = /[\u0300-\u036f]/;

interface RawWord {
  surface: string;
  lower: string;
  /** written with a trailing hyphen: the first half of a suspended compound ("mark-") */
  suspended: boolean;
}

/**
 * Splits text into words with natural's Swedish tokenizer (which keeps å, ä, ö and hyphens), then
 * splits hyphenated words into their pieces ("CSR-strategi" → "CSR", "strategi"), joining a
 * one-letter prefix to the rest ("e-tjänster" → "etjänster").
 */
function rawWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  for (const token of tokenizer.tokenize(foldDiacritics(COMBINING.test(text) ? text.normalize('NFC') : text))) {
    if (!HAS_LETTER.test(token)) continue;
    if (!token.includes('-')) {
      words.push({ surface: token, lower: token.toLowerCase(), suspended: false });
      continue;
    }
    const suspended = token.length > 2 && token.endsWith('-') && !token.startsWith('-');
    const pieces = token.split('-').filter((p) => p.length > 0);
    for (let i = 0; i < pieces.length; i++) {
      let piece = pieces[i]!;
      if (piece.length === 1 && i + 1 < pieces.length) {
        piece += pieces[++i]!;
      }
      if (!HAS_LETTER.test(piece)) continue;
      words.push({ surface: piece, lower: piece.toLowerCase(), suspended: suspended && i === pieces.length - 1 });
    }
  }
  return words;
}

/**
 * Analyses a text into its content words with stems and compound parts, in order, stopwords
 * and one-letter words removed.
 *
 * A suspended compound part ("mark- och lokalförsörjningsplaner") borrows the tail of the
 * compound it shares: "mark-" gives the parts of "markförsörjningsplan".
 */
export function termTokens(text: string, lexicon: Lexicon = getDefaultLexicon()): TermToken[] {
  const words = rawWords(text);
  const tokens: TermToken[] = [];
  let gap: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.lower.length < 2 || isStopword(word.lower)) {
      gap.push(word.lower);
      continue;
    }
    const analysis = analyseWord(word.lower, lexicon);
    if (word.suspended) {
      const carrier = findCarrier(words, i, lexicon);
      if (carrier) {
        const tail = carrier.parts.slice(1);
        const modifier = analysis.base;
        const base = modifier + carrier.base.slice(carrier.modifierLength);
        const first = termsOf(analysis).stem;
        tokens.push({ surface: word.surface, stem: analysis.known ? base : stem(base), parts: [first, ...tail], gap });
        gap = [];
        continue;
      }
    }
    tokens.push({ surface: word.surface, ...termsOf(analysis), gap });
    gap = [];
  }
  return tokens;
}

/** The compound that completes a suspended part: the next word after other suspended parts and a conjunction. */
function findCarrier(
  words: RawWord[],
  index: number,
  lexicon: Lexicon,
): { base: string; parts: string[]; modifierLength: number } | null {
  let j = index + 1;
  while (j < words.length && (words[j]!.suspended || SUSPENSION_JOINERS.has(words[j]!.lower))) j++;
  const carrierWord = words[j];
  if (!carrierWord || j === index + 1) return null;
  const analysis = analyseWord(carrierWord.lower, lexicon);
  if (analysis.parts.length < 2) return null;
  // how the carrier's first part is written (with its linking letter): the longest prefix that is a modifier form of it
  const firstPart = analysis.parts[0]!;
  for (let k = Math.min(analysis.base.length - 1, firstPart.length + 1); k >= 3; k--) {
    if (lexicon.modifiers.get(analysis.base.slice(0, k)) === firstPart) {
      return { base: analysis.base, parts: analysis.parts, modifierLength: k };
    }
  }
  return null;
}

/**
 * The index terms of a text: for each content word its stem, followed by the stems of its compound
 * parts when it is a compound. Stopwords are removed, order is preserved and duplicates are kept so
 * that callers can count term frequencies. "näringslivsstrategi" gives
 * ["näringslivsstrategi", "näringsliv", "strategi"]; "strategi för näringslivet" gives
 * ["strategi", "näringsliv"].
 */
export function indexTerms(text: string, lexicon: Lexicon = getDefaultLexicon()): string[] {
  const terms: string[] = [];
  for (const token of termTokens(text, lexicon)) {
    terms.push(token.stem);
    if (token.parts.length > 1) terms.push(...token.parts);
  }
  return terms;
}
