/**
 * Page furniture: running headers and footers (the same line at the top or bottom of most pages, page
 * numbers aside) and page numbers ("3", "- 3 -", "3 (12)", "Sida 3 av 12") are not the document's text.
 * Only lines near a page's top or bottom edge are candidates, so a heading repeated in the body stays.
 */
import type { Line } from './pdf-layout.js';

export interface PageLines {
  lines: Line[];
  /** the page box, in PDF units */
  top: number;
  bottom: number;
}

/** the share of the page's height from its top and bottom edge where running lines sit */
const MARGIN = 0.12;
/** how many lines from the top or bottom of a page are candidates */
const EDGE_LINES = 3;
const PAGE_NUMBER = /^(?:(?:sida|sid\.?|s\.|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|av|of|\()\s*\d{1,4}\)?)?$/i;

/** A line's text with its numbers (page numbers, dates of revision) set aside, to recognise it on every page. */
function key(text: string): string {
  return text.toLocaleLowerCase('sv').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

export function removeRunningLines(pages: readonly PageLines[]): Line[][] {
  const candidates = pages.map((page) => edgeLines(page));
  const pagesWith = new Map<string, number>();
  for (const lines of candidates) for (const k of new Set(lines.map((line) => key(line.text)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  // on most pages: at least half of them, and at least two (a title page often has no header)
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page, i) => {
    const furniture = new Set(candidates[i]!.filter((line) => isPageNumber(line.text) || (pagesWith.get(key(line.text)) ?? 0) >= threshold));
    return page.lines.filter((line) => !furniture.has(line));
  });
}

/** the lines nearest the top and bottom edge of a page, within its margins */
function edgeLines(page: PageLines): Line[] {
  const height = page.top - page.bottom;
  if (!page.lines.length || height <= 0) return [];
  const byHeight = [...page.lines].sort((a, b) => b.y - a.y);
  const top = byHeight.slice(0, EDGE_LINES).filter((line) => line.y >= page.top - height * MARGIN);
  const bottom = byHeight.slice(-EDGE_LINES).filter((line) => line.y <= page.bottom + height * MARGIN);
  return [...new Set([...top, ...bottom])];
}
