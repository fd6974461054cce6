/**
 * Does one sentence, on its own, commit the municipality, its organisation or the strategy to an aim, an
 * action or a future state? This is the context-free half of goal finding; headings, labels and lists
 * (extract.ts) add the sentences that are goals only where they stand.
 *
 * The test reads the main clause (grammar/clauses.ts), so that word order and subordinate clauses do
 * not fool it:
 *  - modal: the main clause's verb is "ska", "skall" or "bör", whatever stands before it — a subject of
 *    the municipality ("Kommunen ska …"), the strategy or a process ("Strategin ska bidra …",
 *    "Inköpen ska …"), an agentless or passive commitment ("Kollektivtrafiken ska byggas ut"), a fronted
 *    adverbial ("Vid alla inköp ska miljökrav ställas", "År 2030 ska …"). A "ska" inside a subordinate
 *    clause ("Det är viktigt att kommunen ska …") is not the main verb and does not count.
 *  - intent: "vill", "kommer att", or a verb of striving or working ("strävar efter", "verkar för",
 *    "arbetar för/med", "prioriterar", "satsar på" …) as the main verb, with "vi", the municipality, the
 *    region, the organisation or the strategy as subject; "kommer att" also with a passive ("… kommer att
 *    följas upp"). A forecast ("Befolkningen kommer att minska") has none of these subjects.
 *  - goal phrase: a subject headed by a goal noun — "målet", "målsättningen", "ambitionen", "visionen",
 *    "syftet", "uppdraget", "strävan", also in compounds and with modifiers ("Det övergripande målet för
 *    kulturarbetet är att …", "Invånarmålet för 2035 är …") — before "är"; "X syftar till att …"; "X har
 *    som mål att …", "X har en vision om …". A purpose that only describes the document ("Syftet med
 *    planen är att beskriva …") is no aim.
 *  - future state: a present-tense main clause after a target year ("År 2030 är länet …").
 *  - procedure: a present-tense passive main verb that binds the organisation ("Strategin revideras
 *    varje mandatperiod", "Uppföljning genomförs av …"), not one that describes ("… beskrivs i …").
 * Never: questions, and sentences that open as an explanation ("Det innebär …", "Exempel …").
 */
import type { GoalLevel } from '@strategigrafen/schema';
import { analyseClause, type Clause, type Token } from '../grammar/clauses.js';
import { FINITE, INFINITIVE, isPresentTense, opensAction, S_FORM, SUPINE, verbTags } from '../grammar/verbs.js';
import { COMMITTING_MODALS, PREPOSITIONS, SENTENCE_ADVERBS } from '../grammar/words.js';
import { actorOf, type Actor } from './actors.js';

export type CommitmentKind = 'modal' | 'intent' | 'phrase' | 'future-state' | 'procedure';

export interface Commitment {
  kind: CommitmentKind;
  level: GoalLevel;
  actor: Actor | null;
  clause: Clause;
}

const EXPLANATORY_OPENING =
  /^(?:(?:det|detta|dessa|denna)\s+(?:betyder|innebär|kan|finns|gäller|var|blir|behöver|kommer\s+att\s+(?:krävas|behövas))|exempel(?:vis)?\b|till exempel|förklaring|för att kunna|nedan\b|i (?:detta|det här) (?:dokument|kapitel|avsnitt))/iu;

/** verbs that describe a document or a state of affairs rather than a desired future ("Visionen beskriver …", "Den gäller till …") */
export const DESCRIBING_VERBS = new Set([
  'beskriver', 'innebär', 'gäller', 'består', 'innehåller', 'visar', 'redovisar', 'handlar', 'omfattar', 'betyder', 'syftar',
  'utgår', 'bygger', 'tar', 'baseras', 'grundar', 'presenterar', 'sammanfattar', 'anger', 'pekar', 'lyfter', 'kompletteras',
]);

export function isExplanatory(text: string): boolean {
  return EXPLANATORY_OPENING.test(text.trim());
}

