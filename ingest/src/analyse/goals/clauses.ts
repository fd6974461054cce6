import type { GoalLevel } from '@strategigrafen/schema';
import { actorOf, type Actor } from './actors.js';

/**
 * Clause tests the goal rules share: the deontic subject ("X ska …"), goal phrases ("Målet är att …"),
 * explanatory openings, list lead-ins ("X ska:", "Exempel på aktiviteter:") and verb-initial list items.
 */

const MODAL = /(^|\s)(ska|skall|bör|vill)(?=\s|:|$)/iu;
const GOAL_PHRASE = /\b(ambitionen|ambition|målet|målsättningen|målbilden|visionen|vision)(?: är| om)? att\b/iu;
const HAS_GOAL_NOUN = /(?<!\p{L})(?:har|är)\s+(?:en|som)\s+(vision|ambition|målsättning|målbild)\s+(?:att|om att)\b/iu;
const SUBORDINATE = /(?:^|\s)(?:som|att|när|om|där|eftersom|vilket|vilka|då|medan|innan|sedan|fast|trots|därför|varför|hur|vad)(?:\s|$)/iu;
const BARE_PRONOUN = /^(?:det|detta|dessa|denna|den|de|man|här|där|vilket|alla|något|någon)$/iu;
const EXPLANATORY_OPENING =
  /^(?:(?:det|detta|dessa|denna)\s+(?:betyder|innebär|handlar|kan|finns|gäller|är|var|blir|ska\s+gå|behöver)|syftet|här\b|i detta|genom\b|exempel|till exempel|förklaring|för att kunna)/iu;
/** "Kommunen har tre mål:", "Strategins inriktningsmål är:", "Målen för perioden:" — a list of goals follows */
const GOAL_LIST = /(?:^|\s)(inriktningsmål(?:en)?|övergripande mål(?:en)?|effektmål(?:en)?|resultatmål(?:en)?|mål(?:en)?|målsättning(?:ar|arna|en)?|vision(?:en)?)(?:\s+(?:är|för\s[^:]{1,60}))?\s*:$/iu;
/** Infinitives that do not end in -a ("nå", "gå" …); other infinitives do. */
const SHORT_INFINITIVES = new Set(['gå', 'nå', 'få', 'se', 'bo', 'ge', 'ha', 'bli', 'stå', 'dra', 'slå', 'tro', 'må', 'så']);
/** Words ending in -a that open a list item without being a verb: pronouns, determiners, quantifiers. */
const NOT_VERBS = new Set([
  'alla', 'andra', 'bra', 'dessa', 'denna', 'detta', 'egna', 'flera', 'följande', 'goda', 'hela', 'många', 'nya', 'samma',
  'stora', 'sådana', 'vissa', 'våra', 'dina', 'era', 'ena', 'enda', 'första', 'sista', 'fina', 'gamla', 'unga', 'äldre',
]);
/** Endings of adjectives in -a that no common infinitive has: "tydliga", "attraktiva", "lokala", "hållbara", "politiska", "aktuella". */
const ADJECTIVE_ENDING = /(?:liga|iga|iva|ala|bara|iska|ella|ösa|anta|enta)$/u;
/** infinitives with those endings: "bedriva", "beskriva", "betala", "lösa", "anta" … */
const VERB_WITH_ADJECTIVE_ENDING = /(?:driva|skriva|^riva|tala|^måla|lösa|^anta|^stiga)$/u;
const MAX_SUBJECT_WORDS = 15;

export function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

export function isExplanatory(text: string): boolean {
  return EXPLANATORY_OPENING.test(text.trim());
}

/** "Ta initiativ …", "Stimulera …", "Främja …": the first word looks like an infinitive. */
export function startsWithVerb(item: string): boolean {
  const first = (words(item)[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (first.length < 2 || NOT_VERBS.has(first)) return false;
  if (SHORT_INFINITIVES.has(first)) return true;
  return first.endsWith('a') && (!ADJECTIVE_ENDING.test(first) || VERB_WITH_ADJECTIVE_ENDING.test(first));
}

export interface Deontic {
  subject: string;
  actor: Actor | null;
  /**
   * what the sentence leads in to when it ends in a colon: "verbs" — "Förvaltningen ska:" takes
   * verb phrases; "clauses" — "Kommunen ska verka för att:" takes any clause; "join" — "X ska
   * kännetecknas av:" takes words that complete the one sentence. null when it is no lead-in.
   */
  leadIn: 'verbs' | 'clauses' | 'join' | null;
}

/** Rule 2's test: a modal in the main clause after a plain subject. */
export function deonticSubject(text: string, names: readonly string[]): Deontic | null {
  const m = MODAL.exec(text);
  if (!m) return null;
  const subject = text.slice(0, m.index).trim().replace(/,$/, '');
  if (!subject || words(subject).length > MAX_SUBJECT_WORDS) return null;
  if (SUBORDINATE.test(subject) || BARE_PRONOUN.test(subject)) return null;
  const verb = m[2]!.toLowerCase();
  const actor = actorOf(subject, names);
  if (verb === 'vill' && actor === null) return null;
  const after = text.slice(m.index + m[0].length).trimEnd();
  let leadIn: Deontic['leadIn'] = null;
  if (/^:?$/.test(after.trim())) leadIn = after.endsWith(':') ? 'verbs' : null;
  else if (/(?:^|\s)att\s*:$/iu.test(after)) leadIn = 'clauses';
  else if (after.endsWith(':')) leadIn = 'join';
  return { subject, actor, leadIn };
}

/**
 * A looser rule 2 test for sentences that commit to a number: the subject may carry a relative
 * clause ("Andelen företag som arbetar systematiskt med hållbarhet ska öka …") but must not open
 * with one ("Om fler företag startas ska …") or be a bare pronoun.
 */
export function hasModalSubject(text: string): boolean {
  const m = MODAL.exec(text);
  if (!m) return false;
  const subject = text.slice(0, m.index).trim();
  if (!subject || words(subject).length > MAX_SUBJECT_WORDS || BARE_PRONOUN.test(subject)) return false;
  return !SUBORDINATE.test(` ${words(subject)[0]!} `);
}

/** Rule 3's test: "Ambitionen är att …", "Lerums kommun har en vision att …". */
export function goalPhrase(text: string, names: readonly string[]): { level: GoalLevel; actor: Actor | null } | null {
  const m = GOAL_PHRASE.exec(text) ?? HAS_GOAL_NOUN.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).trim();
  if (words(before).length > 6 || SUBORDINATE.test(before)) return null;
  const subject = before.replace(/\b(?:har|är)\s+(?:en|som)$/iu, '').trim();
  const actor = subject ? actorOf(subject.replace(/s$/u, ''), names) ?? actorOf(subject, names) : null;
  if (subject && actor === null && !/^(?:vår|vårt|den|det)\b/iu.test(subject)) return null;
  const level: GoalLevel = /vision|målbild/iu.test(m[1]!) ? 'vision' : 'mål';
  return { level, actor };
}

/** A lead-in that announces a list of goals ("Kommunen har tre mål:"), with the goals' level. */
export function goalListLevel(text: string): GoalLevel | null {
  const m = GOAL_LIST.exec(text.trim());
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  if (noun.startsWith('vision')) return 'vision';
  return noun.startsWith('inriktning') || noun.startsWith('övergripande') ? 'inriktningsmål' : 'mål';
}
