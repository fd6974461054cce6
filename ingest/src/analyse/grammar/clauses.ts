/**
 * The clause structure of one Swedish sentence, as far as goal finding needs it: which finite verb is
 * the verb of the main clause, what stands before it (the prefield: the subject, or a fronted
 * adverbial when the word order is inverted), and what the subject is.
 *
 * Swedish main clauses are verb-second (V2): one constituent, then the finite verb. The constituent may
 * be the subject ("Kommunen ska …"), a fronted adverbial ("Vid alla inköp ska miljökrav ställas", "År
 * 2030 ska kommunen vara fossilfri"), or a subordinate clause ("När staden växer ska …"); after an
 * adverbial the subject follows the verb. A subordinate clause — opened by "att", "som", "om", "när" … —
 * has its own finite verb, which is not the main clause's: in "Den som beställer varor ska …" the verb
 * of the main clause is "ska", in "Vi vet att kommunen ska växa" it is "vet". "att" before an
 * infinitive ("för att nå målet") opens no clause.
 */
import { FINITE, INFINITIVE, S_FORM, SUPINE, verbTags } from './verbs.js';
import { COMMITTING_MODALS, COORDINATORS, DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, SENTENCE_ADVERBS, SUBJECT_PRONOUNS, SUBORDINATORS } from './words.js';

export interface Token {
  /** as written */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** a punctuation mark (",", ";", ":", "–", "(", ")" …) rather than a word */
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.:][\p{L}\p{N}]+)*-?|[,;:()–—?!"”“]|\s-\s/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].trim();
    tokens.push({ text: raw, lower: raw.toLowerCase(), start: m.index, end: m.index + m[0].length, punct: !/[\p{L}\p{N}]/u.test(raw) });
  }
  return tokens;
}

export interface Clause {
  tokens: Token[];
  /** index of the main clause's finite verb, or -1 when the sentence has none (a heading, a noun phrase) */
  verb: number;
  /** the verb phrase after a modal: the modal's infinitive ("ska öka" → "öka"), or -1 */
  infinitive: number;
  /** tokens before the main verb */
  prefield: Token[];
  /** the subject: the prefield, or the words right after the verb when the prefield is an adverbial */
  subject: Token[];
  /** the prefield is an adverbial (inverted word order) */
  inverted: boolean;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && !t.punct;

/** The word after `i` that is not a sentence adverb. */
function nextContent(tokens: Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && isWord(tokens[k]) && SENTENCE_ADVERBS.has(tokens[k]!.lower)) k++;
  return k;
}

/** "att" followed by a verb in the infinitive ("för att nå", "att inte öka") opens no clause. */
function infinitiveMarker(tokens: Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'att') return false;
  const next = tokens[nextContent(tokens, i)];
  if (!isWord(next)) return false;
  const tags = verbTags(next.lower);
  return (tags & (INFINITIVE | S_FORM)) !== 0 && (tags & FINITE) === 0;
}

/** "om", "då", "sedan" inside a phrase are prepositions or adverbs ("ansöka om medel"); they open a clause only at its start */
function prepositionalHere(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.lower;
  // "Som en del i arbetet ska …", "Som ett led i …": "som" first before an indefinite article means "as", opening no clause
  if (t === 'som' && i === 0) return tokens[1]?.lower === 'en' || tokens[1]?.lower === 'ett';
  if (t !== 'om' && t !== 'då' && t !== 'sedan') return false;
  const before = tokens[i - 1];
  return before !== undefined && !before.punct && !COORDINATORS.has(before.lower) && !['även', 'också', 'bara', 'endast', 'som', 'att'].includes(before.lower);
}