/** nouns that name an aim; a subject headed by one (or a compound ending in one) before "är" states a goal */
const GOAL_NOUN = /(?:mål|målet|målen|meningen|utgångspunkten|principen|målsättning|målsättningen|målsättningar|ambition|ambitionen|ambitionerna|vision|visionen|målbild|målbilden|syfte|syftet|huvudsyfte|huvudsyftet|uppdrag|uppdraget|strävan|strävanden|avsikt|avsikten|inriktning|inriktningen|ledstjärna|ledstjärnan|fokus|prioritering|prioriteringen|roll|rollen|uppgift|uppgiften|önskan|förhoppning|förhoppningen|viljeinriktning|viljeinriktningen)$/u;
/** what a purpose does when it only describes the document */
const DESCRIBING = /^(?:beskriva|redovisa|presentera|sammanfatta|förklara|informera|visa|förtydliga|tydliggöra|ge\s+(?:en\s+)?(?:\p{L}+\s+)?(?:bild|överblick|översikt|information)|klargöra\s+områden)/iu;
/** verbs of striving and working: with the organisation as subject, a present tense commits it */
const INTENT_VERBS = new Set([
  'strävar', 'eftersträvar', 'verkar', 'arbetar', 'jobbar', 'satsar', 'prioriterar', 'avser', 'planerar', 'åtar', 'värnar',
  'främjar', 'stödjer', 'stöder', 'säkerställer', 'möjliggör', 'bidrar', 'underlättar', 'stimulerar', 'uppmuntrar',
  'samordnar', 'samverkar', 'samarbetar', 'utvecklar', 'skapar', 'erbjuder', 'tar', 'följer', 'riktar', 'söker', 'tänker', 'lovar', 'utlovar',
  'driver', 'fokuserar', 'investerar', 'förbättrar', 'stärker', 'motverkar', 'förebygger', 'ställer',
  'ger', 'initierar', 'medverkar', 'deltar', 'genomför', 'bevakar', 'synliggör', 'välkomnar', 'väljer', 'ämnar',
  'fastställer', 'föregår',
]);
/** what a strategy or plan itself can strive for ("Strategin bidrar till …"); "Strategin följer …" only describes it */
const DOCUMENT_INTENT_VERBS = new Set([
  'strävar', 'eftersträvar', 'verkar', 'syftar', 'bidrar', 'främjar', 'stödjer', 'stöder', 'säkerställer', 'möjliggör',
  'fastställer', 'prioriterar', 'underlättar', 'stimulerar', 'stärker', 'skapar', 'motverkar', 'förebygger', 'fokuserar',
]);
/** passive verbs that describe rather than bind: "… beskrivs i kapitel 3", "… finns i bilagan" */
const DESCRIBING_PASSIVES = new Set([
  'beskrivs', 'redovisas', 'presenteras', 'visas', 'återfinns', 'finns', 'anses', 'kallas', 'menas', 'behandlas',
  'förekommer', 'upplevs', 'ses', 'betraktas', 'räknas', 'nämns', 'omnämns', 'illustreras', 'sammanfattas', 'definieras',
  'fanns', 'antogs', 'beslutades', 'togs', 'gjordes', 'påbörjades', 'genomfördes', 'infördes', 'behövs', 'krävs', 'hänger',
  'påverkas', 'regleras', 'anges', 'drivs', 'förknippas', 'används', 'menas', 'utgörs', 'styrs', 'bestäms', 'sköts',
  // estimates: "Planen beräknas vara klar i juni" forecasts, it binds no one
  'beräknas', 'bedöms', 'antas', 'väntas', 'uppskattas', 'befaras', 'spås', 'tros', 'sägs', 'tycks',
]);
const FIRST_PERSON = new Set(['vi', 'vår', 'vårt', 'våra']);
/** verbs of being, having and perceiving: "Vi har …", "Vi lever i …" state facts, not commitments */
const STATIVE_VERBS = new Set([
  'är', 'har', 'kan', 'finns', 'behöver', 'vet', 'tror', 'ser', 'lever', 'bor', 'står', 'ligger', 'möter', 'får', 'måste',
  'upplever', 'känner', 'blir', 'heter', 'består', 'saknar', 'befinner', 'hör', 'menar', 'anser', 'tycker', 'hoppas', 'förstår',
]);
/** passives whose meaning is an intention of the organisation */
const INTENT_PASSIVES = new Set(['planeras', 'avses', 'eftersträvas', 'prioriteras', 'tillvaratas', 'uppdras', 'ombeds']);
/** words of a subject that make it the municipality, the region, the organisation or the strategy */
const OWN_SUBJECT = /(?:^|\s)(?:vi|kommun\p{L}*|region\p{L}*|stad(?:en|ens)?|förvaltning\p{L}*|nämnd\p{L}*|styrelse\p{L}*|fullmäktige|bolag\p{L}*|koncern\p{L}*|länsstyrelse\p{L}*|landsting\p{L}*|organisation\p{L}*|\p{L}*(?:strategi|plan|program|policy|policyn|arbete|arbetet|riktlinje|handlingsplan|avfallsplan|enhet|enheten|kontor|kontoret)\p{L}{0,4})(?=\s|$)/iu;

