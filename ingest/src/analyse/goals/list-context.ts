/**
 * The list a sentence stands in: the lead-in that opened it (lead-ins.ts) decides what its items are —
 * "X ska:" items expand to "X ska <item>", "Kommunen har tre mål:" items are goals as written, short items
 * of "… kännetecknas av:" join into one sentence, "Exempel på …:" items are none. A list with no lead-in
 * of its own holds goals when a goal, a goal label or heading, or a vision stands right above it.
 */
import type { GoalLevel } from '@strategigrafen/schema';
import type { LocatedSentence } from '../text/structure.js';
import type { Actor } from './actors.js';
import { commitmentOf, isExplanatory } from './commitment.js';
import type { Core } from './glued-heading.js';
import { lowerFirst, MAX_HEADED_GOAL_WORDS, wordCount, type FoundGoal } from './goal-text.js';
import { isDesiredState, opensWithAction } from './items.js';
import { continuesInItems, leadInOf, withoutLeadMark, type LeadIn } from './lead-ins.js';
import { actorOfText, itemOnItsOwn, type Place } from './sentence-goal.js';

/** a lead-in longer than this (in words) is not repeated in front of each item */
const MAX_EXPANDED_LEAD_IN_WORDS = 10;
/** items this short complete one sentence ("kännetecknas av: öppenhet, dialog och service"); longer ones are goals each */
const MAX_JOINED_ITEM_WORDS = 6;

/** a list whose items are goals as written */
const GOALS: LeadIn = { kind: 'goals', level: 'mål' };

interface OpenList {
  leadIn: LeadIn;
  sectionIndex: number;
  label: string | null;
  /** the items stand on their own lines or paragraphs: the list ends at the first line that is not an item */
  lined: boolean;
}

