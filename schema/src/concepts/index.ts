/**
 * The concept layer: a Swedish thesaurus of municipal strategy concepts with broader/narrower links and
 * links to the theme taxonomy. See concepts.ts for the data and concept.ts for the shape of a concept.
 */
import { findTheme, subthemes } from '../taxonomy/index.js';
import { CONCEPTS, type Concept } from './concepts.js';

export { CONCEPTS, type Concept } from './concepts.js';

export const CONCEPT_IDS: readonly string[] = /* @__PURE__ */ CONCEPTS.map((c) => c.id);

/** Lookup tables, built on first use so that a bundle that never asks for concepts can drop the data. */
let byId: ReadonlyMap<string, Concept> | undefined;
let narrower: ReadonlyMap<string, readonly Concept[]> | undefined;

function conceptById(): ReadonlyMap<string, Concept> {
  byId ??= new Map(CONCEPTS.map((c) => [c.id, c]));
  return byId;
}

function narrowerById(): ReadonlyMap<string, readonly Concept[]> {
  if (!narrower) {
    const map = new Map<string, Concept[]>();
    for (const concept of CONCEPTS) {
      if (concept.broader === null) continue;
      const siblings = map.get(concept.broader);
      if (siblings) siblings.push(concept);
      else map.set(concept.broader, [concept]);
    }
    narrower = map;
  }
  return narrower;
}

/** The concept with this id, or undefined. */
export function findConcept(id: string): Concept | undefined {
  return conceptById().get(id);
}

/** The concept with this id; throws naming the id when the thesaurus has no such concept. */
export function getConcept(id: string): Concept {
  const concept = conceptById().get(id);
  if (!concept) throw new Error(`Unknown concept id "${id}"`);
  return concept;
}

/** The concept's broader concepts, nearest first (empty for a top concept); throws for an unknown id. */
export function conceptAncestors(id: string): Concept[] {
  const ancestors: Concept[] = [];
  const seen = new Set<string>([id]);
  let broader = getConcept(id).broader;
  while (broader !== null) {
    if (seen.has(broader)) throw new Error(`Concept hierarchy has a cycle through "${broader}"`);
    seen.add(broader);
    const parent = getConcept(broader);
    ancestors.push(parent);
    broader = parent.broader;
  }
  return ancestors;
}

/** The concepts directly narrower than this one (empty for a leaf or an unknown id). */
export function narrowerConcepts(id: string): Concept[] {
  return [...(narrowerById().get(id) ?? [])];
}

/**
 * The concepts that list this theme among their themes. With `includeSubthemes`, also those under the
 * theme's subthemes (at any depth), each once. Throws for an unknown theme id.
 */
export function conceptsOfTheme(themeId: string, options: { includeSubthemes?: boolean } = {}): Concept[] {
  if (!findTheme(themeId)) throw new Error(`Unknown theme id "${themeId}"`);
  const themeIds = new Set<string>([themeId]);
  if (options.includeSubthemes) {
    const queue = [themeId];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const sub of subthemes(next)) {
        if (!themeIds.has(sub.id)) {
          themeIds.add(sub.id);
          queue.push(sub.id);
        }
      }
    }
  }
  return CONCEPTS.filter((c) => c.themes.some((t) => themeIds.has(t)));
}

/** All Swedish labels of a concept: the preferred label first, then the alternative labels. */
export function conceptLabelsSv(concept: Concept): string[] {
  return [concept.prefLabelSv, ...concept.altLabels];
}