const lowerWords = (tokens: readonly Token[]): string[] => tokens.filter((t) => !t.punct).map((t) => t.lower);

/** The head of a subject: its last word before a preposition or relative clause. */
function headOf(subject: readonly Token[]): string {
  let words = lowerWords(subject);
  // "Ett av de övergripande målen …": the head is the noun after "av"
  if (/^(?:en|ett|något|några|flera|många|vart|vartdera|ytterligare)$/u.test(words[0] ?? '') && words[1] === 'av') words = words.slice(2);
  const cut = words.findIndex((w, i) => i > 0 && /^(?:för|i|på|av|med|inom|till|om|hos|mellan|från|vid|som|under|kring)$/.test(w));
  const head = cut > 0 ? words.slice(0, cut) : words;
  return head[head.length - 1] ?? '';
}

/**
 * The subject is the municipality, the region, the organisation, the strategy, "vi", or the document's
 * own name: judged by its head ("Kommunens näringslivsenhet" is, "Kommunens nyttjande av IT" is not).
 */
export function isOwnSubject(subject: readonly Token[], names: readonly string[]): boolean {
  const words = lowerWords(subject);
  if (words.length === 0) return false;
  if (FIRST_PERSON.has(words[0]!)) return true;
  // "Kommunen och polisen …": a joint subject that includes the organisation speaks for it too
  const and = subject.findIndex((t) => t.lower === 'och');
  if (and > 0 && isOwnSubject(subject.slice(0, and), names)) return true;
  const head = headOf(subject);
  if (OWN_SUBJECT.test(` ${head} `)) return true;
  return names.some((name) => {
    const n = name.toLowerCase();
    return head === n || head === `${n}s` || (words.length <= 3 && words[0] === n);
  });
}

/** a subject that speaks of every municipality or region — the law restated, not this municipality's goal */
const GENERIC_SUBJECT = /^(?:varje|alla|samtliga|landets|sveriges)\s+(?:kommun|kommuner|region|regioner|län)\b|^(?:kommunerna|regionerna|staten|regeringen|lagen)\b/u;
/** words that place a goal at another level than the document's: the state's, the EU's, the UN's */
const OTHER_LEVEL = /^(?:nationell|nationella|nationellt|riksdagens?|regeringens?|statens?|eu:s|europeiska|fn:s|globala)$/u;

/** a cheap test before the clause is read: the text names another level at all */
const NAMES_OTHER_LEVEL = /nationell|riksdag|regering|statens|eu:s|europeisk|fn:s|globala/iu;

/**
 * A goal of another level restated, not the document's own: "Enligt de nationella målen ska kulturen …",
 * "Det nationella folkhälsomålet är att …" (the source in the prefield, or a goal noun the level qualifies).
 * `clause` is `text` read, when the caller has read it already.
 */
export function reportsOtherLevel(text: string, clause?: Clause): boolean {
  if (!NAMES_OTHER_LEVEL.test(text)) return false;
  clause ??= analyseClause(text);
  const prefield = lowerWords(clause.prefield);
  if (prefield[0] === 'enligt' && prefield.some((w) => OTHER_LEVEL.test(w))) return true;
  const subject = lowerWords(clause.subject);
  return GOAL_NOUN.test(headOf(clause.subject)) && subject.some((w) => OTHER_LEVEL.test(w));
}

/** a noun that names something done: an action noun ("upphandling", "utredning", "satsning", "åtgärd") */
const ACTION_NOUN = /(?:ning|ing|ion|nad|else|åtgärd|insats|projekt)(?:en|et|er|ar|erna|arna)?$/u;

