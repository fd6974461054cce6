/**
 * Swedish verb forms: is a word a finite verb (present or past tense), an infinitive, an imperative or a
 * supine? Clause analysis needs this to find the verb of a main clause, the end of a relative clause
 * and an item that opens with a verb ("Stärk samverkan …", "Utveckla …").
 *
 * Regular verbs come from the Hunspell dictionary (dictionary.ts): a stem ending in -a with the present
 * tense flag "m" is of the first conjugation (arbeta: arbetar, arbetade, arbetat, arbetas), one with the
 * second conjugation's flags "K", "J" or "L" of the second (stärka: stärker, stärkte, stärkt, stärks,
 * imperative stärk), a short stem with "m" or "M" of the third (nå: når, nådde, nått). Strong and
 * irregular verbs, which the dictionary lists only as loose words, are in STRONG below, also behind a
 * particle ("bidrar", "innebär", "utgör", "fortsätter").
 */
import { dictionaryStems } from './dictionary.js';
import { COORDINATORS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS } from './words.js';

export const FINITE = 1;
export const INFINITIVE = 2;
export const IMPERATIVE = 4;
export const SUPINE = 8;
/** an -s form: passive or deponent ("ökas", "stärks", "finns") — finite or infinitive */
export const S_FORM = 16;
/** a finite form in the past tense ("arbetade", "kom") */
export const PAST = 32;

/** infinitive, present, past, supine; "|" separates variants */
const STRONG: readonly string[] = [
  'vara är var varit', 'ha har hade haft', 'bli blir blev blivit', 'gå går gick gått', 'ge ger gav gett|givit',
  'få får fick fått', 'göra gör gjorde gjort', 'kunna kan kunde kunnat', 'skola ska|skall skulle skolat',
  'vilja vill ville velat', 'böra bör borde bort', 'måste måste måste måst', 'ta tar tog tagit', 'dra drar drog dragit',
  'stå står stod stått', 'se ser såg sett', 'veta vet visste vetat', 'säga säger sa|sade sagt', 'heta heter hette hetat',
  'finnas finns fanns funnits', 'komma kommer kom kommit', 'ligga ligger låg legat', 'sitta sitter satt suttit',
  'sätta sätter satte satt', 'lägga lägger lade|la lagt', 'leva lever levde levt', 'driva driver drev drivit',
  'skriva skriver skrev skrivit', 'bära bär bar burit', 'ske sker skedde skett', 'slå slår slog slagit',
  'hålla håller höll hållit', 'falla faller föll fallit', 'låta låter lät låtit', 'gripa griper grep gripit',
  'bjuda bjuder bjöd bjudit', 'bryta bryter bröt brutit', 'välja väljer valde valt', 'sälja säljer sålde sålt',
  'stödja stödjer|stöder stödde stött', 'växa växer växte vuxit', 'springa springer sprang sprungit',
  'binda binder band bundit', 'finna finner fann funnit', 'vinna vinner vann vunnit', 'hjälpa hjälper hjälpte hjälpt',
  'gälla gäller gällde gällt', 'stiga stiger steg stigit', 'vika viker vek vikit', 'dö dör dog dött', 'le ler log lett',
  'be ber bad bett', 'äta äter åt ätit', 'sova sover sov sovit', 'fara far for farit', 'skjuta skjuter sköt skjutit',
  'flyta flyter flöt flutit', 'njuta njuter njöt njutit', 'frysa fryser frös frusit', 'knyta knyter knöt knutit',
  'stryka stryker strök strukit', 'sjunka sjunker sjönk sjunkit', 'sticka sticker stack stuckit', 'dricka dricker drack druckit',
  'försvinna försvinner försvann försvunnit', 'ryta ryter röt rutit', 'lida lider led lidit', 'rida rider red ridit',
  'skina skiner sken skinit', 'tiga tiger teg tigit', 'kliva kliver klev klivit', 'glida glider gled glidit',
  'bita biter bet bitit', 'duga duger dög dugt', 'töras törs tordes torts', 'må mår mådde mått', 'lära lär lärde lärt',
  'svälja sväljer svalde svalt', 'vänja vänjer vande vant', 'dölja döljer dolde dolt', 'smörja smörjer smorde smort',
  'säkerställa säkerställer säkerställde säkerställt', 'ställa ställer ställde ställt', 'känna känner kände känt',
  'röra rör rörde rört', 'höra hör hörde hört', 'leda leder ledde lett', 'lösa löser löste löst', 'ersätta ersätter ersatte ersatt',
];

/** particles that prefix a strong verb in one word: bi|drar, inne|bär, ut|gör, fort|sätter, in|går, för|står */
const PARTICLES = ['inne', 'bi', 'in', 'ut', 'till', 'upp', 'av', 'fram', 'genom', 'efter', 'över', 'under', 'för', 'fort', 'åter', 'vid', 'ned', 'ner', 'bort'];

