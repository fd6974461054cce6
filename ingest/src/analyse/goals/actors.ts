/**
 * Who a goal is for: the normalised actor vocabulary.
 *
 * The actor is read from the goal's subject (the words before "ska"/"skall"/"bör"/"vill" or before
 * an "X ska:" lead-in). Only the part of the subject before its first preposition counts, so that
 * "Kommunens näringslivsenhet" is the business unit but "Företagen i kommunen" is nobody of the
 * municipality. The vocabulary, most specific first:
 *
 *   upphandlingen        "Den kommunala upphandlingen", "Upphandlingsenheten"
 *   näringslivsenheten   "Näringslivsenheten", "Kommunens näringslivsenhet", "Näringslivskontoret", "-funktionen"
 *   tjänstemännen        "Kommunens tjänstemän", and roles: "Landsbygdsutvecklaren", "Varje chef", "Företagslotsen"
 *   förvaltningen        "Förvaltningen", "Förvaltningens näringslivsutveckling", "Kommunledningsförvaltningen",
 *                        and the administration's units: "IT-enheten", "Turistbyrån", "Stadsbyggnadskontoret"
 *   kommunstyrelsen, kommunfullmäktige, nämnden, bolaget, länsstyrelsen, regionen
 *   kommunen             "Kommunen", "Kommunens …", "Lerums kommun", "Göteborgs Stad", "Vi", or the
 *                        document's own municipality by name ("Lerum ska …")
 *
 * A subject that names none of these but is one of the municipality's own activities
 * ("Arbetet", "Näringslivsarbetet", "Näringslivsservice och myndighetsutövning …") is attributed to
 * "kommunen", whose document it is. Anything else ("Evenemangen", "Arbetsmarknaden", "Grupper som …")
 * has no actor, and a deontic sentence without an actor is not taken as a goal.
 */
export const ACTORS = [
  'upphandlingen',
  'näringslivsenheten',
  'tjänstemännen',
  'förvaltningen',
  'kommunstyrelsen',
  'kommunfullmäktige',
  'nämnden',
  'bolaget',
  'länsstyrelsen',
  'regionen',
  'kommunen',
] as const;
export type Actor = (typeof ACTORS)[number];

const ACTOR_PATTERNS: readonly [RegExp, Actor][] = [
  [/upphandling/, 'upphandlingen'],
  [/näringslivs(?:enhet|kontor|funktion|avdelning|chef|bolag)/, 'näringslivsenheten'],
  [/tjänstem[äa]n|(?:chef|utvecklare|samordnare|strateg|handläggare|lots)(?:en|erna|na|n)?$/, 'tjänstemännen'],
  [/förvaltning/, 'förvaltningen'],
  [/kommunstyrelse/, 'kommunstyrelsen'],
  [/fullmäktige/, 'kommunfullmäktige'],
  [/nämnd/, 'nämnden'],
  [/bolag|koncern/, 'bolaget'],
  [/länsstyrelse/, 'länsstyrelsen'],
  [/\bregion(?:en|ens)?\b/, 'regionen'],
  [/(?:enhet|avdelning|kontor|byrå|sektion)(?:en|et|n|er|erna)?$/, 'förvaltningen'],
  [/kommun(?!ikation)|\bstad(?:en|ens|s)?\b|^vi$/, 'kommunen'],
];

/** The municipality's own activities: a subject headed by one of these is the municipality's goal. */
const ACTIVITY_SUBJECT = /^(?:det |vårt )?(?:\p{L}*arbete[nt]?s?|näringslivsservicen?|servicen|myndighetsutövningen|verksamhete[nt]|näringslivspolitiken)\b/u;

const PREPOSITION = /\s(?:i|på|för|av|med|inom|till|om|hos|mellan|från|vid|under|genom|enligt|gällande|kring|över)\s/;

/**
 * The actor of a subject, or null. `names` are the document's own municipality or organisation
 * names ("Lerum", "Region Gävleborg"), which stand for "kommunen" (or "regionen").
 */
export function actorOf(subject: string, names: readonly string[] = []): Actor | null {
  const lower = ` ${subject.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  const head = lower.split(PREPOSITION)[0]!.trim();
  for (const [pattern, actor] of ACTOR_PATTERNS) if (pattern.test(head)) return actor;
  for (const name of names) {
    const n = name.toLowerCase();
    if (head === n || head === `${n}s`) return /^region/.test(n) ? 'regionen' : 'kommunen';
  }
  if (ACTIVITY_SUBJECT.test(head)) return 'kommunen';
  return null;
}