/** the document itself as subject */
const DOCUMENT_SUBJECT = /(?:strategi|plan|program|policy|policyn|riktlinje|dokument|handlingsplan)\p{L}{0,6}$/u;
/** what a document does when it only describes itself, or how long it holds ("Planen ska gälla 2024–2027") */
const SELF_DESCRIBING = /^(?:\p{L}+\s+)?(?:innehålla|omfatta|beskriva|redovisa|ses som|ge (?:en )?(?:samlad )?(?:bild|överblick|översikt)|gälla|vara ett levande dokument)\b/u;
/** what a binding procedure is about: the document, its goals and measures, their follow-up */
const PROCEDURE_SUBJECT = /(?:strategi|plan|program|policy|policyn|riktlinje|mål|åtgärd|insats|uppföljning|arbete|fokus|handlingsplan|dokument|indikator|aktivitet|resultat|uppdrag|revidering|översyn|utvärdering|uppdatering|redovisning|rapportering)\p{L}{0,6}$/u;
const FREQUENCY = /\b(?:årligen|varje (?:år|månad|kvartal|mandatperiod)|en gång (?:per|om|varje)|regelbundet|kontinuerligt|löpande|minst vart|vartannat|varannan)\b/u;

const word = (clause: Clause, i: number): string => clause.tokens[i]?.lower ?? '';

/** The words after the main verb, lower case, punctuation dropped. */
const DASHES = new Set(['–', '—', '-']);

/** The tokens after an insertion between dashes that opens them, or all of them. */
function pastInsertion(tokens: readonly Token[]): readonly Token[] {
  if (!DASHES.has(tokens[0]?.text ?? '')) return tokens;
  const close = tokens.findIndex((t, i) => i > 0 && DASHES.has(t.text));
  return close > 0 ? tokens.slice(close + 1) : tokens;
}

function complement(clause: Clause): string {
  return lowerWords(clause.tokens.slice(clause.verb + 1)).join(' ');
}

function targetYearPrefield(clause: Clause): boolean {
  const pre = lowerWords(clause.prefield).join(' ');
  return /^(?:år|senast|till|fram till|inom|innan|före|i)?\s*(?:år\s+)?20[2-9]\d$/u.test(pre) || /^(?:år|senast)\s+20[2-9]\d\b/u.test(pre);
}

/** a target year right after the verb: "Hamnstad har 2030 ett varierat näringsliv", "Kommunen är år 2035 fossilfri" */
const MIDFIELD_YEAR = /^(?:år\s+|senast\s+(?:år\s+)?)?20[2-9]\d\s+(\p{L}+)/u;

/** The organisation's present state in a target year named after the verb — not what it did then ("har 2023 antagit"). */
function midfieldTargetYear(clause: Clause, rest: string, names: readonly string[]): boolean {
  const verb = word(clause, clause.verb);
  if (verb !== 'är' && verb !== 'har') return false;
  const m = MIDFIELD_YEAR.exec(rest);
  // (a supine the dictionary may not know in full: "antagit", "beslutat")
  if (!m || (verb === 'har' && (isSupine(m[1]!) || /(?:at|it)$/u.test(m[1]!)))) return false;
  return isOwnSubject(clause.prefield, names) || isOwnSubject(clause.subject, names);
}

/** a target year closing the sentence: "… har minskat år 2030", "… är klimatneutral senast 2040" */
const CLOSING_TARGET_YEAR = /\s(?:år|senast|till|senast år|till år|fram till|fram till år)\s+20[2-9]\d\s*[.!]?$/u;

/** an adjective of state, then the year: "… är fossilfria 2027" */
const BARE_CLOSING_YEAR = /\s\p{L}+(?:a|t|d|n|g|l|r|s)\s+20[2-9]\d\s*[.!]?$/u;

/** The present or perfect state of a target year, written after it: "Utsläppen har halverats år 2030". */
function closingTargetYear(clause: Clause, text: string): boolean {
  const verbWord = word(clause, clause.verb);
  // a bare year closes a state too: "Upphandlade transporter är fossilfria 2027"
  const closing = CLOSING_TARGET_YEAR.test(text) || (verbWord === 'är' && BARE_CLOSING_YEAR.test(text));
  if (clause.inverted || !closing || / till och med | som /u.test(text)) return false;
  // not how long the document holds ("Planen gäller till 2030")
  if (PROCEDURE_SUBJECT.test(headOf(clause.subject))) return false;
  // a state reached: "har minskat", "har effektiviserats", "är klimatneutral"
  return verbWord === 'är' || (verbWord === 'har' && isSupine(word(clause, clause.verb + 1)));
}

/** "minskat", also in the passive ("halverats", "genomförts") */
const isSupine = (w: string): boolean => (verbTags(w) & SUPINE) !== 0 || (w.endsWith('s') && (verbTags(w.slice(0, -1)) & SUPINE) !== 0);

