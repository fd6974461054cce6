import { breadcrumbTitle, isFurniture } from './furniture.js';

/** How far down a page its title is looked for, past the logo, menus and skip links above it. */
const TITLE_SEARCH_LINES = 8;
/** one word and a colon: a label of what follows ("Huvudgren:"), not a title */
const LABEL = /^\p{L}+:$/u;
const PAGE_MARKER_LINE = /^(?:\d{1,3}\s?\(\d{1,3}\)|[Ss]ida?\s+\d{1,3}\s*(?:\/|av)\s*\d{1,3}|-?\s*\d{1,3}\s*-?)$/;

/**
 * The line a text opens with that can be its title: the first among its first lines that is not page
 * furniture (a logo, a menu, a cookie notice, a date) or a page number; a
 * breadcrumb gives the page's own name. Failing that, the first line with words.
 */
export function titleLine(text: string): string | null {
  const lines = text
    .split('\n')
    .map((raw) => raw.replace(/\s+/g, ' ').trim())
    .filter((line) => !PAGE_MARKER_LINE.test(line) && /\p{L}/u.test(line));
  for (const line of lines.slice(0, TITLE_SEARCH_LINES)) {
    const crumb = breadcrumbTitle(line);
    if (crumb) return crumb;
    if (!isFurniture(line) && !LABEL.test(line)) return line;
  }
  return lines[0] ?? null;
}