/** Joins list items as Swedish prose: "a, b och c". */
function joinItems(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** A sentence ending in a colon (or in an ellipsis that its items go on from) with list items right after it, in the same section. */
export function leadsList(text: string, s: LocatedSentence, next: LocatedSentence | undefined): boolean {
  return (text.endsWith(':') || continuesInItems(text)) && next !== undefined && next.bullet && next.sectionIndex === s.sectionIndex;
}

/**
 * Whether a list item is a goal under its lead-in (null: a list with none, or no lead-in), and the goal's
 * wording and level. `actor` undefined: read it from the item.
 */
function itemGoal(text: string, lead: LeadIn | null, labelLevel: GoalLevel | undefined): { text: string; level: GoalLevel; actor?: Actor | null } | null {
  const words = wordCount(text);
  // listed as a goal, an existential "Det finns …" states the condition aimed at, not an explanation
  const stated = lead?.kind === 'goals' && /^det finns\s/iu.test(text);
  if (words > MAX_HEADED_GOAL_WORDS || (isExplanatory(text) && !stated) || text.endsWith('?')) return null;
  if (lead?.kind === 'reported') return null;
  if (lead?.kind === 'examples') return commitmentOf(text) ? { text, level: 'mål' } : null;
  // areas phrased as outcomes ("Minskad energianvändning …") are goals; plain area names are not
  if (lead?.kind === 'areas') return commitmentOf(text) || isDesiredState(text, true) ? { text, level: 'mål' } : null;
  if (lead?.kind === 'goals') return words >= 2 ? { text, level: labelLevel ?? lead.level } : null;
  if (lead?.kind === 'expand' && (!lead.verbsOnly || opensWithAction(text))) {
    const short = wordCount(lead.text) <= MAX_EXPANDED_LEAD_IN_WORDS;
    return { text: short ? `${lead.text} ${lowerFirst(text.replace(/^att\s+/iu, ''))}` : text, level: lead.level, actor: lead.actor };
  }
  const own = itemOnItsOwn(text, labelLevel);
  return own ? { text, level: own.level } : null;
}

export class ListContext {
  private list: OpenList | null = null;
  /** the last sentence outside a list was a goal: a list right after it (with no lead-in) holds its sub-goals */
  private afterGoal = false;

  constructor(private readonly names: readonly string[]) {}

  /** Closes the open list where `s` no longer continues it. */
  follow(s: LocatedSentence): void {
    if (this.list && (s.sectionIndex !== this.list.sectionIndex || s.label !== this.list.label)) this.list = null;
    if (this.list?.lined && !s.bullet && s.lineStart) this.list = null;
    // lists of examples, areas and other levels' goals end at the first sentence that is not an item; others run on past it
    if (!s.bullet && this.list) this.list = ['examples', 'areas', 'reported'].includes(this.list.leadIn.kind) ? null : this.list;
  }

  /** Whether the last sentence outside a list was a goal that heads the list after it. */
  afterSentence(headsList: boolean): void {
    this.afterGoal = headsList;
  }

  /**
   * Opens the list the lead-in `sentences[i]` (with `core` its text) announces. Returns the goal the lead-in
   * makes — its items joined into it, or its own commitment — and how many items it took in.
   */
  open(sentences: readonly LocatedSentence[], i: number, core: Core, place: Place): { goal: FoundGoal | null; consumed: number } {
    const s = sentences[i]!;
    const { text } = core;
    const { labelLevel } = place;
    const lead = leadInOf(text, this.names, labelLevel && (place.runUnbroken || place.inGoalSection) ? labelLevel : undefined);
    const list: OpenList = { leadIn: lead, sectionIndex: s.sectionIndex, label: s.label, lined: sentences[i + 1]?.lineStart ?? false };
    this.list = list;
    this.afterGoal = false;
    const items: LocatedSentence[] = [];
    for (let k = i + 1; sentences[k]?.bullet; k++) items.push(sentences[k]!);
    if (lead.kind === 'join') {
      if (items.every((it) => wordCount(it.text) <= MAX_JOINED_ITEM_WORDS)) {
        this.list = null;
        const itemText = joinItems(items.map((it) => lowerFirst(it.text.replace(/[.;,]$/, ''))));
        const goal = { text: `${lead.text} ${itemText}`, level: lead.level, actor: lead.actor, start: core.start, end: items[items.length - 1]!.end };
        return { goal, consumed: items.length };
      }
      list.leadIn = { kind: 'expand', text: lead.text, verbsOnly: false, level: lead.level, actor: lead.actor };
    } else if (lead.kind === 'expand' && lead.verbsOnly) {
      // "Folkhälsoarbetet ska utgå från fem arenor:" + areas: no item goes on from it, so the lead-in is the goal
      const own = items.some((it) => opensWithAction(it.text)) ? null : commitmentOf(withoutLeadMark(text), this.names);
      if (own && own.kind === 'modal' && own.clause.tokens.length > own.clause.verb + 2) return { goal: { text, level: own.level, actor: own.actor, start: core.start, end: s.end }, consumed: 0 };
    } else if (lead.kind !== 'expand') {
      // "All upphandling ska följa de principer som är:", "Det ska vara möjligt att bo här, därför har vi valt fyra områden:"
      const own = commitmentOf(withoutLeadMark(text), this.names);
      if (own && own.kind !== 'intent' && own.kind !== 'procedure') return { goal: { text, level: own.level, actor: own.actor, start: core.start, end: s.end }, consumed: 0 };
    }
    return { goal: null, consumed: 0 };
  }

  /** The goal list item `s` (with `text` its wording) states where it stands, or null. */
  item(text: string, s: LocatedSentence, place: Place): FoundGoal | null {
    const { labelLevel } = place;
    // under a goal or a vision with no lead-in of their own, items are its parts; a lower-case one is a broken line, not an item
    const implied = this.afterGoal || (place.inVision && /^[\p{Lu}\d]/u.test(text)) || (labelLevel && (place.inGoalSection ? s.labelBlock : place.runUnbroken));
    const goal = itemGoal(text, this.list?.leadIn ?? (implied ? GOALS : null), labelLevel);
    if (!goal) return null;
    return { text: goal.text, level: goal.level, actor: goal.actor === undefined ? actorOfText(text, this.names) : goal.actor, start: s.start, end: s.end };
  }
}