/** A finite verb form that is not more likely a word of another class here ("för", "var", "om" are prepositions). */
function isFiniteHere(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.punct || PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || DETERMINERS.has(t.lower) || COORDINATORS.has(t.lower)) return false;
  const tags = verbTags(t.lower);
  const before = tokens[i - 1];
  // an indefinite article is followed by its noun phrase: "ett led i", "en plan"
  if (before && (before.lower === 'en' || before.lower === 'ett')) return false;
  // a past form is an adjective after a determiner or genitive ("den ökade andelen", "Befolkningens samlade hälsa")
  // and where a preposition governs a noun phrase, right after it or after it and an adverb ("inom manligt dominerade yrken")
  if (
    /(?:de|te)$/u.test(t.lower) &&
    before &&
    !before.punct &&
    (DETERMINERS.has(before.lower) ||
      (NUMERALS.test(before.lower) && !YEAR.test(before.lower)) ||
      (/s$/u.test(before.lower) && /^\p{Lu}/u.test(before.text)) ||
      PREPOSITIONS.has(before.lower) ||
      (/t$/u.test(before.lower) && PREPOSITIONS.has(tokens[i - 2]?.lower ?? '')) ||
      // the first word of a noun phrase joined to the subject: "Kommunens fordon och upphandlade transporter är …" (a
      // verb joined to another would come after that verb, and the search stops at the first)
      (COORDINATORS.has(before.lower) && isWord(tokens[i + 1]) && !PREPOSITIONS.has(tokens[i + 1]!.lower) && !DETERMINERS.has(tokens[i + 1]!.lower) && verbTags(tokens[i + 1]!.lower) === 0))
  )
    return false;
  if ((tags & FINITE) !== 0) return true;
  // right after a relative "som" a word in -r is the clause's present tense even where the dictionary knows it only as a
  // noun ("Föreningar som hyr lokaler …")
  if (tags === 0 && t.lower.length >= 3 && /\p{Ll}r$/u.test(t.lower) && !SENTENCE_ADVERBS.has(t.lower) && /^\p{Ll}/u.test(t.text) && (before?.lower === 'som' || (tokens[i - 2]?.lower === 'som' && SENTENCE_ADVERBS.has(before?.lower ?? '')))) return true;
  // a present passive or deponent ("utvecklas", "finns", "krävs") is finite unless a modal or "att" stands before it
  if ((tags & S_FORM) !== 0) {
    const before = tokens[i - 1]?.lower ?? '';
    // "att växa och utvecklas": coordinated with an infinitive, it is one too
    const afterInfinitive = COORDINATORS.has(before) && (verbTags(tokens[i - 2]?.lower ?? '') & (INFINITIVE | FINITE)) === INFINITIVE;
    return !afterInfinitive && !['att', 'ska', 'skall', 'bör', 'kan', 'vill', 'måste', 'får', 'kunna', 'behöver'].includes(before);
  }
  return false;
}

/** a number, in digits or a word: what follows it is its noun phrase ("fem riktade insatser") */
const NUMERALS = /^(?:\d[\d.,]*|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo|trettio|femtio|hundra|tusen)$/u;

/** a year is an adverbial: "2015 startade projektet" */
const YEAR = /^(?:19|20)\d\d$/u;

const PLURAL_DETERMINERS = new Set(['alla', 'många', 'flera', 'några', 'inga', 'samtliga', 'våra', 'dessa', 'andra', 'sådana', 'egna']);

function pluralNounBeforeModal(tokens: Token[], i: number): boolean {
  if (!PLURAL_DETERMINERS.has(tokens[i - 1]?.lower ?? '') || !/(?:ar|er)$/u.test(tokens[i]!.lower)) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.punct || SUBORDINATORS.has(t.lower)) return false;
    if (COMMITTING_MODALS.has(t.lower) || t.lower === 'måste') return true;
  }
  return false;
}

