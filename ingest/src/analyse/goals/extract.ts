import type { AnalysedGoal, GoalLevel } from '@strategigrafen/schema';
import type { LocatedSentence, StructuredText } from '../text/structure.js';
import { actorOf, type Actor } from './actors.js';
import { measurableTarget } from './targets.js';

/**
 * Goal extraction: which sentences of a strategy document state what the municipality (or one of
 * its units) shall achieve or do. Precision matters more than recall: strategy documents mix
 * goals with explanations, and an explanation taken for a goal misleads every comparison.
 *
 * A sentence is a goal when one of these rules holds, and it is not explanatory (below):
 *
 *  1. Label: it stands right after a goal label — "Inriktning:", "Inriktningsmål:", "Mål:",
 *     "Effektmål:", "Vision:" … — or continues an unbroken run of goals after it; or it stands
 *     in a section headed by such a label ("Mål", "3.2 Effektmål") and has at most 40 words.
 *     Its level comes from the label.
 *  2. Deontic: its main clause has "ska", "skall", "bör" or "vill" after a subject that names an
 *     actor of the municipality (see actors.ts): "Näringslivsenheten ska aktivt samverka …".
 *     The subject is everything before the verb and must be a plain noun phrase: at most 15 words,
 *     no subordinate clause ("som", "att", "där" …), not a bare pronoun ("Det ska framgå …",
 *     "Man ska vara effektiv …"). Level "mål".
 *  3. Goal phrase: "Ambitionen/Målet/Målsättningen/Visionen är att …", "X har en vision att …",
 *     with an actor or no subject at all before it. Level "vision" for visions, else "mål".
 *  4. Lead-in: "X ska:" followed by bullets. Each bullet that starts with a verb (an infinitive:
 *     "Ta", "Stimulera", "Förbättra" …) becomes its own goal, "X ska ta …", level "aktivitet".
 *     The list goes on across interleaved explanations until the next lead-in, label or section;
 *     bullets that are not verb phrases ("- Effektivitet") are skipped. A lead-in that does not end
 *     in the verb ("X ska kännetecknas av:") takes its directly following bullets as one goal:
 *     "X ska kännetecknas av öppenhet, delaktighet och serviceanda."
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

const MODAL = /(^|\s)(ska|skall|bör|vill)(?=\s|:|$)/iu;
const GOAL_PHRASE = /\b(ambitionen|ambition|målet|målsättningen|målbilden|visionen|vision)(?: är| om)? att\b/iu;
const HAS_GOAL_NOUN = /(?<!\p{L})(?:har|är)\s+(?:en|som)\s+(vision|ambition|målsättning|målbild)\s+(?:att|om att)\b/iu;
const SUBORDINATE = /(?:^|\s)(?:som|att|när|om|där|eftersom|vilket|vilka|då|medan|innan|sedan|fast|trots|därför|varför|hur|vad)(?:\s|$)/iu;
const BARE_PRONOUN = /^(?:det|detta|dessa|denna|den|de|man|här|där|vilket|alla|något|någon)$/iu;
const EXPLANATORY_OPENING =
  /^(?:(?:det|detta|dessa|denna)\s+(?:betyder|innebär|handlar|kan|finns|gäller|är|var|blir|ska\s+gå|behöver)|syftet|här\b|i detta|genom\b|exempel|förklaring|för att kunna)/iu;
/** Infinitives that do not end in -a ("nå", "gå" …); other infinitives do. */
const SHORT_INFINITIVES = new Set(['gå', 'nå', 'få', 'se', 'bo', 'ge', 'ha', 'bli', 'stå', 'dra', 'slå', 'tro', 'må', 'så']);
const MAX_SUBJECT_WORDS = 15;
const MAX_HEADED_GOAL_WORDS = 40;

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

function isExplanatory(text: string): boolean {
  return EXPLANATORY_OPENING.test(text.trim());
}