/** A "ska/skall/bör" (or, for the organisation, "vill" or a verb of intent) right after "och"/"samt"/"men" in the main clause. */
function coordinatedModal(clause: Clause, own: boolean): boolean {
  let depth = 0;
  for (let i = clause.verb + 1; i < clause.tokens.length - 1; i++) {
    const t = clause.tokens[i]!;
    if (t.lower === 'att' || t.lower === 'som' || t.lower === 'där' || t.lower === 'när' || t.lower === 'om') depth++;
    if (t.punct && /[,;–]/u.test(t.text)) depth = 0;
    if (depth > 0 || !/^(?:och|samt|men)$/u.test(t.lower)) continue;
    let k = i + 1;
    while (clause.tokens[k] && /^(?:även|också|därmed|därför|dessutom|alltid)$/u.test(clause.tokens[k]!.lower)) k++;
    const next = clause.tokens[k]?.lower ?? '';
    // "Kommunen gör organisationen klimatsmart och underlättar för invånarna …": an intent in the second verb phrase
    if (COMMITTING_MODALS.has(next) || (own && (next === 'vill' || INTENT_VERBS.has(next)))) return true;
  }
  return false;
}

const AIM_AS_SUBJECT = /^(?:(?:också|även|därför)\s+)?(?:en|ett|den|det)\s+(?:\p{L}+\s+)?(?:ambition|ambitionen|målsättning|målsättningen|mål|målet|strävan|vilja|viljan|avsikt|avsikten)\s+(?:om\s+|till\s+)?att\s/u;

/** "viktigt", "en självklarhet", "prioriterat" … then "för oss" and what to do */
const WEIGHED = /^(?:också\s+|även\s+|därför\s+)?(?:(?:mycket|särskilt|extra)\s+)?(?:viktigt|angeläget|prioriterat|självklart|centralt|avgörande|en självklarhet|en prioriterad fråga)\s+för\s+(.+?)\s+att\s+\p{L}+/u;
/** "av högsta prioritet att …", "högt prioriterat att …": a priority, whoever holds it in the document is its publisher */
const PRIORITY = /^(?:också\s+|även\s+|därför\s+)?(?:av (?:högsta|största|hög) prioritet|högt prioriterat|högsta prioritet)\s+att\s+\p{L}+/u;

function ownPriority(predicate: string, names: readonly string[]): boolean {
  if (PRIORITY.test(predicate)) return true;
  const holder = WEIGHED.exec(predicate)?.[1];
  if (!holder) return false;
  return /^(?:oss|mig)(?:\s+som\s+\p{L}+)?$/u.test(holder) || OWN_SUBJECT.test(` ${holder} `) || names.some((n) => holder === n.toLowerCase());
}

/** "(det är) det övergripande målet", "vårt främsta mål", "kommunens vision": a goal noun, definite or owned */
const AIM_AS_PREDICATE = /^(?:också\s+|även\s+)?(?:det|den|vårt|vår|våra|\p{L}+s)\s+(?:\p{L}+\s+){0,2}?(?:mål|målet|målsättning|målsättningen|ambition|ambitionen|vision|visionen|uppdrag|uppdraget|syfte|syftet|avsikt|avsikten|strävan)(?:\s|$)/u;

/** a clause cut out of a longer sentence, written as a sentence of its own so that it can be judged as one */
const asSentence = (clause: string): string => clause.charAt(0).toUpperCase() + clause.slice(1);

/** adverbs between "Målet är" and what the goal is */
const PREDICATE_ADVERBS = new Set(['också', 'även', 'därför', 'dessutom', 'således', 'alltså', 'främst', 'primärt', 'ytterst', 'slutligen']);

/** "(det är) vår ambition att …", "kommunens mål att …" */
const FORMAL_GOAL = /^(?:också\s+|även\s+)?(?:vår|vårt|våra|(?:\p{L}+\s+)?\p{L}+s)\s+(?:\p{L}+\s+)?(?:ambition|mål|målsättning|avsikt|vision|strävan|vilja)\s+att\s/u;

/** "… och därför kommer …", "…, men då ska …": a main clause coordinated after the first, in inverted order */
const SECOND_MAIN_CLAUSE = /[\s,](?:och|men|samt|så)\s+((?:därför|därmed|då|således|dessutom|därefter)\s+\p{L}.*)$/u;

