/**
 * The theme taxonomy as the API holds it, and the helpers every domain uses on it: a theme with its
 * subthemes, stored theme tags with their themes. Apart from the theme service, so that the domains
 * that tag things with themes do not depend on it (nor it on them).
 */
import type { Theme, ThemeTag } from './theme.type.js';

/** A theme id with the ids of all its subthemes, for filters that include subthemes (an unknown id matches nothing). */
export function withSubthemes(taxonomy: Taxonomy, id: string): string[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) {
    for (const theme of taxonomy.values()) if (theme.parentId === ids[i] && !ids.includes(theme.id)) ids.push(theme.id);
  }
  return ids;
}

/** A theme tag as stored on ADDRESSES/ABOUT. */
export interface StoredTag {
  themeId: string;
  weight: number | null;
  terms: string[] | null;
}

/** Stored tags with their themes from the taxonomy (tags of themes no longer in it are left out). */
export function toThemeTags(tags: StoredTag[], taxonomy: Taxonomy): ThemeTag[] {
  return tags.flatMap((tag) => {
    const theme = taxonomy.get(tag.themeId);
    return theme ? [{ theme, weight: tag.weight ?? 0, terms: tag.terms ?? [] }] : [];
  });
}

export function toTheme(row: Theme): Theme {
  return {
    id: row.id,
    labelSv: row.labelSv ?? row.id,
    labelEn: row.labelEn ?? row.labelSv ?? row.id,
    description: row.description ?? null,
    terms: row.terms ?? [],
    parentId: row.parentId ?? null,
  };
}

/** The taxonomy as stored in the graph, by id. */
export type Taxonomy = ReadonlyMap<string, Theme>;
