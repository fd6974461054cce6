import { THEMES, type Theme } from './themes.js';

export { THEMES, type Theme } from './themes.js';

export const THEME_IDS: readonly string[] = THEMES.map((t) => t.id);

const BY_ID: ReadonlyMap<string, Theme> = new Map(THEMES.map((t) => [t.id, t]));

/** The theme with this id, or undefined. */
export function findTheme(id: string): Theme | undefined {
  return BY_ID.get(id);
}

/** The theme with this id; throws naming the id when the taxonomy has no such theme. */
export function getTheme(id: string): Theme {
  const theme = BY_ID.get(id);
  if (!theme) throw new Error(`Unknown theme id "${id}"; known ids: ${THEME_IDS.join(', ')}`);
  return theme;
}

/** The theme's ancestors, nearest first (empty for a top-level theme). */
export function themeAncestors(id: string): Theme[] {
  const ancestors: Theme[] = [];
  let parentId = getTheme(id).parentId;
  while (parentId !== null) {
    const parent = getTheme(parentId);
    ancestors.push(parent);
    parentId = parent.parentId;
  }
  return ancestors;
}

/** The direct subthemes of a theme. */
export function subthemes(id: string): Theme[] {
  return THEMES.filter((t) => t.parentId === id);
}
