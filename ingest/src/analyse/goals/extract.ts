import type { AnalysedGoal, MeasurableTarget } from '@strategigrafen/schema';
import type { LocatedSentence, StructuredText } from '../text/structure.js';
import { isFurniture } from '../text/furniture.js';
import { restOf, withoutGluedHeading } from './glued-heading.js';
import { tidy, wordCount, type FoundGoal } from './goal-text.js';
import { compoundParts, lemmaOf } from '../grammar/compounds.js';
import { flagsOf } from '../grammar/dictionary.js';
import { COORDINATORS, DETERMINERS, PREPOSITIONS, SUBORDINATORS } from '../grammar/words.js';
import { reportsOtherLevel } from './commitment.js';
import { analyseClause } from '../grammar/clauses.js';
import { PAST, verbTags } from '../grammar/verbs.js';
import { headingGoal, isVisionTitle, LABEL_LEVELS, VISION_HEADING } from './headings.js';
import { indicatorRows, type IndicatorRow } from './indicators.js';
import { leadsList, ListContext } from './list-context.js';
import { sentenceGoal, type Place } from './sentence-goal.js';
import { measurableTarget } from './targets.js';

/**
 * Goal extraction: the sentences and list items of a strategy document that commit the municipality,
 * its organisation or the strategy to an aim, an action or a future state, or that set a target.
 *
 * Each sentence is judged twice:
 *  1. On its own (sentence-goal.ts, commitment.ts): a main clause with "ska/skall/bör", an intent of the organisation, a
 *     goal phrase ("Målet är att …"), a future state after a target year, a binding procedure.
 *  2. Where it stands (list-context.ts, headings.ts):
 *     - a list item under a lead-in (lead-ins.ts): "X ska:" items become "X ska <item>" (an action,
 *       level "aktivitet"); "Målet är att:" / "X arbetar för att:" items complete the lead-in; items of
 *       "Kommunen har tre mål:" are goals as written; items of "Exempel på …:" are none;
 *     - any other list item that opens with an action ("Utveckla …", "Att bidra till …") or names a
 *       desired state ("Ökad trygghet", "Fler nya företag");
 *     - a sentence right after an inline goal label ("Mål:", "Vision:") or in the first block under a
 *       goal heading ("Mål", "Vår vision", "Effektmål"), even without "ska" ("Kommunen har ett rikt
 *       föreningsliv där alla får plats.", "Fler unga i arbete.");
 *     - a present-tense statement of a vision: in a vision document, under a vision heading, or in the
 *       paragraph a lead-in hands over to ("… kommunens vision: Norrvik är …"), until it turns to history.
 * A heading glued to the front of a sentence ("Hållbara inköp Kommunen ska …") is cut off first.
 * A text cut off in the middle of its last sentence (a page excerpt) keeps that sentence as a goal only
 * if, without the broken word, it still states an aim.
 * A paragraph that opens by restating another level's goals ("Enligt de nationella målen ska …") goes on
 * restating them: its sentences are not the document's goals.
 * Explanations ("Det innebär …", "Exempel …"), questions and statements of fact are never goals.
 */
export type ExtractedGoal = Omit<AnalysedGoal, 'themes' | 'concepts'>;

export interface GoalOptions {
  /** names that stand for the document's own municipality or organisation ("Lerum", "Region Gävleborg") */
  actorNames?: readonly string[];
  /** the document's title: a vision document ("Framtidsvision 2030", "Målbild 2025") states its goals in the present tense */
  title?: string;
}

/** words that cannot end a statement: what follows them was cut off */
const DANGLING = new Set(['att', ...PREPOSITIONS, ...COORDINATORS, ...SUBORDINATORS, ...DETERMINERS]);
const MIN_CUT_GOAL_WORDS = 4;

