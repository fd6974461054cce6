import { LABEL_HEADING } from './labels.js';
import { BULLET_LINE, numberedMarker } from './markers.js';
import { splitSentences } from './sentences.js';

/**
 * The line layout of a text: heading lines, paragraphs, and list items that carry no marker.
 *
 * Heading lines: a short line (≤ 10 words, ≤ 90 characters) starting with a capital or a section
 * number, not ending in . , ; … and standing on its own (blank line or a line ending in a full stop
 * before it, a capital, digit or list item after it). A line ending in ":" is a heading only when it
 * is a goal label ("Mål:", "Effektmål:"); otherwise it leads in to what follows ("Kommunen ska:").
 * A list item ("- …"; "1. …" after a lead-in or next to the line numbered before or after it) is
 * never a heading.
 *
 * Unmarked list items — the forms readers and word processors leave when a list has no bullets:
 *  - lines after a lead-in line ending in ":", in its paragraph or the paragraph right after it:
 *    "Kommunen ska:\nFörenkla kontakten med företagen\nKorta handläggningstiderna". Each line is an item,
 *    unless it starts in lower case right after a long line (≥ 60 characters) that does not end a
 *    sentence: that is a wrapped line of the item before it.
 *  - paragraphs of one line and one sentence (≤ 40 words) after such a lead-in, each an item, as long as
 *    they end alike (all with a full stop or all without): "Kommunen ska:\n\nFörenkla …\n\nKorta …".
 *    A list written line by line ends with its paragraph.
 *  - the lines of the first paragraph under a goal heading ("Mål", "Effektmål") when it has at least two
 *    lines and every line is short (≤ 15 words) and starts with a capital or digit: "Mål\nFler företag\nFler jobb".
 * A list made of bullets or numbers takes no unmarked items after it: a sentence after a bulleted list
 * is the text going on, not another item.
 */
export interface Line {
  start: number;
  end: number;
  /** offset of the line's first non-space character */
  contentStart: number;
  /** the line, trimmed */
  text: string;
}

export interface Paragraph {
  start: number;
  end: number;
  /** offsets at which an unmarked list item begins (a line of the paragraph, or the paragraph itself) */
  items: number[];
}

export interface LineLayout {
  headings: Line[];
  paragraphs: Paragraph[];
}

const MAX_ITEM_WORDS = 40;
const MAX_HEADED_LINE_WORDS = 15;
/** a line at least this long that breaks mid-sentence was wrapped, not ended */
const WRAP_WIDTH = 60;
const HEADING_START = /^(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}/u;
const ENDS_SENTENCE = /[.;:!?]$/;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    lines.push({ start, end, contentStart: start + (raw.length - raw.trimStart().length), text: trimmed });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** The non-empty lines around each line: nearest before (-1 when none) and at or after (lines.length when none). */
function neighbours(lines: Line[]): { previous: number[]; next: number[] } {
  const previous = new Array<number>(lines.length).fill(-1);
  const next = new Array<number>(lines.length + 1).fill(lines.length);
  for (let i = 1; i < lines.length; i++) previous[i] = lines[i - 1]!.text ? i - 1 : previous[i - 1]!;
  for (let i = lines.length - 1; i >= 0; i--) next[i] = lines[i]!.text ? i : next[i + 1]!;
  return { previous, next };
}

class LineScanner {
  private readonly previous: number[];
  private readonly next: number[];

  constructor(private readonly lines: Line[]) {
    ({ previous: this.previous, next: this.next } = neighbours(lines));
  }

  text(i: number): string {
    return this.lines[i]?.text ?? '';
  }

  /**
   * A bulleted line, or a numbered one after a lead-in or in a run of lines numbered one after
   * another ("1. …\n2. …"); a numbered heading ("2. Mål") stands apart from its neighbours.
   */
  isMarkedItem(i: number): boolean {
    const line = this.text(i);
    if (BULLET_LINE.test(line)) return true;
    const marker = numberedMarker(line);
    if (!marker) return false;
    if (this.text(this.previous[i]!).endsWith(':')) return true;
    const follows = (a: string, b: string): boolean => {
      const [x, y] = [numberedMarker(a), numberedMarker(b)];
      return x !== null && y !== null && x.style === y.style && y.ordinal === x.ordinal + 1;
    };
    return follows(this.text(i - 1), line) || follows(line, this.text(i + 1));
  }

