import type { AnalysedGoal, GoalLevel } from '@strategigrafen/schema';
import type { LocatedSentence, StructuredText } from '../text/structure.js';
import { actorOf, type Actor } from './actors.js';
import { deonticSubject, goalListLevel, goalPhrase, hasModalSubject, isExplanatory, startsWithVerb, words } from './clauses.js';
import { measurableTarget } from './targets.js';

/**
 * Goal extraction: which sentences of a strategy document state what the municipality (or one of
 * its units) shall achieve or do. Precision matters more than recall: strategy documents mix
 * goals with explanations, and an explanation taken for a goal misleads every comparison.
 *
 * A sentence is a goal when one of these rules holds, and it is not explanatory (below):
 *
 *  1. Label: it stands right after an inline goal label — "Inriktning:", "Inriktningsmål:", "Mål:",
 *     "Effektmål:", "Vision:" … — or continues an unbroken run of goals after it; or it is in the first
 *     block under a goal heading ("Mål", "3.2 Effektmål"; the heading's first paragraph and the list
 *     that follows on from it) and has at most 40 words. Elsewhere in a goal heading's section a
 *     sentence needs the deontic form of rule 2, but not an actor ("Antalet gästnätter ska öka …").
 *     Its level comes from the label.
 *  2. Deontic: its main clause has "ska", "skall", "bör" or "vill" after a subject that names an
 *     actor of the municipality (see actors.ts): "Näringslivsenheten ska aktivt samverka …".
 *     The subject is everything before the verb and must be a plain noun phrase: at most 15 words,
 *     no subordinate clause ("som", "att", "där" …), not a bare pronoun ("Det ska framgå …",
 *     "Man ska vara effektiv …"). Level "mål".
 *     Without an actor, the sentence is a goal only when it commits to a number: a ranking, a
 *     percentage or a count ("Andelen … ska öka till 40 procent senast 2030", "Befolkningen ska öka
 *     till 20 000 invånare") or a bound ("ska vara högst 10 dagar", "ska uppgå till minst 80");
 *     its subject may then carry a relative clause ("Andelen företag som arbetar … ska öka …").
 *  3. Goal phrase: "Ambitionen/Målet/Målsättningen/Visionen är att …", "X har en vision att …",
 *     with an actor or no subject at all before it. Level "vision" for visions, else "mål".
 *  4. Lists. A sentence ending in a colon leads in to the list items right after it — bullets or
 *     numbers run together ("X ska: - Ta … - Stimulera …"), one item per line, or one per paragraph
 *     (see text/lines.ts for how unmarked items are found):
 *     - "X ska:" / "X vill:" / "Vi ska:": each item that starts with a verb (an infinitive: "Ta",
 *       "Stimulera", "Förbättra" …) becomes its own goal, "X ska ta …", level "aktivitet";
 *     - "X ska verka för att:": every item becomes "X ska verka för att <item>", level "aktivitet";
 *     - "X ska kännetecknas av:" (the lead-in does not end in the verb): the items complete one goal,
 *       "X ska kännetecknas av öppenhet, delaktighet och serviceanda.";
 *     - "Kommunen har tre mål:", "Mål:" and items right under a goal heading: each item is a goal as
 *       written, even without "ska" ("Fler unga i arbete."), at the level of the label or heading;
 *     - "Exempel på aktiviteter:" and other explanatory lead-ins: the items are examples, not goals;
 *     - any other lead-in ("Näringslivsrådet består av:"): each item is judged by rules 2 and 3 alone.
 *     Items that do not fit the lead-in ("- Effektivitet" after "X ska:") are judged by rules 2 and 3.
 *     The X must name an actor, or stand under a goal label. A list whose items run together in the
 *     text (as PDF extraction leaves them) goes on across interleaved explanations until the next
 *     lead-in, label or section; a list of lines or paragraphs ends at the first line that is not
 *     an item.
 *
 * Explanatory, never a goal: sentences opening with "Det/Detta/Dessa … betyder/innebär/handlar/
 * kan/finns/gäller/är", "Syftet", "Här", "I detta", "Genom", "Exempel", "Förklaring"; sentences
 * with only "kommer att", "behöver", "kan" or "skulle"; statements of fact.
 */
export type ExtractedGoal = Omit<AnalysedGoal, 'themes'>;

export interface GoalOptions {
  /** names that stand for the document's own municipality or organisation ("Lerum", "Region Gävleborg") */
  actorNames?: readonly string[];
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
};

const MAX_HEADED_GOAL_WORDS = 40;
/** a bound on a quantity: "minst 80", "högst 10 dagar", "understiga 45 minuter" */
const BOUND = /(?<!\p{L})(?:minst|högst|understiga|överstiga|uppgå till|öka till|minska till|öka med|minska med)\s+\d/iu;

/** The sentence commits to a number (rule 2 without an actor). */
function isQuantified(text: string): boolean {
  if (BOUND.test(text)) return true;
  const target = measurableTarget(text);
  return target !== null && target.kind !== 'deadline';
}

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
    .replace(/[\s:;,]+$/, '');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Joins list items as Swedish prose: "a, b och c". */
