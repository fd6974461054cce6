/**
 * Whether a sentence or a list item is a goal on its own, and of which level, read from its clause: a
 * commitment (commitment.ts), a statement under a goal label or heading, a vision's present-tense
 * statement, an aim written as an infinitive ("Att bidra till …"); for a list item also an action
 * ("Utveckla …") or a desired state ("Ökad trygghet").
 */
import type { GoalLevel } from '@strategigrafen/schema';
import type { LocatedSentence } from '../text/structure.js';
import { analyseClause, type Clause, type Token } from '../grammar/clauses.js';
import { FINITE, isPresentTense, PAST, S_FORM, verbTags } from '../grammar/verbs.js';
import { actorOf, type Actor } from './actors.js';
import { commitmentOf, DESCRIBING_VERBS, isExplanatory } from './commitment.js';
import type { Core } from './glued-heading.js';
import { MAX_GOAL_WORDS, MAX_HEADED_GOAL_WORDS, wordCount, type FoundGoal } from './goal-text.js';
import { VISION_HEADING } from './headings.js';
import { isDesiredState, opensWithAction } from './items.js';
import { PREPOSITIONS } from '../grammar/words.js';

/** What the labels and headings above a sentence make of it. */
export interface Place {
  /** the level of the goal label the sentence stands under, if the label is one */
  labelLevel: GoalLevel | undefined;
  /** the label is a goal heading ("Mål", "Effektmål"): it covers the whole section */
  inGoalSection: boolean;
  /** every sentence since the inline label has been a goal */
  runUnbroken: boolean;
  /** under a vision heading or in a vision document */
  inVision: boolean;
  /** in the first paragraph under a vision heading, where the vision's motto stands ("Norrvik – kommunen där alla ryms") */
  visionOpening: boolean;
}

export interface SentenceGoal extends FoundGoal {
  /** a goal that heads a list: a list right after it, with no lead-in of its own, holds its sub-goals */
  headsList: boolean;
}

/** the actor of a goal that stands without a lead-in: its subject, else its first one, two or three words ("Norrvik är …") */
export function actorOfText(text: string, names: readonly string[]): Actor | null {
  const fromSubject = commitmentOf(text, names)?.actor;
  if (fromSubject) return fromSubject;
  const first = text.split(/\s+/);
  for (let n = 1; n <= 3; n++) {
    const actor = actorOf(first.slice(0, n).join(' '), names);
    if (actor) return actor;
  }
  return null;
}

/**
 * A subject that points back to what was said ("Den är ett redskap …", "Detta ger …", "Det viktiga är …"): the
 * sentence is about the vision or a statement before it, not a state of the place. "Det finns …" and "Det är …"
 * open no subject of their own and are judged on the rest.
 */
function pointsBack(subject: readonly Token[]): boolean {
  const words = subject.filter((t) => !t.punct).map((t) => t.lower);
  if (words.length === 1) return /^(?:den|denna|detta|dessa|de|han|hon)$/u.test(words[0]!);
  return words.length === 2 && words[0] === 'det' && /(?:a|e)$/u.test(words[1]!) && (verbTags(words[1]!) & FINITE) === 0;
}