let forms: Map<string, number> | undefined;

function add(map: Map<string, number>, form: string, tag: number): void {
  map.set(form, (map.get(form) ?? 0) | tag);
}

/** past tense and supine of a second-conjugation root: ställ → ställde, ställt; köp → köpte, köpt; känn → kände, känt */
function secondConjugation(root: string): { past: string; supine: string } {
  const single = /(mm|nn)$/.test(root) ? root.slice(0, -1) : root;
  const past = /[kpstx]$/.test(root) ? `${single}te` : /d$/.test(root) ? `${root}e` : `${single}de`;
  const supine = /d$/.test(root) ? `${root.slice(0, -1)}t` : /t$/.test(root) ? root : `${single}t`;
  return { past, supine };
}

function buildForms(): Map<string, number> {
  const map = new Map<string, number>();
  for (const [stem, flags] of dictionaryStems()) {
    if (!/^[a-zåäö]+$/.test(stem) || stem.length < 2) continue;
    if (stem.endsWith('a')) {
      const second = /[KJL]/.test(flags);
      if (flags.includes('m') || (flags.includes('N') && !second)) {
        add(map, stem, INFINITIVE | IMPERATIVE);
        add(map, `${stem}r`, FINITE);
        add(map, `${stem}de`, FINITE | PAST);
        add(map, `${stem}t`, SUPINE);
        add(map, `${stem}s`, S_FORM);
        add(map, `${stem}des`, S_FORM);
      }
      if (second) {
        const root = stem.slice(0, -1);
        const { past, supine } = secondConjugation(root);
        add(map, stem, INFINITIVE);
        add(map, root, IMPERATIVE);
        add(map, root.endsWith('r') ? root : `${root}er`, FINITE);
        add(map, past, FINITE | PAST);
        add(map, supine, SUPINE);
        add(map, `${root}s`, S_FORM);
        add(map, `${stem}s`, S_FORM);
      }
    } else if (/[åoeiyäöu]$/.test(stem) && /[mM]/.test(flags)) {
      add(map, stem, INFINITIVE | IMPERATIVE);
      add(map, `${stem}r`, FINITE);
      add(map, `${stem}dde`, FINITE | PAST);
      add(map, `${stem}tt`, SUPINE);
      add(map, `${stem}s`, S_FORM);
    }
  }
  // the strong verbs' own forms replace whatever a homograph in the dictionary made of them ("ska", "var")
  const strong = new Map<string, number>();
  for (const entry of STRONG) {
    const [infinitive, present, past, supine] = entry.split(' ') as [string, string, string, string];
    add(strong, infinitive, INFINITIVE);
    // passives: "läggas", "tas", "göras"; "läggs", "drivs"
    add(strong, `${infinitive}s`, S_FORM);
    for (const p of present.split('|')) if (/er$/u.test(p)) add(strong, `${p.slice(0, -2)}s`, S_FORM);
    for (const p of present.split('|')) add(strong, p, FINITE);
    for (const p of past.split('|')) add(strong, p, past === present ? FINITE : FINITE | PAST);
    // past passives: "slogs fast", "togs fram", "gavs"
    if (past !== present) for (const p of past.split('|')) if (!/s$/u.test(p) && p !== 'var') add(strong, `${p}s`, FINITE | PAST | S_FORM);
    for (const s of supine.split('|')) add(strong, s, SUPINE);
  }
  for (const [form, tag] of strong) map.set(form, tag);
  // closed-class words are never verbs here, whatever rare homograph the dictionary has ("fler", "för", "om")
  for (const set of [COORDINATORS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS]) for (const w of set) map.delete(w);
  return map;
}

const STRONG_FORMS = new Set(STRONG.flatMap((entry) => entry.split(/[ |]/)));

/** The verb tags of a word (FINITE | INFINITIVE | …), 0 when it is no verb form. Case-insensitive. */
export function verbTags(word: string): number {
  forms ??= buildForms();
  const lower = word.toLowerCase();
  const direct = forms.get(lower);
  if (direct !== undefined) return direct;
  for (const particle of PARTICLES) {
    if (lower.length > particle.length + 2 && lower.startsWith(particle)) {
      const rest = lower.slice(particle.length);
      if (STRONG_FORMS.has(rest)) return forms.get(rest) ?? 0;
    }
  }
  return 0;
}

export const isFiniteVerb = (word: string): boolean => (verbTags(word) & FINITE) !== 0;
/** a finite verb in the present tense: finite, and not only a past form */
export const isPresentTense = (word: string): boolean => (verbTags(word) & (FINITE | PAST)) === FINITE;
export const isInfinitive = (word: string): boolean => (verbTags(word) & INFINITIVE) !== 0;
/** an infinitive or imperative: what an action item opens with ("Utveckla …", "Stärk …", "Delta …") */
export const opensAction = (word: string): boolean => (verbTags(word) & (INFINITIVE | IMPERATIVE)) !== 0;