function joinItems(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** What the items of the current list are, from its lead-in. */
type ListKind =
  /** "X ska:" (verbsOnly), "X ska verka för att:", "Målet är att:" — each item completes the lead-in */
  | { kind: 'expand'; leadIn: string; verbsOnly: boolean; level: GoalLevel; actor: Actor | null }
  /** "Kommunen har tre mål:" — each item is a goal as written */
  | { kind: 'goals'; level: GoalLevel }
  /** "Exempel på aktiviteter:" — no item is a goal */
  | { kind: 'examples' }
  /** any other lead-in — each item is judged on its own */
  | { kind: 'plain' };

type ListContext = ListKind & {
  sectionIndex: number;
  label: string | null;
  /** the items stand on their own lines or paragraphs: the list ends at the first line that is not an item */
  lined: boolean;
};

export function extractGoals(structure: StructuredText, options: GoalOptions = {}): ExtractedGoal[] {
  const names = options.actorNames ?? [];
  const sentences = structure.sentences;
  const goals: ExtractedGoal[] = [];
  const add = (text: string, s: LocatedSentence, level: GoalLevel, actor: Actor | null, start = s.start, end = s.end): void => {
    const goalText = tidy(text);
    const target = measurableTarget(goalText);
    goals.push({
      text: goalText,
      actor,
      level,
      section: s.section,
      position: goals.length,
      start,
      end,
      measurable: target !== null,
      target,
    });
  };
  /** the actor of a goal that stands without a lead-in: its deontic subject, else its first one, two or three words ("Norrvik är …") */
  const actorOfGoal = (text: string): Actor | null => {
    const deontic = deonticSubject(text, names);
    if (deontic) return deontic.actor;
    const first = words(text);
    for (let n = 1; n <= 3; n++) {
      const actor = actorOf(first.slice(0, n).join(' '), names);
      if (actor) return actor;
    }
    return null;
  };
  const isGoalItem = (text: string): boolean => words(text).length <= MAX_HEADED_GOAL_WORDS && !isExplanatory(text);

  let list: ListContext | null = null;
  /** the label run: true while every sentence since the inline label has been a goal */
  let runUnbroken = false;

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = s.text;
    if (list && (s.sectionIndex !== list.sectionIndex || s.label !== list.label)) list = null;
    if (list?.lined && !s.bullet && s.lineStart) list = null;
    if (s.labelDistance === 0) runUnbroken = true;
    const labelLevel = s.label ? LABEL_LEVELS[s.label] : undefined;
    const inGoalSection = s.labelSource === 'heading' && labelLevel !== undefined;

    // rule 4: list items
    if (s.bullet && list) {
      if (list.kind === 'examples') continue;
      if (list.kind === 'goals' && isGoalItem(text)) {
        add(text, s, list.level, actorOfGoal(text));
        continue;
      }
      if (list.kind === 'expand' && (!list.verbsOnly || startsWithVerb(text))) {
        add(`${list.leadIn} ${lowerFirst(text)}`, s, list.level, list.actor);
        continue;
      }
      // an item that does not fit its lead-in is judged on its own below
    } else if (s.bullet && labelLevel && (inGoalSection ? s.labelBlock : runUnbroken) && isGoalItem(text)) {
      add(text, s, labelLevel, actorOfGoal(text));
      continue;
    }
    const isListItem = s.bullet && list !== null;

    const next = sentences[i + 1];
    const leadsList = text.endsWith(':') && next !== undefined && next.bullet && next.sectionIndex === s.sectionIndex;
    const listOf = (kind: ListKind): ListContext => ({ ...kind, sectionIndex: s.sectionIndex, label: s.label, lined: next?.lineStart ?? false });

    if (isExplanatory(text)) {
      runUnbroken = false;
      if (leadsList) list = listOf({ kind: 'examples' });
      continue;
    }

    const deontic = deonticSubject(text, names);
    const phrase = deontic ? null : goalPhrase(text, names);

    // rule 4: lead-ins
    if (deontic?.leadIn && (deontic.actor !== null || labelLevel)) {
      list = null;
      if (!leadsList) continue; // a lead-in with nothing to lead in to is no goal either
      const leadIn = text.replace(/\s*:$/, '');
      if (deontic.leadIn !== 'join') {
        list = listOf({ kind: 'expand', leadIn, verbsOnly: deontic.leadIn === 'verbs', level: 'aktivitet', actor: deontic.actor });
        continue;
      }
      const items: LocatedSentence[] = [];
      while (sentences[i + 1]?.bullet) items.push(sentences[++i]!);
      const itemText = joinItems(items.map((it) => lowerFirst(it.text.replace(/[.;,]$/, ''))));
      const level = labelLevel && (runUnbroken || inGoalSection) ? labelLevel : 'mål';
      add(`${leadIn} ${itemText}`, s, level, deontic.actor, s.start, items[items.length - 1]!.end);
      continue;
    }
    if (leadsList) {
      const goalList = goalListLevel(text);
      if (phrase && /att\s*:$/u.test(text)) {
        list = listOf({ kind: 'expand', leadIn: text.replace(/\s*:$/, ''), verbsOnly: false, level: phrase.level, actor: phrase.actor });
      } else {
        list = listOf(goalList ? { kind: 'goals', level: goalList } : { kind: 'plain' });
      }
      continue;
    }

    // rules 1–3
    const inLabelRun = s.labelSource === 'inline' && labelLevel !== undefined && runUnbroken;
    const inHeadingBlock = inGoalSection && s.labelBlock && words(text).length <= MAX_HEADED_GOAL_WORDS;
    const labelled = labelLevel !== undefined && !isListItem && (s.labelDistance === 0 || inHeadingBlock);

    if (deontic && deontic.actor !== null) {
      add(text, s, inLabelRun || inGoalSection ? labelLevel! : 'mål', deontic.actor);
    } else if (phrase) {
      add(text, s, phrase.level === 'vision' ? 'vision' : inLabelRun ? labelLevel! : phrase.level, phrase.actor);
    } else if (labelled) {
      add(text, s, labelLevel!, actorOfGoal(text));
    } else if (deontic && inGoalSection) {
      add(text, s, labelLevel!, null);
    } else if ((deontic || hasModalSubject(text)) && isQuantified(text)) {
      add(text, s, inLabelRun ? labelLevel! : 'mål', null);
    } else {
      runUnbroken = false;
    }
  }
  return goals;
}
