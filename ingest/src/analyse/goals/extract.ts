import type { AnalysedGoal, GoalLevel, MeasurableTarget } from '@strategigrafen/schema';
import type { LocatedSentence, StructuredText } from '../text/structure.js';
import { actorOf, type Actor } from './actors.js';
import { analyseClause } from '../grammar/clauses.js';
import { isPresentTense } from '../grammar/verbs.js';
import { commitmentOf, DESCRIBING_VERBS, isExplanatory } from './commitment.js';
import { gluedHeadingEnd } from './glued-heading.js';
import { isFurniture } from './furniture.js';
import { indicatorRows, type IndicatorRow } from './indicators.js';
import { isDesiredState, opensWithAction } from './items.js';
import { leadInOf, type LeadIn } from './lead-ins.js';
import { measurableTarget } from './targets.js';

/**
 * Goal extraction: the sentences and list items of a strategy document that commit the municipality,
 * its organisation or the strategy to an aim, an action or a future state, or that set a target.
 *
 * Each sentence is judged twice:
 *  1. On its own (commitment.ts): a main clause with "ska/skall/bör", an intent of the organisation, a
 *     goal phrase ("Målet är att …"), a future state after a target year, a binding procedure.
 *  2. Where it stands:
 *     - a list item under a lead-in (lead-ins.ts): "X ska:" items become "X ska <item>" (an action,
 *       level "aktivitet"); "Målet är att:" / "X arbetar för att:" items complete the lead-in; items of
 *       "Kommunen har tre mål:" are goals as written; items of "Exempel på …:" are none;
 *     - any other list item that opens with an action ("Utveckla …", "Att bidra till …") or names a
 *       desired state ("Ökad trygghet", "Fler nya företag");
 *     - a sentence right after an inline goal label ("Mål:", "Vision:") or in the first block under a
 *       goal heading ("Mål", "Vår vision", "Effektmål"), even without "ska" ("Kommunen har ett rikt
 *       föreningsliv där alla får plats.", "Fler unga i arbete.").
 * A heading glued to the front of a sentence ("Hållbara inköp Kommunen ska …") is cut off first.
 * Explanations ("Det innebär …", "Exempel …"), questions and statements of fact are never goals.
 */
export type ExtractedGoal = Omit<AnalysedGoal, 'themes' | 'concepts'>;

export interface GoalOptions {
  /** names that stand for the document's own municipality or organisation ("Lerum", "Region Gävleborg") */
  actorNames?: readonly string[];
  /** the document's title: a vision document ("Framtidsvision 2030", "Målbild 2025") states its goals in the present tense */
  title?: string;
}

/** a heading or title that announces a vision: what follows describes the desired future in the present tense */
const VISION_HEADING = /(?<!\p{L})(?:vision(?:en)?|framtidsvision(?:en)?|målbild(?:en)?|framtidsbild(?:en)?|visionsmål(?:et)?)(?!\p{L})/iu;
/** a title that is a vision and nothing else ("Vision 2030", "Framtidsvision Hamnstad 2030", "Målbild 2025") */
const VISION_TITLE = /(?<!\p{L})(?:framtids)?(?:vision|målbild)(?:en)?(?!\p{L})/iu;
const OTHER_DOCUMENT = /(?:strategi|plan|program|policy|mål|riktlinje|handling|budget|rapport|uppdrag)/iu;
const isVisionTitle = (title: string): boolean => VISION_TITLE.test(title) && !OTHER_DOCUMENT.test(title) && wordCount(title) <= 5;
/** a heading that holds its goal after a colon: "Mål 1 år 2020–2023: 30 000 invånare 2030" */
const GOAL_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:strategiskt|övergripande|långsiktigt|kommunfullmäktiges)\s+)?(?:mål|delmål|effektmål|inriktningsmål|målområde|vision)\b[^:]{0,40}:\s*(\S.{3,})$/iu;