/** verbs of deciding and establishing, and of agreeing to act, as the main verb (also "har beslutat", "slogs fast") */
const DECIDING = /^(?:(?:har|hade)\s+)?(?:(?:\p{L}+\s+){0,3}?)(?:beslutat|beslutade|beslutar|beslöt|fastslagit|fastslog|fastslår|fastställt|fastställde|fastställer|bestämt|bestämde|slagit fast|slog fast|slogs fast|slår fast|(?<agreed>enats om|enades om|enas om|kommit överens om|kom överens om|kommer överens om|åtagit sig|åtar sig|åtog sig))(?:\s+[\p{L}\d]+){0,3}?\s+att\s+(?<embedded>.+)$/u;

/**
 * What a decision or an agreement commits to: "Fullmäktige har beslutat att kommunen ska vara fossilfri 2030",
 * "Där slogs fast att vår vision är att …" — a commitment in the clause after "att"; "Kommunerna har enats om
 * att arbeta tillsammans …" — an action agreed on. A decision to do something once ("beslutade att bygga en
 * ishall") is history, not a commitment.
 */
function decidedCommitment(clause: Clause, text: string, names: readonly string[]): CommitmentKind | null {
  const m = DECIDING.exec(text.slice(clause.tokens[clause.verb]!.start).toLowerCase());
  if (!m?.groups) return null;
  const embedded = m.groups.embedded!;
  if (m.groups.agreed && opensAction(embedded.split(' ')[0] ?? '')) return 'intent';
  const inner = commitmentOf(embedded, names);
  return inner && (inner.kind === 'modal' || inner.kind === 'phrase' || inner.kind === 'future-state') ? inner.kind : null;
}