/** A present-tense statement of a desired state in a vision: not a question, not the vision describing itself. */
function isVisionStatement(text: string, clauseOf: () => Clause, opening: boolean): boolean {
  if (text.endsWith('?') || text.endsWith(':') || isExplanatory(text) || wordCount(text) > MAX_HEADED_GOAL_WORDS) return false;
  if (VISION_HEADING.test(text) || !/^[\p{Lu}\d"”]/u.test(text)) return false;
  const clause = clauseOf();
  // a motto has no verb: only where the vision opens does it state the vision
  if (clause.verb < 0) return opening && wordCount(text) >= 3 && !PREPOSITIONS.has(clause.tokens[0]?.lower ?? '');
  if (pointsBack(clause.subject)) return false;
  const verb = clause.tokens[clause.verb]!.lower;
  // the clause's finite verb may be an -s form ("Landsbygden utvecklas …"): present unless past ("utvecklades")
  const present = isPresentTense(verb) || (verbTags(verb) & (S_FORM | PAST)) === S_FORM;
  return present && !DESCRIBING_VERBS.has(verb) && !tellsHistory(text, verb) && verb !== 'kan' && verb !== 'behöver' && verb !== 'måste';
}

/** what the goals, the strategy or the plan are, said of them ("Strategiska mål är politiska mål som …") */
const ABOUT_THE_GOALS = /(?:mål|målen|målet|målsättningar|målområden|fokusområden|fokusområdena|strategin|planen|programmet)$/u;

/**
 * A sentence under a goal label or heading that tells of something rather than aiming at it: a past event
 * ("Kommunen beslutade …"), what the goals or the document are ("Målen är politiska mål som …", but not
 * "Målet är att …"), a cleft naming who does something ("Det är fullmäktige som beslutar …") or a
 * describing verb ("Programmet beskriver …").
 */
function describesInstead(text: string, clause: Clause): boolean {
  if (clause.verb < 0) return false;
  if (pointsBack(clause.subject)) return true;
  const verb = clause.tokens[clause.verb]!.lower;
  if ((verbTags(verb) & PAST) !== 0 || DESCRIBING_VERBS.has(verb) || tellsHistory(text, verb)) return true;
  const subject = clause.subject.filter((t) => !t.punct);
  const said = clause.tokens[clause.verb + 1]?.lower ?? '';
  if (ABOUT_THE_GOALS.test(subject[subject.length - 1]?.lower ?? '') && !/^(?:att|en|ett)$/u.test(said)) return true;
  return /^det är .+ som /iu.test(text);
}

/** a perfect reaching back to a time named ("Kommunen har haft ett miljöprogram sedan 1990-talet"): history, not an aim */
const SINCE_A_TIME = /\bsedan\s+(?:(?:mitten|början|slutet)\b|länge\b|lång tid\b|(?:flera|många|några)\s+år\b|(?:år\s+)?\d{4}\b|\d{2,4}-talet\b)/iu;
const tellsHistory = (text: string, verb: string): boolean => (verb === 'har' || verb === 'hade') && SINCE_A_TIME.test(text);

/** a short line without a full stop: a heading-like goal over what follows */
const headsOnItsLine = (s: LocatedSentence, text: string, words: number): boolean => s.lineStart && !/[.!]$/u.test(text) && words <= 20;

/** The goal a sentence outside a list states, or null. */
export function sentenceGoal(core: Core, s: LocatedSentence, place: Place, names: readonly string[]): SentenceGoal | null {
  const { text, start } = core;
  const words = wordCount(text);
  if (isExplanatory(text) || words > MAX_GOAL_WORDS) return null;
  const { labelLevel, inGoalSection } = place;
  // the sentence's clause, read once for the tests below that need it
  let clause: Clause | undefined;
  const clauseOf = (): Clause => (clause ??= analyseClause(text));

  const commitment = commitmentOf(text, names);
  if (commitment) {
    const inLabelRun = s.labelSource === 'inline' && labelLevel !== undefined && place.runUnbroken;
    const level = commitment.level === 'vision' ? 'vision' : inLabelRun || inGoalSection ? labelLevel! : commitment.level;
    // a goal that heads a list ("År 2030 är länet …" over its sub-goals), not any goal before any list
    const headsList = commitment.kind === 'future-state' || headsOnItsLine(s, text, words);
    return { text, level, actor: commitment.actor, start, end: s.end, headsList };
  }

  // where it stands: right after a goal label, or in the first block under a goal heading
  const inHeadingBlock = inGoalSection && s.labelBlock && words <= MAX_HEADED_GOAL_WORDS;
  const labelled = labelLevel !== undefined && (s.labelDistance === 0 || inHeadingBlock);
  if (labelled && !text.endsWith('?') && !describesInstead(text, clauseOf())) {
    return { text, level: labelLevel, actor: actorOfText(text, names), start, end: s.end, headsList: headsOnItsLine(s, text, words) };
  }
  if (place.inVision && isVisionStatement(text, clauseOf, place.visionOpening)) return { text, level: 'vision', actor: actorOfText(text, names), start, end: s.end, headsList: false };
  if (/^att\s/iu.test(text) && opensWithAction(text) && words <= MAX_HEADED_GOAL_WORDS && clauseOf().verb < 0) {
    // "Att bidra till marknadsföringen av kommunen." — an aim written as an infinitive phrase
    return { text, level: 'mål', actor: null, start, end: s.end, headsList: false };
  }
  return null;
}

/** A list item judged on its own (no lead-in decides it): a commitment, an action, or an outcome. */
export function itemOnItsOwn(text: string, labelLevel: GoalLevel | undefined): { level: GoalLevel } | null {
  const commitment = commitmentOf(text);
  if (commitment) return { level: commitment.level };
  if (opensWithAction(text)) return { level: 'aktivitet' };
  // outside a goal list only an outcome counts ("Minskad energianvändning"), not any quality ("Hållbara transporter")
  if (isDesiredState(text, true)) return { level: labelLevel ?? 'mål' };
  if (isQuantifiedTarget(text)) return { level: labelLevel ?? 'mål' };
  return null;
}

/** a quantity first: "Minst 20 …", "Fem …", "100 nya …", "50 % …" */
const QUANTITY_FIRST = /^(?:(?:minst|högst|max|maximalt|upp till|över|fler än|mer än)\s+)?(?:\d[\d\s,.]*\s*(?:%|procent)?|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|femtio|hundra)\s+\p{L}/iu;
/** when the quantity is due: a frequency or a target year */
const WHEN_DUE = /(?<!\p{L})(?:årligen|per år|varje år|om året|per månad|varje månad|per kvartal|(?:år|till|senast|inom|före)\s+20[2-9]\d)(?!\p{L})/iu;

/** "Minst 20 fotpatruller årligen i centrum", "100 nya bostäder per år": a number to reach, and when — a target without a verb. */
function isQuantifiedTarget(text: string): boolean {
  return wordCount(text) <= 15 && QUANTITY_FIRST.test(text.trim()) && WHEN_DUE.test(text);
}
