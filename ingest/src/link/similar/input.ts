import type { ThemeTag } from '@strategigrafen/schema';
import type { GoalInput } from './collector.js';
import { goalTerms } from './terms.js';

/** A goal as text, the way the linker, the evaluation and "goals like my draft" hand it to the engine. */
export interface GoalText {
  id: string;
  text: string;
  /** publisher keys; goals sharing one are never linked */
  owners: readonly string[];
  themes?: readonly Pick<ThemeTag, 'id' | 'weight'>[];
  /** the heading of the section the goal stands in */
  section?: string | null;
  /** the goal's document, and that document's themes: context, weaker evidence than the goal's own words */
  document?: string | null;
  documentThemes?: readonly Pick<ThemeTag, 'id' | 'weight'>[];
}

/** The engine's input for a goal: its index terms and those of its section heading. */
export function goalInput(goal: GoalText): GoalInput & { words: Array<[string, string]> } {
  const { terms, words, compounds, polarity } = goalTerms(goal.text);
  return {
    id: goal.id,
    owners: goal.owners,
    terms,
    context: goal.section ? goalTerms(goal.section).terms : undefined,
    themes: goal.themes,
    document: goal.document,
    documentThemes: goal.documentThemes,
    words,
    compounds,
    polarity,
  };
}
