/**
 * The concepts a text mentions, from the thesaurus in schema/src/concepts: each label match names its
 * concept and, through the thesaurus's broader links, the concepts above it ("fiber" → broadband →
 * digital infrastructure), so that two goals about the same thing in different words meet. Labels are
 * matched like theme terms (themes/matcher.ts): in any inflection, inside compounds, and a two-word label
 * also the other way round with a preposition between ("utbyggnad av fiber").
 */
import { CONCEPTS, type Concept } from '@strategigrafen/schema';
import { compileThemeMatcher, matchThemes, type ThemeMatcher } from '../themes/matcher.js';

export interface ConceptMention {
  /** the words of the text that name the concept, as written */
  surface: string;
  /** the concept and its broader concepts, nearest first */
  concepts: string[];
}

/** broader concepts are evidence too, but only this far up: the top of the hierarchy joins everything */
const MAX_BROADER = 2;

let matcher: ThemeMatcher | undefined;
let lineage: Map<string, string[]> | undefined;

function conceptLineage(concepts: readonly Concept[]): Map<string, string[]> {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const lines = new Map<string, string[]>();
  for (const concept of concepts) {
    const line = [concept.id];
    let broader = concept.broader;
    while (broader && line.length <= MAX_BROADER && !line.includes(broader)) {
      line.push(broader);
      broader = byId.get(broader)?.broader ?? null;
    }
    lines.set(concept.id, line);
  }
  return lines;
}

export function conceptsIn(text: string): ConceptMention[] {
  matcher ??= compileThemeMatcher(CONCEPTS.map((c) => ({ id: c.id, terms: [c.prefLabelSv, ...c.altLabels] })));
  lineage ??= conceptLineage(CONCEPTS);
  return matchThemes(text, matcher).map((m) => ({ surface: m.surface, concepts: lineage!.get(m.themeId) ?? [m.themeId] }));
}

/** The concepts a goal names itself (not their broader ones), in order of first mention. */
export function conceptIds(text: string): string[] {
  return [...new Set(conceptsIn(text).map((m) => m.concepts[0]!))];
}
