/**
 * Finds where a text names a municipality, and how firmly.
 *
 *  - strong: the official form, "Lerums kommun", "Botkyrka kommuns", "Göteborgs Stad", "Göteborg Stads",
 *    "Lidingö stad", "STRÖMSUNDS KOMMUN", "Sävsjö Kommun", "Falu kommun", "Region Gotland";
 *  - weak: the bare name or its genitive ("Lerum", "Linköpings"), the name of its seat ("Åkersberga"), a
 *    colloquial or abbreviated name ("Ö-vik", "Sthlm", "Gbg"), and — outside titles — a demonym
 *    ("Kungsbackabor", "göteborgare", "Lerumsborna").
 *
 * Names that are ordinary words or person names (AMBIGUOUS_MUNICIPALITY_NAMES: Mark, Vara, Mora …) never
 * count bare in running text; in a title they count when they stand where a title names its place:
 * "Näringslivsstrategi för Mora", "Reviderad Näringslivsprogram i Sala", "Riktlinjer. Mariestad.".
 * A name must be written with its capital (or in capitals throughout): "mark- och lokalförsörjning" is not Mark.
 * "Uppsala län" is a county, not the municipality (see organisation-mentions.ts); "Skellefteå älvdal" is a
 * river valley and "Karlstad-regionen" a region of several municipalities (see joint-mentions.ts).
 */
import {
  AMBIGUOUS_MUNICIPALITY_NAMES,
  AMBIGUOUS_SEAT_NAMES,
  MUNICIPALITIES,
  MUNICIPALITY_COLLOQUIAL_NAMES,
  MUNICIPALITY_NAME_VARIANTS,
  MUNICIPALITY_SEATS,
} from '@strategigrafen/schema';

export type MentionStrength = 'strong' | 'weak';

export interface MunicipalityMention {
  code: string;
  start: number;
  end: number;
  strength: MentionStrength;
  /** a name that is also an ordinary word, found only because the caller asked for lists (MentionOptions.lists) */
  ambiguous?: boolean;
}

/** How a written form may count when it stands without "kommun"/"stad" after it. */
type BareUse = 'weak' | 'title-place' | 'strong' | 'never';

interface NameForm {
  /** the form as the gazetteer spells it */
  spelling: string;
  code: string;
  bare: BareUse;
  /** whether "<form> kommun" is the official form (false for seats: "Tumba kommun" is not a thing) */
  official: boolean;
}

function nameForms(): NameForm[] {
  const forms: NameForm[] = [];
  for (const m of MUNICIPALITIES) {
    const bare: BareUse = AMBIGUOUS_MUNICIPALITY_NAMES.has(m.name) ? 'title-place' : 'weak';
    forms.push({ spelling: m.name, code: m.code, bare, official: true });
    for (const variant of MUNICIPALITY_NAME_VARIANTS[m.code] ?? []) {
      // "Falu" is only ever followed by "kommun"; "Region Gotland" is itself the official name
      const variantBare: BareUse = variant === 'Falu' ? 'never' : variant.startsWith('Region ') ? 'strong' : bare;
      forms.push({ spelling: variant, code: m.code, bare: variantBare, official: true });
    }
    for (const colloquial of MUNICIPALITY_COLLOQUIAL_NAMES[m.code] ?? []) {
      forms.push({ spelling: colloquial, code: m.code, bare: 'weak', official: false });
    }
    const seat = MUNICIPALITY_SEATS[m.code]?.seat;
    if (seat && seat !== m.name && !AMBIGUOUS_SEAT_NAMES.has(seat)) {
      forms.push({ spelling: seat, code: m.code, bare: 'weak', official: false });
    }
  }
  return forms;
}

const FORMS: readonly NameForm[] = nameForms();
const FORM_BY_LOWER: ReadonlyMap<string, NameForm> = new Map(FORMS.map((f) => [f.spelling.toLocaleLowerCase('sv'), f]));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that "Upplands Väsby" wins over a shorter name and "Malung-Sälen" over "Malung". */
const ALTERNATION = [...FORMS]
  .map((f) => f.spelling)
  .sort((a, b) => b.length - a.length)
  .map((s) => escape(s).replace(/ /g, '\\s+'))
  .join('|');

/**
 * name, optional genitive s, optional "kommun(s)"/"stad(s)"; not inside a longer word
 * ("Stockholmsregionen", "Lerumsbor"). Case-insensitive here; capitalisation is checked per match.
 */
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ALTERNATION})(s?)(?:\\s+(kommuns?|stads?))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const FOLLOWED_BY_LAN = /^\s+läns?(?![\p{L}])/iu;
/** "Skellefteå älv", "Skellefteå älvdal", "Karlstad-regionen": a river, a valley, a region — not the municipality */
const FOLLOWED_BY_PLACE_WORD = /^(?:\s+älv(?:en|s|dal|dalen|dalens)?|-regionen?s?)(?![\p{L}])/iu;