  isHeadingLine(i: number): boolean {
    const line = this.text(i);
    if (!line || line.length > 90 || !HEADING_START.test(line)) return false;
    // (a line broken off with "…" goes on in what follows: "Hamnstad ska vara en plats…")
    if (/[.,;!?…]$/.test(line) || !/\p{L}{2}/u.test(line) || wordCount(line) > 10) return false;
    if (line.endsWith(':') && !LABEL_HEADING.test(line)) return false;
    const before = this.lines[i - 1]?.text ?? '';
    const afterIndex = this.next[i + 1]!;
    if (afterIndex >= this.lines.length) return false; // the last line of a text is not a heading of anything
    const after = this.text(afterIndex);
    const standsAlone = before === '' || /[.:!?)]$/.test(before);
    // a line whose next line holds only a number names a table row ("Andel ekologiska livsmedel, %" then "43")
    if (/^[-–]?\s*\d[\d\s,.]*%?$|^[-–]$/u.test(after)) return false;
    const nextOpens = this.lines[i + 1]?.text === '' || /^[\p{Lu}\p{N}]/u.test(after) || BULLET_LINE.test(after) || this.isMarkedItem(afterIndex);
    return standsAlone && nextOpens;
  }

  /** Line i starts in lower case right after a long line that breaks mid-sentence: a wrapped line. */
  isWrapped(i: number): boolean {
    const before = this.text(i - 1);
    return /^\p{Ll}/u.test(this.text(i)) && before.length >= WRAP_WIDTH && !ENDS_SENTENCE.test(before);
  }

  /** Line i is a paragraph of one line holding one short sentence. */
  isParagraphItem(i: number): boolean {
    const line = this.lines[i]!;
    if (this.text(i + 1) !== '' || line.text.endsWith(':') || wordCount(line.text) > MAX_ITEM_WORDS) return false;
    return splitSentences(line.text).length === 1;
  }

  /** The paragraph from line i on is a list of short capitalised lines (at least two). */
  isShortLineList(i: number): boolean {
    let count = 0;
    for (let k = i; k < this.lines.length && this.text(k); k++, count++) {
      const line = this.text(k);
      if (!/^[\p{Lu}\p{N}]/u.test(line) || wordCount(line) > MAX_HEADED_LINE_WORDS || line.endsWith(':')) return false;
    }
    return count >= 2;
  }
}

/** Where unmarked items may come, after a lead-in or a goal heading. */
interface ItemRun {
  /** 'lines': each line is an item (the lead-in's paragraph, or the one right after it); 'paragraphs': one-line paragraphs are */
  mode: 'lines' | 'paragraphs';
  /** unmarked items found so far */
  items: number;
  /** whether the first unmarked item ended in a full stop (null before it) */
  stop: boolean | null;
  /** the run follows a lead-in ending in ":" (and may go on in paragraphs), not a bare goal heading */
  leadIn: boolean;
}

const leadInRun = (): ItemRun => ({ mode: 'lines', items: 0, stop: null, leadIn: true });

/** Finds heading lines, paragraphs (blank-line separated runs of other lines) and unmarked list items. */
export function scanLines(text: string): LineLayout {
  const lines = linesOf(text);
  const scanner = new LineScanner(lines);
  const headings: Line[] = [];
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  let run: ItemRun | null = null;
  /** the line before was a goal heading without a colon */
  let afterGoalHeading = false;

  const close = (): void => {
    if (open) paragraphs.push(open);
    open = null;
  };

  lines.forEach((line, i) => {
    if (!line.text) {
      if (run?.mode === 'lines' && run.items > 0) {
        // a list goes on in paragraphs only if its items are one per paragraph (the first may share the lead-in's:
        // "X är attraktivt med:\nEn god service\n\nEtt rikt kulturliv\n\n…")
        const lines = open === null ? [] : text.slice(open.start, open.end).split('\n');
        const oneItem = open !== null && open.items.length === 1 && (lines.length === 1 || (lines.length === 2 && lines[0]!.trimEnd().endsWith(':')));
        run = run.leadIn && oneItem ? { ...run, mode: 'paragraphs' } : null;
      }
      close();
      return;
    }
    if (afterGoalHeading && !open) {
      run = scanner.isShortLineList(i) ? { mode: 'lines', items: 0, stop: null, leadIn: false } : null;
      afterGoalHeading = false;
    }
    const marked = scanner.isMarkedItem(i);
    let item = false;
    if (run && !marked) {
      if (run.mode === 'lines') item = !lines[i - 1]!.text || !scanner.isWrapped(i);
      else item = !open && scanner.isParagraphItem(i) && (run.stop === null || run.stop === /[.!?]$/.test(line.text));
      if (!item && !open) run = null;
    }
    if (!marked && !item && scanner.isHeadingLine(i)) {
      close();
      headings.push(line);
      const label = LABEL_HEADING.test(line.text);
      run = label && line.text.endsWith(':') ? leadInRun() : null;
      afterGoalHeading = label && !line.text.endsWith(':');
      return;
    }
    if (open) open.end = line.end;
    else open = { start: line.start, end: line.end, items: [] };
    if (item && run) {
      open.items.push(line.contentStart);
      run.items++;
      run.stop ??= /[.!?]$/.test(line.text);
    }
    if (marked) run = null;
    if (line.text.endsWith(':')) run = leadInRun();
  });
  close();
  return { headings, paragraphs };
}