/** Finds the main clause's finite verb (see the module comment). */
export function analyseClause(text: string): Clause {
  const tokens = tokenize(text);
  /** subordinate clauses opened and still waiting for their own finite verb */
  let waiting = 0;
  /** a subordinate clause has had its verb and is still open: the next finite verb may close it */
  let open = false;
  let verb = -1;
  /** a modal taken as the verb of a "som" clause that had words of its own before it: the main verb if no other comes */
  let doubtfulModal = -1;
  /** where the latest "som" stands */
  let som = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct) {
      if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '–' || t.text === '—') {
        waiting = 0;
        open = false;
        som = -1;
      }
      continue;
    }
    // "Där slogs fast …", "Då krävs …": first and right before a finite verb, an adverb of the main clause
    const adverbFirst = i === 0 && (t.lower === 'där' || t.lower === 'då') && tokens[1] !== undefined && isFiniteHere(tokens, 1);
    if (SUBORDINATORS.has(t.lower) && !adverbFirst && !infinitiveMarker(tokens, i) && !prepositionalHere(tokens, i)) {
      // "som" right after a comparison ("så snart som möjligt", "lika … som") opens nothing
      if (!(t.lower === 'som' && ['snart', 'möjligt', 'lika', 'såväl', 'liksom'].includes(tokens[i - 1]?.lower ?? ''))) waiting++;
      som = t.lower === 'som' ? i : -1;
      continue;
    }
    // a declarative main clause has something before its verb: a verb form first is a noun ("Planer som …") or an item
    if (i === 0 || !isFiniteHere(tokens, i)) continue;
    if (waiting > 0) {
      waiting--;
      open = true;
      const asPhrase = som >= 0 && som < i - 1 && !SUBJECT_PRONOUNS.has(tokens[som + 1]!.lower) && !DETERMINERS.has(tokens[som + 1]!.lower);
      if (asPhrase && (COMMITTING_MODALS.has(t.lower) || t.lower === 'måste') && (verbTags(tokens[nextContent(tokens, i)]?.lower ?? '') & (INFINITIVE | S_FORM)) !== 0 && doubtfulModal < 0) doubtfulModal = i;
      continue;
    }
    // "Du som bor och driver verksamhet …": a verb coordinated with the subordinate clause's own
    if (open && COORDINATORS.has(tokens[i - 1]?.lower ?? '')) continue;
    // "Alla delar av verksamheten ska …": a plural in -ar/-er after a plural determiner, with a modal to come, is the subject's noun
    if (pluralNounBeforeModal(tokens, i)) continue;
    // otherwise, after a subordinate clause that has had its verb ("Den som beställer varor … ska"), this is the main verb
    verb = i;
    break;
  }
  // "Medborgarnas upplevelse av staden som plats att bo på ska öka": no verb of its own after the "som" phrase, so
  // "som" meant "as" and its modal is the main clause's ("Kommunen som arbetsgivare ska erbjuda …")
  if (verb < 0) verb = doubtfulModal;
  if (verb < 0) return { tokens, verb, infinitive: -1, prefield: tokens, subject: [], inverted: false };

  const prefield = tokens.slice(0, verb).filter((t) => !t.punct || t.text === '-');
  const first = prefield.find(isWord)?.lower ?? '';
  const after = nextContent(tokens, verb);
  const postverbal = subjectAfter(tokens, after);
  const inverted =
    prefield.length > 0 &&
    (PREPOSITIONS.has(first) || SUBORDINATORS.has(first) || /^\d+$/.test(first) || ADVERBIAL_OPENERS.has(first) || postverbal !== null);
  const subject = inverted ? tokens.slice(after, postverbal ?? after + 1).filter(isWord) : prefield;
  let infinitive = -1;
  const from = inverted ? (postverbal ?? after) : after;
  for (let k = from; k < tokens.length && k <= from + 2; k++) {
    if (!isWord(tokens[k])) break;
    if ((verbTags(tokens[k]!.lower) & (INFINITIVE | S_FORM)) !== 0) {
      infinitive = k;
      break;
    }
    if (!SENTENCE_ADVERBS.has(tokens[k]!.lower)) break;
  }
  return { tokens, verb, infinitive, prefield, subject, inverted };
}

/**
 * In an inverted clause the subject stands right after the verb, and the infinitive after it ("… ska
 * alla skolor vara anslutna"): the end of such a noun phrase (exclusive), or null when the words after
 * the verb are no subject (a verb, an adverb, a prepositional phrase).
 */
function subjectAfter(tokens: Token[], start: number): number | null {
  const first = tokens[start];
  if (!isWord(first) || PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower) || COORDINATORS.has(first.lower)) return null;
  // "Detta ger oss styrka": a pronoun in its object form is no subject
  if (OBJECT_PRONOUNS.has(first.lower)) return null;
  if (verbTags(first.lower) !== 0 && !DETERMINERS.has(first.lower) && !SUBJECT_PRONOUNS.has(first.lower)) return null;
  // "den", "det", "de" … stand alone as the subject ("… ska den vara …") or open a noun phrase, which may be the
  // object of a straight clause ("Kommunen gör den egna organisationen klimatsmart")
  const next = tokens[start + 1];
  if (SUBJECT_PRONOUNS.has(first.lower) && (!DETERMINERS.has(first.lower) || !isWord(next) || verbTags(next.lower) !== 0)) return start + 1;
  for (let k = start + 1; k < tokens.length && k <= start + 4; k++) {
    const t = tokens[k];
    if (!isWord(t) || PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower)) return null;
    const tags = verbTags(t.lower);
    if ((tags & (INFINITIVE | S_FORM | SUPINE)) !== 0 && !DETERMINERS.has(t.lower)) return k;
  }
  return null;
}

/** words that open a fronted adverbial of time, place or manner rather than a subject */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'därför', 'då', 'nu', 'idag', 'framöver', 'tillsammans', 'härigenom', 'därigenom', 'därmed', 'dessutom', 'samtidigt',
  'här', 'där', 'senare', 'sedan', 'först', 'slutligen', 'vidare', 'framför', 'likaså',
  'fortsättningsvis', 'långsiktigt', 'på', 'vid', 'genom', 'inom', 'efter', 'för', 'i', 'under', 'till', 'med', 'mot',
  'utifrån', 'enligt', 'alltid', 'årligen', 'varannan', 'kontinuerligt', 'gemensamt', 'ytterst', 'överallt',
]);
