import { THEMES } from '@strategigrafen/schema';
import { foldDiacritics } from './normalise.js';
import { BASE_WORDS } from './vocabulary.js';

/**
 * A lexicon of known Swedish base words, used to find the base form of an inflected word
 * ("upphandlingen" → "upphandling") and to split compounds into known parts
 * ("näringslivsstrategin" → "näringsliv" + "strategi", "kompetensförsörjningsbehov" →
 * "kompetens" + "försörjning" + "behov").
 *
 * Words come in two kinds:
 *  - atoms: words never split further (simplex words and lexicalised compounds such as "näringsliv");
 *  - compounds: known words that split into atoms (most taxonomy terms), kept with their parts.
 *
 * A compound part that is not last may carry a linking morpheme (fogemorfem): "-s-"
 * (näringslivs|strategi), "-e-", "-a-", "-o-", "-u-", possibly replacing the part's final vowel
 * (arbete → arbets|marknad, skola → skol|kontakt, kvinna → kvinno|förening). The last part may be
 * inflected (strategi|n, plan|er, försörjning|s|behov is two parts + an uninflected head).
 */
export interface Lexicon {
  /** base forms that are never split */
  readonly atoms: ReadonlySet<string>;
  /** known compounds (base form) → their atoms */
  readonly compounds: ReadonlyMap<string, readonly string[]>;
  /** every form an atom can take before another compound part → the atom */
  readonly modifiers: ReadonlyMap<string, string>;
  /** memo of analysed words; filled lazily, bounded */
  readonly memo: Map<string, WordAnalysis>;
}

/** How a single (lower-case, hyphen-free) word relates to the lexicon. */
export interface WordAnalysis {
  /** the word's base form if the lexicon knows it or its parts, else the word itself */
  base: string;
  /** the atoms (base forms) of a compound, in order; [base] for a simplex or unknown word */
  parts: string[];
  /** true when the lexicon knows the word or could split it */
  known: boolean;
}

/** Parts shorter than this are never cut out of a compound (they would match inside too many words). */
const MIN_PART_LENGTH = 3;
const MAX_PARTS = 5;
/** Longer parts and words are not looked for (keeps splitting linear on garbage such as a 10,000-letter "word"). */
const MAX_PART_LENGTH = 24;
const MAX_COMPOUND_LENGTH = 48;
const MEMO_LIMIT = 200_000;

/** Inflectional endings of Swedish nouns and adjectives (and a few verb forms), longest first. */
const INFLECTIONS = [
  'ernas', 'arnas', 'ornas', 'rnas',
  'erna', 'arna', 'orna', 'ens', 'ets', 'ers', 'ars', 'ors', 'nas', 'rna',
  'en', 'et', 'er', 'ar', 'or', 'na', 'ns', 'ts', 'rs', 'as', 'es',
  'n', 't', 'r', 's', 'a', 'e',
] as const;

const LINKS = ['', 's', 'e', 'a', 'o', 'u'] as const;
const VOWEL_END = /[aeo]$/;
const DOUBLED_END = /([bdfgklmnprst])\1$/;
/** Derivational endings that look like words but must not be taken as a compound's last part. */
const NOT_A_HEAD = new Set(['ande', 'ende', 'het', 'heten', 'ning', 'else', 'skap', 'tion', 'ism', 'isk', 'lig']);

function addModifierForms(modifiers: Map<string, string>, atom: string): void {
  if (atom.length < MIN_PART_LENGTH) return;
  const stems = [atom];
  if (VOWEL_END.test(atom) && atom.length > MIN_PART_LENGTH) stems.push(atom.slice(0, -1));
  for (const stem of stems) {
    for (const link of LINKS) {
      const form = stem + link;
      // an existing entry wins: a form that is an atom in its own right means that atom
      if (!modifiers.has(form)) modifiers.set(form, atom);
    }
  }
}

/** The base form of a single word that the lexicon knows as a whole (atom or compound), or null. */
function knownBase(word: string, atoms: ReadonlySet<string>, compounds: ReadonlyMap<string, unknown>): string | null {
  const known = (w: string): boolean => atoms.has(w) || compounds.has(w);
  if (known(word)) return word;
  for (const ending of INFLECTIONS) {
    if (word.length - ending.length < MIN_PART_LENGTH || !word.endsWith(ending)) continue;
    const stripped = word.slice(0, -ending.length);
    if (known(stripped)) return stripped;
    if (known(stripped + 'a')) return stripped + 'a'; // skol|or → skola
    if (known(stripped + 'e')) return stripped + 'e'; // möt|en → möte, företagar|na → företagare
    if (DOUBLED_END.test(stripped) && known(stripped.slice(0, -1))) return stripped.slice(0, -1); // programm|et
  }
  return null;
}

const NO_COMPOUNDS: ReadonlyMap<string, unknown> = new Map();