export function commitmentOf(text: string, names: readonly string[] = [], options: { leadIn?: boolean } = {}): Commitment | null {
  const trimmed = text.trim();
  if (trimmed.endsWith('?') || isExplanatory(trimmed)) return null;
  const clause = analyseClause(trimmed);
  if (clause.verb < 0) return null;
  const verb = word(clause, clause.verb);
  const actor = actorOf(lowerWords(clause.subject).join(' '), names);
  const result = (kind: CommitmentKind, level: GoalLevel = 'mål'): Commitment => ({ kind, level, actor, clause });
  const subjectText = lowerWords(clause.subject).join(' ');
  const rest = complement(clause);
  // a lead-in without its items ("Strategin ska:", "Målet är att") commits to nothing yet
  if (!options.leadIn && (/(?::|…|\.\.\.)$/u.test(trimmed) || /(?:^|\s)(?:att|till att|följande)$/u.test(rest) || rest === '')) return null;
  if (GENERIC_SUBJECT.test(subjectText) || reportsOtherLevel(trimmed, clause)) return null;

  if (COMMITTING_MODALS.has(verb)) {
    // "Planen ska innehålla …", "Strategin ska ge en samlad bild …": what the document holds, not what it commits to
    if (DOCUMENT_SUBJECT.test(headOf(clause.subject)) && SELF_DESCRIBING.test(rest)) return null;
    return result('modal');
  }

  const own = isOwnSubject(clause.subject, names);
  const document = PROCEDURE_SUBJECT.test(headOf(clause.subject));
  const about = document || (own && FREQUENCY.test(rest));
  // "… ber vi dig att …", "… kommer vi att behandla dina uppgifter": the page speaking to its reader, not a commitment
  const toTheReader = /(?:^|\s)(?:dig|din|ditt|dina)(?:\s|$)/u.test(rest);
  // "Vi måste minska energiåtgången", "Prylar som finns måste tas tillvara": a necessity the organisation takes on, or
  // one put in the passive — not what others must do ("Företagen måste kunna rekrytera")
  if (verb === 'måste' && (own || (verbTags(word(clause, clause.infinitive)) & S_FORM) !== 0)) return result('modal');
  if (verb === 'vill' && own) return result('intent');
  // "Genom programmet vill jag att vi ska skapa …": a wish whose clause commits the organisation itself
  const wished = verb === 'vill' ? /^(?:\p{L}+\s+)?att\s+(.+)$/u.exec(rest) : null;
  if (wished) {
    const inner = commitmentOf(asSentence(wished[1]!), names);
    if (inner?.kind === 'modal' && isOwnSubject(inner.clause.subject, names)) return result('intent');
  }
  // "Vi kommer att behöva planera …": a need foreseen, not an intent
  if (verb === 'kommer' && /^(?:\p{L}+\s)?(?:att\s)?(?:behöva|tvingas)(?:\s|$)/u.test(rest)) return null;
  if (verb === 'kommer' && /^(?:\p{L}+\s)?(?:att\s)?\p{L}+/u.test(rest)) {
    // in inverted order the subject stands between "kommer" and its verb ("Utifrån målen kommer nämnden att besluta …")
    const subjectEnd = clause.inverted && clause.subject.length ? clause.tokens.indexOf(clause.subject[clause.subject.length - 1]!) + 1 : clause.verb + 1;
    const afterSubject = lowerWords(clause.tokens.slice(Math.max(subjectEnd, clause.verb + 1)));
    // the verb "kommer" governs: past "att" and sentence adverbs ("kommer nämnden att kontinuerligt följa …")
    const next = afterSubject.filter((w) => w !== 'att' && !SENTENCE_ADVERBS.has(w) && !/^(?:därför|kontinuerligt|löpande|successivt|aktivt|fortsatt)$/u.test(w));
    const tags = verbTags(next[0] ?? '');
    if ((tags & (INFINITIVE | S_FORM)) !== 0 && (own || about) && !toTheReader) return result('intent');
    // "Under 2025 kommer en ny upphandling att genomföras": a passive says what the organisation will have done
    const passive = /^(.*?)\s?att\s+(\p{L}+as)(?:\s|$)/u.exec(rest.split(' ').slice(0, 10).join(' '));
    // what undergoes it is a new action, indefinite ("en utredning av skolskjutsarna"), not one named before ("dessa mätningar")
    const undergoer = (clause.inverted ? (passive?.[1] ?? '') : subjectText).split(' ');
    const cut = undergoer.findIndex((w) => PREPOSITIONS.has(w));
    const undergoerHead = (cut > 0 ? undergoer.slice(0, cut) : undergoer).pop() ?? '';
    const indefinite = /^(?:en|ett|nya|fler)$/u.test(undergoer[0] ?? '');
    if (passive && indefinite && (verbTags(passive[2]!) & S_FORM) !== 0 && ACTION_NOUN.test(undergoerHead)) return result('intent');
  }

  const head = headOf(clause.subject);
  // "Det är vår ambition att …", "Därför är det kommunens mål att …": the goal noun as the predicate of a formal "det"
  // … and "Det är viktigt för oss att minska vår miljöpåverkan", "… är det av högsta prioritet att byta ut oljan": what
  // the organisation holds most important to do
  if (verb === 'är' && subjectText === 'det') {
    const predicate = lowerWords(clause.tokens.slice(clause.verb + 1)).filter((w) => w !== 'det').join(' ');
    if (FORMAL_GOAL.test(predicate) || ownPriority(predicate, names)) return result('phrase');
  }
  // "Att bli fossilfri är vårt mål", "Att skapa ett gott företagsklimat … är det övergripande målet för strategin":
  // the aim, as an infinitive, is the subject and the goal noun its predicate
  if (verb === 'är' && word(clause, 0) === 'att' && AIM_AS_PREDICATE.test(rest)) return result('phrase');
  if ((verb === 'är' || verb === 'blir') && GOAL_NOUN.test(head) && !clause.inverted) {
    // "Målet är – liksom förut – att …": what the goal is comes after an insertion between dashes
    const predicate = pastInsertion(clause.tokens.slice(clause.verb + 1));
    const after = lowerWords(predicate).join(' ').replace(/^(?:också|även|därför|bland annat)\s+/u, '');
    // "Målet är att …", "Målet är en hållbar region", "Målet är ”Fossilfritt 2030”" — not "Målen är långsiktiga"
    // past the sentence adverbs: "Målet är också att …", "Fokus är därför att ge …"
    const said = predicate.find((t) => (!t.punct || /["”“]/u.test(t.text)) && !PREDICATE_ADVERBS.has(t.lower));
    if (!said || !(/^(?:att|en|ett|den|det|de|alla|fler|ingen|inga|noll|hälften)$/u.test(said.lower) || /^["”“\d]|^\p{Lu}/u.test(said.text))) return null;
    // "Visionen är den styrande politikens idé om …", "Målbilden är en beskrivning av …": what the goal is, not the goal
    if (/^(?:en|ett|den|det)\s+(?:\p{L}+\s+){0,3}(?:idé|beskrivning|bild|dokument|uttryck|sammanfattning|del|grund|utgångspunkt)(?:en|et)?(?:\s|$)/u.test(after)) return null;
    if (DESCRIBING.test(after.replace(/^att\s+/u, ''))) return null;
    return result('phrase', /vision|målbild/u.test(head) ? 'vision' : 'mål');
  }
  // "I vår vision ligger en ambition om att …", "Bakom planen finns ett mål att …": the aim itself is the subject
  if ((verb === 'ligger' || verb === 'finns') && clause.inverted && AIM_AS_SUBJECT.test(complement(clause))) return result('phrase');
  if (verb === 'handlar' && /^(?:\p{L}+\s+){0,6}om\s+att\s/u.test(rest) && (own || /^(?:det|detta)$/u.test(subjectText) || PROCEDURE_SUBJECT.test(headOf(clause.subject)))) {
    return result('phrase');
  }
  if (verb === 'syftar' && /^(?:också\s+|även\s+)?till\s/u.test(rest)) {
    return DESCRIBING.test(rest.replace(/^(?:också\s+|även\s+)?till\s+att\s+/u, '')) ? null : result('phrase');
  }
  if (verb === 'har' && /^(?:(?:också|även|dessutom|därför)\s+)?(?:som\s+)?(?:(?:en|ett|det|den)\s+)?(?:\p{L}+\s+)?(?:mål|målet|målsättning|målsättningen|ambition|ambitionen|vision|visionen|uppdrag|uppdraget|uppgift|uppgiften|strävan)\s+(?:att|om)\b/u.test(rest)) {
    return result('phrase', /vision/u.test(rest.split(' ').slice(0, 4).join(' ')) ? 'vision' : 'mål');
  }

  if (targetYearPrefield(clause) && (verbTags(verb) & FINITE) !== 0) return result('future-state', 'vision');
  if (midfieldTargetYear(clause, rest, names)) return result('future-state', 'vision');
  if (closingTargetYear(clause, trimmed)) return result('future-state', 'vision');

  if (own && INTENT_VERBS.has(verb) && (!DOCUMENT_SUBJECT.test(headOf(clause.subject)) || DOCUMENT_INTENT_VERBS.has(verb))) {
    if ((verb === 'avser' || verb === 'planerar') && !/^(?:\p{L}+\s+)?att\s/u.test(rest)) return null;
    return result('intent');
  }
  // "Vi förenklar för företagen": what we do, said of ourselves in the present, is what we commit to
  // (also after a fronted adverbial: "Tillsammans gör vi …", "I skolan bygger vi …")
  // "Så här definierar vi …", "Detta gör vi tillsammans …", "Här publicerar vi …": how, what was said before or the
  // page itself, not a new aim
  const descriptive = clause.inverted && /^(?:så här|så|här|detta|det|dessa|det här)$/u.test(lowerWords(clause.prefield).join(' '));
  if (FIRST_PERSON.has(lowerWords(clause.subject)[0] ?? '') && lowerWords(clause.subject).length === 1 && isPresentTense(verb) && !STATIVE_VERBS.has(verb) && !toTheReader && !descriptive) {
    return result('intent');
  }
  // "… planeras en ny organisation", "Barns miljöer prioriteras", "Barn och unga är prioriterade": passives that say
  // what the organisation intends
  if (INTENT_PASSIVES.has(verb)) return result('intent');
  if (verb === 'är' && !clause.inverted && /^(?:särskilt\s+|högt\s+)?(?:prioriterad|prioriterade|prioriterat)$/u.test(rest)) return result('intent');

  const decided = decidedCommitment(clause, trimmed, names);
  if (decided) return result(decided);
  // "Förutsättningarna förändras och därför kommer nämnden att följa …": a second main clause, opened by an adverb
  const second = SECOND_MAIN_CLAUSE.exec(trimmed);
  if (second) {
    const inner = commitmentOf(asSentence(second[1]!), names);
    if (inner) return inner;
  }

  // "X är … och ska leda till …", "X har … och vill …": a modal in a verb phrase coordinated with the main verb
  const coordinated = coordinatedModal(clause, own);
  if (coordinated) return result('modal');

  // a passive main verb in the present, about the strategy, its goals and their follow-up: a procedure it binds itself to
  if (/s$/u.test(verb) && (verbTags(verb) & S_FORM) !== 0 && !DESCRIBING_PASSIVES.has(verb) && !/des$/u.test(verb) && about && !clause.inverted) {
    return result('procedure');
  }
  return null;
}
