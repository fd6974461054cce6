/**
 * The forms a goal takes in a list or under a goal heading, where it need not be a full clause:
 *  - an action: an infinitive or imperative first ("Utveckla samarbetet …", "Stärk …", "delta i …"),
 *    also after "att" ("Att bidra till …") or a subject in the lead-in's place ("som kommunkoncern vara
 *    lyhörd …");
 *  - a desired state as a noun phrase headed by a word of change or quality: "Ökad social
 *    sammanhållning", "Minskad energianvändning", "Fler nya företag", "Begränsad miljöpåverkan",
 *    "En giftfri miljö", "Hållbart nyttjande av markresurser";
 * and the lead-ins whose items are examples, not goals.
 */
import { tokenize } from '../grammar/clauses.js';
import { FINITE, IMPERATIVE, INFINITIVE, verbTags } from '../grammar/verbs.js';
import { PREPOSITIONS } from '../grammar/words.js';

/** words of change and comparison: a noun phrase they head names an outcome ("Minskad energianvändning") */
const CHANGE_WORDS = new Set([
  'fler', 'färre', 'mer', 'mindre', 'bättre', 'högre', 'lägre', 'större', 'starkare', 'kortare', 'snabbare', 'ökad', 'ökat',
  'ökade', 'minskad', 'minskat', 'minskade', 'stärkt', 'stärkta', 'förbättrad', 'förbättrat', 'förbättrade', 'utvecklad',
  'utvecklat', 'utvecklade', 'begränsad', 'begränsat', 'fossilfri', 'fossilfritt', 'fossilfria', 'giftfri', 'giftfritt',
  'klimatneutral', 'klimatneutralt', 'ökande', 'breddad', 'breddat', 'förstärkt', 'utökad', 'utökat', 'effektivare',
]);
/** words of quality: a noun phrase they head names a desired state, or merely an area ("Hållbar samhällsplanering") */
const QUALITY_WORDS = new Set([
  'hållbar', 'hållbart', 'hållbara', 'god', 'gott', 'goda', 'hög', 'högt',
  'giftfri', 'giftfritt', 'fossilfri', 'fossilfritt', 'fossilfria', 'trygg', 'tryggt', 'trygga', 'attraktiv', 'attraktivt',
  'attraktiva', 'levande', 'rik', 'rikt', 'rika', 'tillgänglig', 'tillgängligt', 'tillgängliga', 'jämlik', 'jämlikt', 'jämställd',
  'effektiv', 'effektivt', 'effektiva', 'stark', 'starkt', 'starka', 'aktiv', 'aktivt', 'aktiva', 'växande', 'säker', 'säkert',
  'ren', 'rent', 'rena', 'frisk', 'friska', 'välmående', 'inkluderande', 'samordnat', 'samordnad', 'sammanhållet', 'sammanhållen',
  'hälsosam', 'hälsosamt', 'klimatsmart', 'klimatneutral', 'klimatneutralt', 'cirkulär', 'cirkulärt', 'resurseffektiv',
  'resurseffektivt', 'modern', 'modernt', 'moderna', 'innovativ', 'innovativt', 'innovativa', 'nöjda', 'nöjd',
]);

const ARTICLES = new Set(['en', 'ett']);

/** The first word opens an action: an infinitive or imperative ("Utveckla", "Stärk"), or "att" + infinitive. */
export function opensWithAction(text: string): boolean {
  const words = tokenize(text).filter((t) => !t.punct);
  let k = 0;
  if (/^(?:och|samt)$/u.test(words[k]?.lower ?? '')) k++;
  if (words[k]?.lower === 'att') {
    // "Att genom kunskapsutbyte bidra till …": the infinitive may come after an adverbial
    k++;
    for (let j = k; j < Math.min(words.length, k + 6); j++) {
      const tags = verbTags(words[j]!.lower);
      if ((tags & FINITE) !== 0) break;
      if ((tags & INFINITIVE) !== 0) {
        k = j;
        break;
      }
    }
  }
  // "Aktivt arbeta …", "Strategiskt planera …": an adverb in -t before the verb
  if (/t$/u.test(words[k]?.lower ?? '') && verbTags(words[k]!.lower) === 0 && (verbTags(words[k + 1]?.lower ?? '') & (INFINITIVE | IMPERATIVE)) !== 0) k++;
  const first = words[k]?.lower ?? '';
  const second = words[k + 1]?.lower ?? '';
  if (first.length < 2) return false;
  const tags = verbTags(first);
  if ((tags & (INFINITIVE | IMPERATIVE)) === 0) return false;
  // "Ökad …", "Fler …" are states; an infinitive that is also a finite verb or a noun before a finite verb is no action
  if (CHANGE_WORDS.has(first)) return false;
  return (verbTags(second) & FINITE) === 0 || PREPOSITIONS.has(second) || second === 'att';
}

/**
 * A noun phrase that names a desired state ("Ökad social sammanhållning", "En giftfri miljö"); with
 * `outcome`, only one headed by a word of change ("Minskad energianvändning", not "Hållbar samhällsplanering").
 */
export function isDesiredState(text: string, outcome = false): boolean {
  const words = tokenize(text).filter((t) => !t.punct);
  if (words.length < 2 || words.length > 25) return false;
  const [a, b] = [words[0]!.lower, words[1]?.lower ?? ''];
  const first = ARTICLES.has(a) ? b : a;
  return CHANGE_WORDS.has(first) || (!outcome && QUALITY_WORDS.has(first));
}

/** lead-ins whose items illustrate rather than commit: "Exempel på aktiviteter:", "Det kan handla om:" */
const EXAMPLE_LEAD_IN = /(?:exempel|till exempel|t\.ex\.|såsom|kan (?:handla|vara|röra) om|kan bestå av|består av|omfattar|innefattar|ingår(?!\s+att)|medverkade|deltog|representanter)/iu;

/** lead-ins whose items name areas, themes or principles rather than goals: "… fyra prioriterade utvecklingsområden:" */
const AREA_LEAD_IN = /(?<!\p{L})(?:\p{L}*områden|\p{L}*området|teman|temat|perspektiv|perspektiven|utmaningar|utmaningarna|principer|principerna|ledord|värdeord|värderingar|grundpelare|hörnstenar|dimensioner|kategorier)(?!\p{L})/iu;

export function leadsAreas(text: string): boolean {
  return AREA_LEAD_IN.test(text.trim());
}

export function leadsExamples(text: string): boolean {
  return EXAMPLE_LEAD_IN.test(text);
}