/** A present-tense statement of a desired state in a vision: not a question, not the vision describing itself. */
function isVisionStatement(text: string): boolean {
  if (text.endsWith('?') || text.endsWith(':') || isExplanatory(text) || wordCount(text) > MAX_HEADED_GOAL_WORDS) return false;
  if (VISION_HEADING.test(text) || !/^[\p{Lu}\d"”]/u.test(text)) return false;
  const clause = analyseClause(text);
  if (clause.verb < 0) return false;
  const verb = clause.tokens[clause.verb]!.lower;
  return isPresentTense(verb) && !DESCRIBING_VERBS.has(verb) && verb !== 'kan' && verb !== 'behöver' && verb !== 'måste';
}

const LABEL_LEVELS: Readonly<Record<string, GoalLevel>> = {
  Inriktning: 'inriktningsmål',
  Inriktningsmål: 'inriktningsmål',
  'Övergripande mål': 'inriktningsmål',
  'Strategiska mål': 'inriktningsmål',
  Mål: 'mål',
  Effektmål: 'mål',
  Resultatmål: 'mål',
  Verksamhetsmål: 'mål',
  Delmål: 'mål',
  Målsättning: 'mål',
  Målsättningar: 'mål',
  Vision: 'vision',
  Visionen: 'vision',
  Aktiviteter: 'aktivitet',
  Åtgärder: 'aktivitet',
  Strategier: 'aktivitet',
};

const MAX_GOAL_WORDS = 60;
const MAX_HEADED_GOAL_WORDS = 40;
/** a lead-in longer than this (in words) is not repeated in front of each item */
const MAX_EXPANDED_LEAD_IN_WORDS = 10;
/** items this short complete one sentence ("kännetecknas av: öppenhet, dialog och service"); longer ones are goals each */
const MAX_JOINED_ITEM_WORDS = 6;

const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

function lowerFirst(text: string): string {
  // keep acronyms and proper nouns written with two capitals ("CSR", "IT-området")
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Repairs what PDF extraction leaves in a goal's wording and gives it one final full stop. */
function tidy(text: string): string {
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/\bD (et|en|essa|etta)\b/g, 'D$1')
    .replace(/:\s+(\p{Lu}\p{Ll})/gu, (_, w: string) => ` ${w.toLowerCase()}`)
    .trim()
    .replace(/^[-–•*\s]+/u, '')
    .replace(/[\s:;,]+$/, '');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Joins list items as Swedish prose: "a, b och c". */
function joinItems(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

interface ListContext {
  leadIn: LeadIn;
  sectionIndex: number;
  label: string | null;
  /** the items stand on their own lines or paragraphs: the list ends at the first line that is not an item */
  lined: boolean;
}

/** A sentence without the heading glued to its front. */
interface Core {
  text: string;
  start: number;
}

/** The offset in `source` (from `start`) of the character at `index` of its whitespace-collapsed copy. */
function sourceOffset(source: string, start: number, index: number): number {
  let k = start;
  let seen = 0;
  let space = false;
  while (k < source.length && seen < index) {
    const isSpace = /\s/.test(source[k]!);
    if (!isSpace || !space) seen++;
    space = isSpace;
    k++;
  }
  while (k < source.length && /\s/.test(source[k]!)) k++;
  return k;
}

function coreOf(s: LocatedSentence, source: string): Core {
  const cut = s.bullet ? 0 : gluedHeadingEnd(s.text);
  return cut === 0 ? { text: s.text, start: s.start } : { text: s.text.slice(cut), start: sourceOffset(source, s.start, cut) };
}

const hasMainVerb = (text: string): boolean => analyseClause(text).verb >= 0;

/** a list whose items are goals as written */
const GOALS: LeadIn = { kind: 'goals', level: 'mål' };

/**
 * Whether a list item is a goal under its lead-in (null: a list with none, or no lead-in), and the goal's
 * wording and level. `actor` undefined: read it from the item.
 */
function itemGoal(text: string, lead: LeadIn | null, labelLevel: GoalLevel | undefined): { text: string; level: GoalLevel; actor?: Actor | null } | null {
  const words = wordCount(text);
  if (words > MAX_HEADED_GOAL_WORDS || isExplanatory(text) || text.endsWith('?')) return null;
  const commitment = commitmentOf(text);
  if (lead?.kind === 'examples') return commitment ? { text, level: 'mål' } : null;
  // areas phrased as outcomes ("Minskad energianvändning …") are goals; plain area names are not
  if (lead?.kind === 'areas') return commitment || isDesiredState(text, true) ? { text, level: 'mål' } : null;
  if (lead?.kind === 'goals') return words >= 2 ? { text, level: labelLevel ?? lead.level } : null;
  if (lead?.kind === 'expand' && (!lead.verbsOnly || opensWithAction(text))) {
    const short = wordCount(lead.text) <= MAX_EXPANDED_LEAD_IN_WORDS;
    return { text: short ? `${lead.text} ${lowerFirst(text.replace(/^att\s+/iu, ''))}` : text, level: lead.level, actor: lead.actor };
  }
  if (commitment) return { text, level: commitment.level };
  if (opensWithAction(text)) return { text, level: 'aktivitet' };
  // outside a goal list only an outcome counts ("Minskad energianvändning"), not any quality ("Hållbara transporter")
  if (isDesiredState(text, true)) return { text, level: labelLevel ?? 'mål' };
  return null;
}

export function extractGoals(structure: StructuredText, options: GoalOptions = {}): ExtractedGoal[] {
  const names = options.actorNames ?? [];
  const sentences = structure.sentences;
  const goals: ExtractedGoal[] = [];
  const add = (text: string, s: LocatedSentence, level: GoalLevel, actor: Actor | null, start = s.start, end = s.end, given?: MeasurableTarget): void => {
    const goalText = tidy(text);
    if (wordCount(goalText) < 2) return;
    const target = given ?? measurableTarget(goalText);
    goals.push({ text: goalText, actor, level, section: s.section, position: goals.length, start, end, measurable: target !== null, target });
  };
  /** the actor of a goal that stands without a lead-in: its subject, else its first one, two or three words ("Norrvik är …") */
  const actorOfText = (text: string): Actor | null => {
    const fromSubject = commitmentOf(text, names)?.actor;
    if (fromSubject) return fromSubject;
    const first = text.split(/\s+/);
    for (let n = 1; n <= 3; n++) {
      const actor = actorOf(first.slice(0, n).join(' '), names);
      if (actor) return actor;
    }
    return null;
  };

  let list: ListContext | null = null;
  /** the label run: true while every sentence since the inline label has been a goal */
  let runUnbroken = false;
  /** the last sentence outside a list was a goal: a list right after it (with no lead-in) holds its sub-goals */
  let afterGoal = false;

  const rows = new Map<number, IndicatorRow[]>();
  for (const row of indicatorRows(sentences, structure.source)) rows.set(row.first, [...(rows.get(row.first) ?? []), row]);
  const visionDocument = isVisionTitle((options.title ?? '').trim());

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const rowsHere = rows.get(i);
    if (rowsHere) {
      for (const row of rowsHere) add(row.text, s, 'mål', null, row.start, row.end, row.target);
      i = rowsHere[rowsHere.length - 1]!.last;
      continue;
    }
    const newSection = s.sectionIndex !== sentences[i - 1]?.sectionIndex;
    // "Mål 1: 30 000 invånare 2030": the heading itself states the section's goal
    const headed = newSection && s.section ? GOAL_HEADING.exec(s.section.trim()) : null;
    if (headed) {
      const at = structure.source.lastIndexOf(headed[1]!.trim().split(/\s+/)[0]!, s.start);
      add(headed[1]!, s, 'mål', null, at >= 0 ? at : s.start, at >= 0 ? at + headed[1]!.length : s.start);
    }
    const inVision = visionDocument || VISION_HEADING.test(s.section ?? '');
    if (list && (s.sectionIndex !== list.sectionIndex || s.label !== list.label)) list = null;
    if (list?.lined && !s.bullet && s.lineStart) list = null;
    if (!s.bullet && list) list = list.leadIn.kind === 'examples' || list.leadIn.kind === 'areas' ? null : list;
    if (s.labelDistance === 0) runUnbroken = true;
    const labelLevel = s.label ? LABEL_LEVELS[s.label] : undefined;
    const inGoalSection = s.labelSource === 'heading' && labelLevel !== undefined;
    const core = coreOf(s, structure.source);
    const text = core.text;
    const words = wordCount(text);
    const next = sentences[i + 1];
    const leadsList = text.endsWith(':') && next !== undefined && next.bullet && next.sectionIndex === s.sectionIndex;
    if (isFurniture(text)) {
      runUnbroken = false;
      continue;
    }

    // lead-ins (also a list item that leads in to a list of its own)
    if (leadsList) {
      const lead = leadInOf(text, names, labelLevel && (runUnbroken || inGoalSection) ? labelLevel : undefined);
      list = { leadIn: lead, sectionIndex: s.sectionIndex, label: s.label, lined: next?.lineStart ?? false };
      if (lead.kind === 'join') {
        const items: LocatedSentence[] = [];
        for (let k = i + 1; sentences[k]?.bullet; k++) items.push(sentences[k]!);
        if (items.every((it) => wordCount(it.text) <= MAX_JOINED_ITEM_WORDS)) {
          i += items.length;
          const itemText = joinItems(items.map((it) => lowerFirst(it.text.replace(/[.;,]$/, ''))));
          add(`${lead.text} ${itemText}`, s, lead.level, lead.actor, core.start, items[items.length - 1]!.end);
          list = null;
        } else {
          list.leadIn = { kind: 'expand', text: lead.text, verbsOnly: false, level: lead.level, actor: lead.actor };
        }
      } else if (lead.kind !== 'expand') {
        // "All upphandling ska följa de principer som är:", "Det ska vara möjligt att bo här, därför har vi valt fyra områden:"
        const own = commitmentOf(text.replace(/\s*:$/u, ''), names);
        if (own && own.kind !== 'intent' && own.kind !== 'procedure') add(text, s, own.level, own.actor, core.start);
      }
      afterGoal = false;
      continue;
    }

    if (s.bullet) {
      // under a goal or a vision with no lead-in of their own, items are its parts; a lower-case one is a broken line, not an item
      const implied = afterGoal || (inVision && /^[\p{Lu}\d]/u.test(text)) || (labelLevel && (inGoalSection ? s.labelBlock : runUnbroken));
      const goal = itemGoal(text, list?.leadIn ?? (implied ? GOALS : null), labelLevel);
      if (goal) add(goal.text, s, goal.level, goal.actor === undefined ? actorOfText(text) : goal.actor);
      continue;
    }
    afterGoal = false;

    if (isExplanatory(text) || words > MAX_GOAL_WORDS) {
      runUnbroken = false;
      continue;
    }

    // the sentence on its own
    const commitment = commitmentOf(text, names);
    if (commitment) {
      const inLabelRun = s.labelSource === 'inline' && labelLevel !== undefined && runUnbroken;
      const level = commitment.level === 'vision' ? 'vision' : inLabelRun || inGoalSection ? labelLevel! : commitment.level;
      add(text, s, level, commitment.actor, core.start);
      // a goal that heads a list ("År 2030 är länet …" over its sub-goals), not any goal before any list
      afterGoal = commitment.kind === 'future-state' || (s.lineStart && !/[.!]$/u.test(text) && words <= 20);
      continue;
    }

    // where it stands: right after a goal label, or in the first block under a goal heading
    const inHeadingBlock = inGoalSection && s.labelBlock && words <= MAX_HEADED_GOAL_WORDS;
    const labelled = labelLevel !== undefined && (s.labelDistance === 0 || inHeadingBlock);
    if (labelled && !text.endsWith('?')) {
      add(text, s, labelLevel!, actorOfText(text), core.start);
      afterGoal = s.lineStart && !/[.!]$/u.test(text) && words <= 20;
      continue;
    }
    if (inVision && isVisionStatement(text)) {
      add(text, s, 'vision', actorOfText(text), core.start);
      continue;
    }
    if (/^att\s/iu.test(text) && opensWithAction(text) && words <= MAX_HEADED_GOAL_WORDS && !hasMainVerb(text)) {
      // "Att bidra till marknadsföringen av kommunen." — an aim written as an infinitive phrase
      add(text, s, 'mål', null, core.start);
      continue;
    }
    runUnbroken = false;
  }
  return goals;
}
