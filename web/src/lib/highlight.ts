/**
 * Turning text plus "what matched" into segments that React renders as text nodes and <mark>s.
 * Nothing here produces HTML: a document containing "<script>" stays the literal characters.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Shortest stem that may match inside a word, as a compound part ("försörjning" in "lokalförsörjningsplan"). */
const MIN_INNER = 5;

/** "kreativa" → "kreativ": drops an inflectional ending so "kreativt" matches too. */
function stemOf(term: string): string {
  return term.length > 5 && /^\p{L}+$/u.test(term) ? term.slice(0, term.length - 2) : term;
}

/**
 * Marks every word that contains one of `terms` (case-insensitive), as the API reports them:
 * inflected forms ("kreativa" also marks "kreativt"), stems ("upphandl") and compound parts
 * ("försörjning" marks "lokalförsörjningsplaner"). Short terms only match at a word's start, so
 * "it" marks "IT-området" but not "kvalitet".
 */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const stems = [...new Set(terms.map((t) => stemOf(t.trim().toLowerCase())).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (stems.length === 0 || text.length === 0) return text ? [{ text, mark: false }] : [];
  const word = '[\\p{L}\\p{N}]*';
  const alternatives = stems.map((s) => (s.length >= MIN_INNER ? `${word}${escapeRegExp(s)}${word}` : `(?<![\\p{L}\\p{N}])${escapeRegExp(s)}${word}`));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

export interface Range {
  start: number;
  end: number;
}

export interface RangeSegment<R extends Range> {
  text: string;
  start: number;
  range: R | null;
}

/**
 * Cuts `text` at the given character ranges (e.g. where each goal sits in its document).
 * Ranges are clamped to the text; where two overlap, the earlier one wins and the later one
 * starts after it, so every character belongs to exactly one segment.
 */
export function splitByRanges<R extends Range>(text: string, ranges: readonly R[]): RangeSegment<R>[] {
  const sorted = ranges
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end))
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: RangeSegment<R>[] = [];
  let cursor = 0;
  for (const range of sorted) {
    const start = Math.max(cursor, Math.min(range.start, text.length));
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), start: cursor, range: null });
    segments.push({ text: text.slice(start, end), start, range });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, range: null });
  return segments;
}

/** Segments for text whose highlights come as character ranges (the API's HighlightedText). */
export function markRanges(text: string, ranges: readonly Range[]): Segment[] {
  return splitByRanges(text, ranges).map((s) => ({ text: s.text, mark: s.range !== null }));
}