/** a word cut in two: a single letter, or letters no dictionary form or compound explains ("Gotl", "kommunikationsstrat") */
function isBroken(word: string): boolean {
  if (!/^\p{L}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (lower.length === 1) return true;
  return flagsOf(word) === undefined && flagsOf(lower) === undefined && lemmaOf(lower) === null && compoundParts(lower) === null;
}

/**
 * The last sentence of a text that stops without a full stop: as it is when it ends in a whole word,
 * without its broken last word and the words left dangling ("… ska erbjuda läxhjälp i" → "… ska
 * erbjuda läxhjälp"), or null when too little of it is left to state an aim ("… ska ha j").
 */
function cutOffSentence(text: string): string | null {
  const words = text.trim().split(/\s+/);
  const whole = words.length;
  const last = words[whole - 1] ?? '';
  if (isBroken(last)) words.pop();
  while (words.length && DANGLING.has(words[words.length - 1]!.toLowerCase())) words.pop();
  // an item or a heading-like line without a full stop is whole ("Goda kommunikationer")
  if (words.length === whole) return text;
  return words.length >= MIN_CUT_GOAL_WORDS ? words.join(' ') : null;
}

/**
 * "… att uppfylla kommunens vision: Norrvik är …", "Vår vision lyder:", "Kommunfullmäktiges vision och mål 2030:":
 * a colon right after the word vision (and a few words naming it) hands over to the vision's own text. The
 * offset where that text starts (the text's length when the colon ends the sentence), or -1.
 */
const VISION_COLON = /(?<!\p{L})(?:vision(?:en)?|målbild(?:en)?|framtidsbild(?:en)?)(?:\s+[^\s:.!?]+){0,4}\s*:(?:\s+|$)/iu;
function visionTextStart(text: string): number {
  const colon = VISION_COLON.exec(text);
  return colon ? colon.index + colon[0].length : -1;
}

function tellsThePast(text: string): boolean {
  const clause = analyseClause(text);
  return clause.verb >= 0 && (verbTags(clause.tokens[clause.verb]!.lower) & PAST) !== 0;
}

export function extractGoals(structure: StructuredText, options: GoalOptions = {}): ExtractedGoal[] {
  const names = options.actorNames ?? [];
  const { sentences, source } = structure;
  const goals: ExtractedGoal[] = [];
  const add = (found: FoundGoal, s: LocatedSentence, given?: MeasurableTarget): void => {
    const text = tidy(found.text);
    if (wordCount(text) < 2) return;
    const target = given ?? measurableTarget(text);
    goals.push({ text, actor: found.actor, level: found.level, section: s.section, position: goals.length, start: found.start, end: found.end, measurable: target !== null, target });
  };

  const rows = new Map<number, IndicatorRow[]>();
  for (const row of indicatorRows(sentences, source)) rows.set(row.first, [...(rows.get(row.first) ?? []), row]);
  const visionDocument = isVisionTitle((options.title ?? '').trim());
  const lists = new ListContext(names);
  /** the label run: true while every sentence since the inline label has been a goal */
  let runUnbroken = false;
  /** the paragraph that restates another level's goals */
  let reported = -1;
  /** the paragraph that states a vision after its lead-in ("… vår vision: …"), until it turns to history */
  let visionParagraph = -1;
  /** the first paragraph of the current section */
  let sectionOpening = -1;

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const rowsHere = rows.get(i);
    if (rowsHere) {
      for (const row of rowsHere) add({ text: row.text, level: 'mål', actor: null, start: row.start, end: row.end }, s, row.target);
      i = rowsHere[rowsHere.length - 1]!.last;
      continue;
    }
    const opensSection = s.sectionIndex !== sentences[i - 1]?.sectionIndex;
    if (opensSection) sectionOpening = s.paragraph;
    const headed = opensSection ? headingGoal(s, source, names) : null;
    if (headed) add(headed, s);
    lists.follow(s);
    if (s.labelDistance === 0) runUnbroken = true;
    const labelLevel = s.label ? LABEL_LEVELS[s.label] : undefined;
    let core = withoutGluedHeading(s, source);
    const visionStart = s.bullet ? -1 : visionTextStart(core.text);
    if (visionStart >= 0) {
      visionParagraph = visionStart < core.text.length ? s.paragraph : (sentences[i + 1]?.paragraph ?? -1);
      if (visionStart < core.text.length) core = restOf(core, visionStart, source);
    } else if (s.paragraph !== visionParagraph) visionParagraph = -1;
    const underVisionHeading = VISION_HEADING.test(s.section ?? '');
    const place: Place = {
      labelLevel,
      inGoalSection: s.labelSource === 'heading' && labelLevel !== undefined,
      runUnbroken,
      inVision: visionDocument || underVisionHeading || s.paragraph === visionParagraph,
      visionOpening: underVisionHeading && s.paragraph === sectionOpening,
    };
    if (i === sentences.length - 1 && !/[.!?:;)"”]\s*$/u.test(source)) {
      const kept = cutOffSentence(core.text);
      if (kept === null) continue;
      core = { ...core, text: kept };
    }
    if (!s.bullet && reportsOtherLevel(core.text)) reported = s.paragraph;
    if (s.paragraph === reported && !s.bullet) {
      runUnbroken = false;
      // its list, if it leads one, is that level's too
      if (leadsList(core.text, s, sentences[i + 1])) lists.open(sentences, i, core, place);
      continue;
    }
    if (isFurniture(core.text)) {
      runUnbroken = false;
      continue;
    }
    // lead-ins (also a list item that leads in to a list of its own)
    if (leadsList(core.text, s, sentences[i + 1])) {
      const opened = lists.open(sentences, i, core, place);
      if (opened.goal) add(opened.goal, s);
      i += opened.consumed;
      continue;
    }
    if (s.bullet) {
      const goal = lists.item(core.text, s, place);
      if (goal) add(goal, s);
      continue;
    }
    const goal = sentenceGoal(core, s, place, names);
    lists.afterSentence(goal?.headsList ?? false);
    if (goal) add(goal, s);
    else runUnbroken = false;
    // the vision's text goes on to the end of its paragraph, unless the paragraph turns to its history
    if (!goal && visionStart < 0 && s.paragraph === visionParagraph && tellsThePast(core.text)) visionParagraph = -1;
  }
  return goals;
}