/** "Ta initiativ …", "Stimulera …", "Främja …": the first word looks like an infinitive. */
function startsWithVerb(item: string): boolean {
  const first = (words(item)[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return first.length > 1 && (first.endsWith('a') || SHORT_INFINITIVES.has(first));
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

interface Deontic {
  subject: string;
  actor: Actor | null;
  /** the modal is the last word before a colon: "Förvaltningen ska:" */
  leadsVerbList: boolean;
}

/** Rule 2's test: a modal in the main clause after a plain subject. */
function deonticSubject(text: string, names: readonly string[]): Deontic | null {
  const m = MODAL.exec(text);
  if (!m) return null;
  const subject = text.slice(0, m.index).trim().replace(/,$/, '');
  if (!subject || words(subject).length > MAX_SUBJECT_WORDS) return null;
  if (SUBORDINATE.test(subject) || BARE_PRONOUN.test(subject)) return null;
  const verb = m[2]!.toLowerCase();
  const actor = actorOf(subject, names);
  if (verb === 'vill' && actor === null) return null;
  const after = text.slice(m.index + m[0].length);
  return { subject, actor, leadsVerbList: /^\s*:\s*$/.test(after) };
}

/** Rule 3's test: "Ambitionen är att …", "Lerums kommun har en vision att …". */
function goalPhrase(text: string, names: readonly string[]): { level: GoalLevel; actor: Actor | null } | null {
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

interface ListContext {
  leadIn: string;
  actor: Actor | null;
  sectionIndex: number;
  label: string | null;
}

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

  let list: ListContext | null = null;
  /** the label run: true while every sentence since the inline label has been a goal */
  let runUnbroken = false;

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = s.text;
    if (list && (s.sectionIndex !== list.sectionIndex || s.label !== list.label)) list = null;
    if (s.labelDistance === 0) runUnbroken = true;
    const labelLevel = s.label ? LABEL_LEVELS[s.label] : undefined;

    if (s.bullet) {
      if (list) {
        if (startsWithVerb(text)) add(`${list.leadIn} ${lowerFirst(text)}`, s, 'aktivitet', list.actor);
      } else if (s.labelSource === 'heading' && labelLevel && words(text).length <= MAX_HEADED_GOAL_WORDS && !isExplanatory(text)) {
        add(text, s, labelLevel, deonticSubject(text, names)?.actor ?? null);
      }
      continue;
    }
    if (isExplanatory(text)) {
      runUnbroken = false;
      continue;
    }

    const deontic = deonticSubject(text, names);
    const phrase = deontic ? null : goalPhrase(text, names);
    const isLeadIn = text.trimEnd().endsWith(':');

    // rule 4: lead-ins
    if (isLeadIn && deontic && (deontic.actor !== null || labelLevel)) {
      const leadIn = text.trimEnd().replace(/\s*:$/, '');
      if (deontic.leadsVerbList) {
        list = { leadIn, actor: deontic.actor, sectionIndex: s.sectionIndex, label: s.label };
        continue;
      }
      list = null;
      const items: LocatedSentence[] = [];
      while (sentences[i + 1]?.bullet) items.push(sentences[++i]!);
      if (items.length > 0) {
        const itemText = joinItems(items.map((it) => lowerFirst(it.text.replace(/[.;,]$/, ''))));
        const level = labelLevel && runUnbroken ? labelLevel : 'mål';
        add(`${leadIn} ${itemText}`, s, level, deontic.actor, s.start, items[items.length - 1]!.end);
      }
      continue;
    }

    // rule 1: labels
    const inLabelRun = s.labelSource === 'inline' && labelLevel !== undefined && runUnbroken;
    const underGoalHeading =
      s.labelSource === 'heading' && labelLevel !== undefined && words(text).length <= MAX_HEADED_GOAL_WORDS;
    const labelled = labelLevel !== undefined && (s.labelDistance === 0 || underGoalHeading);

    if (deontic && deontic.actor !== null) {
      add(text, s, inLabelRun || underGoalHeading ? labelLevel! : 'mål', deontic.actor);
    } else if (phrase) {
      add(text, s, phrase.level === 'vision' ? 'vision' : inLabelRun ? labelLevel! : phrase.level, phrase.actor);
    } else if (labelled) {
      add(text, s, labelLevel!, deontic?.actor ?? actorOf(words(text).slice(0, 3).join(' '), names));
    } else {
      runUnbroken = false;
    }
  }
  return goals;
}