/**
 * "Kungsbackabor", "Lerumsborna", "göteborgare", "stockholmarna": a name, its optional genitive s, and a
 * demonym ending, in one word. Ambiguous names never form demonyms here ("Markbor" is not a thing,
 * "Bergare" could be anything).
 */
const DEMONYM = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ALTERNATION})(s?)(?:bo|bor|borna|bornas|bors|are|arna|arnas|aren|ares)(?![\\p{L}\\p{N}])`,
  'giu',
);
const GOTLAND = '0980';

function writtenAsName(found: string, spelling: string): boolean {
  const normalised = found.replace(/\s+/g, ' ');
  return normalised === spelling || normalised === spelling.toLocaleUpperCase('sv');
}

/** Words that end a title's place slot: "… för Mora", "… i Sala". */
const PLACE_PREPOSITION = /(?:^|\s)(?:för|i|inom)\s+$/iu;
/** A document-kind word right before the name: "Näringslivsprogram Sala". */
const KIND_WORD_BEFORE = /\p{L}*(?:strategi|program|policy|plan|planen|vision)\s+$/iu;
const SEGMENT_START = /(?:^|[.!?:;|]\s*|\s[-–—]\s*|^[-–—]\s*)$/u;
const SEGMENT_END = /^\s*(?:$|[.!?,;:)|]|\s[-–—]\s)/u;

/** Whether the name at [start, end) stands where a title names its place. */
function inTitlePlaceSlot(title: string, start: number, end: number): boolean {
  const before = title.slice(0, start);
  const after = title.slice(end);
  if (!SEGMENT_END.test(after)) return false;
  return SEGMENT_START.test(before) || PLACE_PREPOSITION.test(before) || KIND_WORD_BEFORE.test(before);
}

export interface MentionOptions {
  /** the text is a document title: ambiguous names count in title place slots; demonyms do not count */
  title?: boolean;
  /**
   * the caller looks for lists of municipalities ("Falköping, Hjo och Skövde kommuner"): ambiguous names
   * count anywhere, marked `ambiguous`, as the list around them says what they are
   */
  lists?: boolean;
}

export function findMunicipalityMentions(text: string, options: MentionOptions = {}): MunicipalityMention[] {
  const mentions: MunicipalityMention[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [whole, name = '', , suffix] = match;
    const form = FORM_BY_LOWER.get(name.replace(/\s+/g, ' ').toLocaleLowerCase('sv'));
    if (!form || !writtenAsName(name, form.spelling)) continue;
    const start = match.index;
    const end = start + whole.length;
    // "Uppsala län" is the county; but Gotland's county and municipality are one (Region Gotland)
    if (!suffix && form.code !== GOTLAND && FOLLOWED_BY_LAN.test(text.slice(end))) continue;
    if (!suffix && FOLLOWED_BY_PLACE_WORD.test(text.slice(end))) continue;

    let strength: MentionStrength | null;
    let ambiguous = false;
    if (suffix) strength = form.official ? 'strong' : 'weak';
    else if (form.bare === 'strong' || form.bare === 'weak') strength = form.bare;
    else if (form.bare === 'title-place' && options.title && inTitlePlaceSlot(text, start, end)) strength = 'weak';
    else if (form.bare === 'title-place' && options.lists) [strength, ambiguous] = ['weak', true];
    else strength = null;
    if (strength) mentions.push({ code: form.code, start, end, strength, ...(ambiguous ? { ambiguous } : {}) });
  }
  if (!options.title) mentions.push(...findDemonyms(text));
  return mentions.sort((a, b) => a.start - b.start);
}

function findDemonyms(text: string): MunicipalityMention[] {
  const mentions: MunicipalityMention[] = [];
  for (const match of text.matchAll(DEMONYM)) {
    const name = match[1] ?? '';
    const form = FORM_BY_LOWER.get(name.replace(/\s+/g, ' ').toLocaleLowerCase('sv'));
    if (!form || form.bare === 'title-place') continue;
    // capitalised as the name ("Kungsbackabor") or all lower case ("göteborgare")
    const lower = form.spelling.toLocaleLowerCase('sv');
    if (!writtenAsName(name, form.spelling) && name.replace(/\s+/g, ' ') !== lower) continue;
    mentions.push({ code: form.code, start: match.index, end: match.index + match[0].length, strength: 'weak' });
  }
  return mentions;
}