interface Split {
  /** atoms in order */
  parts: string[];
  /** index in the word where the last part starts */
  headStart: number;
  /** base form of the last part */
  headBase: string;
}

/**
 * Splits a word into the fewest known parts: modifiers (atoms in a linking form) followed by one
 * head atom, possibly inflected. Ties go to the split whose shortest part is longest. Null when the
 * word cannot be covered.
 */
function splitCompound(word: string, lexicon: Pick<Lexicon, 'atoms' | 'modifiers'>): Split | null {
  const n = word.length;
  if (n > MAX_COMPOUND_LENGTH) return null;
  // reach[i]: the best way to cover word[0, i) with modifiers
  const reach: ({ parts: string[]; shortest: number } | undefined)[] = new Array(n + 1);
  reach[0] = { parts: [], shortest: Infinity };
  let best: Split | null = null;
  let bestShortest = 0;
  for (let i = 0; i < n; i++) {
    const here = reach[i];
    if (!here || here.parts.length >= MAX_PARTS) continue;
    if (i > 0) {
      const head = word.slice(i);
      if (!NOT_A_HEAD.has(head)) {
        const headBase = knownBase(head, lexicon.atoms, NO_COMPOUNDS);
        if (headBase !== null && headBase.length >= MIN_PART_LENGTH) {
          const parts = [...here.parts, headBase];
          const shortest = Math.min(here.shortest, head.length);
          if (!best || parts.length < best.parts.length || (parts.length === best.parts.length && shortest > bestShortest)) {
            best = { parts, headStart: i, headBase };
            bestShortest = shortest;
          }
        }
      }
    }
    for (let end = i + MIN_PART_LENGTH; end <= Math.min(n - MIN_PART_LENGTH, i + MAX_PART_LENGTH); end++) {
      const atom = lexicon.modifiers.get(word.slice(i, end));
      if (atom === undefined) continue;
      const candidate = { parts: [...here.parts, atom], shortest: Math.min(here.shortest, end - i) };
      const existing = reach[end];
      if (
        !existing ||
        candidate.parts.length < existing.parts.length ||
        (candidate.parts.length === existing.parts.length && candidate.shortest > existing.shortest)
      ) {
        reach[end] = candidate;
      }
    }
  }
  return best;
}

/** Analyses one lower-case, hyphen-free word against the lexicon (memoised). */
export function analyseWord(word: string, lexicon: Lexicon): WordAnalysis {
  const memoised = lexicon.memo.get(word);
  if (memoised) return memoised;
  let result: WordAnalysis;
  const base = knownBase(word, lexicon.atoms, lexicon.compounds);
  if (base !== null) {
    result = { base, parts: [...(lexicon.compounds.get(base) ?? [base])], known: true };
  } else {
    const split = splitCompound(word, lexicon);
    result = split
      ? { base: word.slice(0, split.headStart) + split.headBase, parts: split.parts, known: true }
      : { base: word, parts: [word], known: false };
  }
  if (lexicon.memo.size >= MEMO_LIMIT) lexicon.memo.clear();
  lexicon.memo.set(word, result);
  return result;
}

/** The single words of a term or word list: lower case, split on anything but letters and digits. */
function wordsOf(text: string): string[] {
  return foldDiacritics(text.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Builds a lexicon from the base vocabulary, the words of the theme taxonomy and `extraWords`
 * (base forms from a corpus or a domain list). Each word that splits into already known words is
 * recorded as a compound; any other word becomes an atom. Shorter words are added first so that
 * the parts of a compound are known before the compound.
 */
export function buildLexicon(extraWords: Iterable<string> = []): Lexicon {
  const atoms = new Set<string>();
  const modifiers = new Map<string, string>();
  const compounds = new Map<string, string[]>();
  for (const word of BASE_WORDS.map(foldDiacritics)) {
    atoms.add(word);
    addModifierForms(modifiers, word);
  }
  const candidates = new Set<string>();
  for (const theme of THEMES) for (const term of theme.terms) for (const w of wordsOf(term)) candidates.add(w);
  for (const extra of extraWords) for (const w of wordsOf(extra)) candidates.add(w);
  const sorted = [...candidates].filter((w) => !atoms.has(w)).sort((a, b) => a.length - b.length || a.localeCompare(b));
  for (const word of sorted) {
    if (knownBase(word, atoms, compounds) !== null) continue; // an inflected form of a known word
    const split = splitCompound(word, { atoms, modifiers });
    if (split && split.parts.length > 1) {
      compounds.set(word, split.parts);
    } else {
      atoms.add(word);
      addModifierForms(modifiers, word);
    }
  }
  return { atoms, compounds, modifiers, memo: new Map() };
}

let defaultLexicon: Lexicon | undefined;

/** The lexicon of the base vocabulary and the theme taxonomy, built once. */
export function getDefaultLexicon(): Lexicon {
  defaultLexicon ??= buildLexicon();
  return defaultLexicon;
}
