/**
 * pdf.js gives text as positioned runs. The analyser wants paragraphs in reading order, so a page is
 * rebuilt in four steps:
 *
 *   runs → line segments      runs on one baseline, split where a wide horizontal gap (a column gutter) falls
 *        → reading order      a vertical gutter that no line crosses splits the page into two columns, read
 *                             left then right, band by band between full-width lines (titles, headings)
 *        → (furniture)        running headers, footers and page numbers are removed across pages (pdf.ts:
 *                             runningLines)
 *        → paragraphs         a paragraph ends at a wider gap than the usual line spacing, a change of font or
 *                             size (headings), a short line that ends a sentence, or a heading-like short line;
 *                             it goes on across a column or page break when the sentence does; hyphenated line
 *                             ends are joined ("konkurrens-" + "kraft"), but "miljö- och klimatarbete" is kept
 */
export interface TextRun {
  str: string;
  /** start of the run, in PDF units from the left (0 when unknown) */
  x?: number;
  /** baseline, in PDF units from the bottom of the page */
  y: number;
  /** the run's advance width (0 when unknown) */
  width?: number;
  fontSize: number;
  /** pdf.js's name of the font (bold and regular faces differ) */
  fontName?: string;
  /** the run ends its line */
  hasEOL: boolean;
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  fontSize: number;
  fontName: string;
  /** 0 full width or a single-column page, 1 left column, 2 right column */
  column: 0 | 1 | 2;
}

/** a gap this many times the usual line spacing starts a new paragraph */
const PARAGRAPH_GAP = 1.4;
/** a horizontal gap between two runs on one baseline wider than this many font sizes is a column gutter */
const GUTTER_GAP = 1.5;
/** the narrowest vertical gutter that makes two columns, in PDF units */
const MIN_GUTTER = 8;
/** lines needed on each side of a gutter */
const MIN_COLUMN_LINES = 3;

/** The paragraphs of one page on its own (no furniture removal across pages). */
export function pageParagraphs(runs: readonly TextRun[]): string[] {
  return paragraphs([orderLines(toLines(runs))]).flat();
}

/** Runs → line segments, in the order pdf.js gives them. */
export function toLines(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number }) | null = null;
  const close = () => {
    if (current && current.text.trim()) lines.push({ ...current, text: current.text.replace(/\s+/g, ' ').trim(), x1: Math.max(current.x1, current.end) });
    current = null;
  };
  for (const run of runs) {
    const x = run.x ?? 0;
    const width = run.width ?? 0;
    if (current) {
      const c: Line & { end: number } = current;
      const otherBaseline = Math.abs(run.y - c.y) > Math.max(2, run.fontSize * 0.5);
      const gutter = width > 0 && c.end > 0 && x - c.end > GUTTER_GAP * Math.max(run.fontSize, c.fontSize) && run.str.trim() !== '';
      const backwards = width > 0 && c.end > 0 && x < c.x0 - 1 && !otherBaseline;
      if (otherBaseline || gutter || backwards) close();
    }
    if (!current) {
      if (!run.str.trim() && run.hasEOL) continue;
      current = { text: '', x0: x, x1: x + width, end: x + width, y: run.y, fontSize: run.fontSize, fontName: run.fontName ?? '', column: 0 };
    }
    const c: Line & { end: number } = current;
    // runs that meet without a space between them, with a visible gap, are separate words
    if (c.text && !/\s$/.test(c.text) && !/^\s/.test(run.str) && width > 0 && x - c.end > run.fontSize * 0.15) c.text += ' ';
    if (!c.text.trim() && run.str.trim()) {
      c.x0 = x;
      c.fontName = run.fontName ?? c.fontName;
    }
    c.text += run.str;
    if (run.str.trim()) {
      c.fontSize = Math.max(c.fontSize, run.fontSize);
      c.end = Math.max(c.end, x + width);
    }
    if (run.hasEOL) close();
  }
  close();
  return lines;
}

/**
 * Reading order for one page: when a vertical gutter splits the page into two columns, lines are read
 * band by band (bands separated by full-width lines), each band's left column before its right one.
 */
export function orderLines(lines: readonly Line[]): Line[] {
  const gutter = findGutter(lines);
  if (!gutter) return lines.map((line) => ({ ...line, column: 0 }));
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flushBand = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of sorted) {
    if (line.x1 <= gutter.from + 1) left.push({ ...line, column: 1 });
    else if (line.x0 >= gutter.to - 1) right.push({ ...line, column: 2 });
    else {
      flushBand();
      out.push({ ...line, column: 0 });
    }
  }
  flushBand();
  return out;
}

/**
 * A vertical strip in the middle of the page that (nearly) no line crosses, with enough lines wholly on
 * either side of it. The few lines that do cross it (a centred page number, a heading over both
 * columns) are read as full-width lines.
 */
function findGutter(lines: readonly Line[]): { from: number; to: number } | null {
  const measured = lines.filter((line) => line.x1 > line.x0);
  if (measured.length < MIN_COLUMN_LINES * 2) return null;
  const minX = Math.min(...measured.map((l) => l.x0));
  const maxX = Math.max(...measured.map((l) => l.x1));
  const width = maxX - minX;
  if (width <= 0) return null;
  const cells = Math.ceil(width);
  const crossing = new Uint16Array(cells + 1);
  for (const l of measured) {
    for (let x = Math.ceil(l.x0 - minX); x < Math.floor(l.x1 - minX); x++) {
      const cell = Math.max(0, Math.min(cells, x));
      crossing[cell] = crossing[cell]! + 1;
    }
  }
  // the least crossed run of the middle half of the page, and its centre
  let best: { from: number; to: number; count: number } | null = null;
  for (let x = Math.floor(width * 0.25); x <= Math.ceil(width * 0.75); x++) {
    let end = x;
    while (end + 1 <= Math.ceil(width * 0.75) && crossing[end + 1] === crossing[x]) end++;
    if (!best || crossing[x]! < best.count || (crossing[x] === best.count && end - x > best.to - best.from)) best = { from: x, to: end, count: crossing[x]! };
    x = end;
  }
  if (!best || best.count > Math.max(2, Math.floor(measured.length * 0.05))) return null;
  const centre = minX + (best.from + best.to) / 2;
  const left = measured.filter((l) => l.x1 <= centre);
  const right = measured.filter((l) => l.x0 >= centre);
  if (left.length < MIN_COLUMN_LINES || right.length < MIN_COLUMN_LINES) return null;
  const gutter = { from: Math.max(...left.map((l) => l.x1)), to: Math.min(...right.map((l) => l.x0)) };
  return gutter.to - gutter.from >= MIN_GUTTER ? gutter : null;
}

const SENTENCE_END = /[.!?:;…”"»)]$/u;
const LIST_START = /^(?:[-–•▪●◦*]\s|\d{1,2}[.)]\s|[a-zåäö][.)]\s)/u;

/**
 * Lines of each page (in reading order) → the paragraphs of each page. A paragraph that goes on across
 * a page break is kept whole, on the page where it starts.
 */
export function paragraphs(pages: readonly (readonly Line[])[]): string[][] {
  const all = pages.flatMap((lines) => lines);
  const spacing = median(
    pages.flatMap((lines) => lines.slice(1).flatMap((line, i) => (lines[i]!.column === line.column ? [lines[i]!.y - line.y] : []))).filter((gap) => gap > 0.5),
  );
  const bodySize = median(all.map((line) => line.fontSize));
  const columnWidth = median(all.map((line) => line.x1 - line.x0).filter((w) => w > 0));
  const out: string[][] = pages.map(() => []);
  let paragraph: Line[] = [];
  let paragraphPage = 0;
  const flush = () => {
    const text = joinLines(paragraph.map((line) => line.text));
    if (text) out[paragraphPage]!.push(text);
    paragraph = [];
  };
  pages.forEach((lines, page) => {
    lines.forEach((line, i) => {
      const prev = i > 0 ? lines[i - 1]! : paragraph[paragraph.length - 1];
      const newPage = i === 0;
      if (!prev || breaksBefore(prev, line, { newPage, spacing, bodySize, columnWidth })) {
        flush();
        paragraphPage = page;
      }
      paragraph.push(line);
    });
  });
  flush();
  return out;
}

interface BreakContext {
  newPage: boolean;
  spacing: number;
  bodySize: number;
  columnWidth: number;
}

function breaksBefore(prev: Line, line: Line, context: BreakContext): boolean {
  const { spacing, bodySize, columnWidth } = context;
  const heading = (l: Line) => l.fontSize - bodySize > 1;
  const sizeChange = Math.abs(line.fontSize - prev.fontSize) > 1;
  if (sizeChange || heading(prev) !== heading(line)) return true;
  if (LIST_START.test(line.text)) return true;
  const gap = prev.y - line.y;
  const sameFlow = !context.newPage && prev.column === line.column && gap > -0.5;
  if (sameFlow) {
    if (spacing > 0 && gap > spacing * PARAGRAPH_GAP) return true;
  } else if (!continues(prev, line)) {
    // a new column or page: the paragraph goes on only if the sentence does
    return true;
  }
  const short = columnWidth > 0 && prev.x1 - prev.x0 < columnWidth * 0.6;
  if (short && SENTENCE_END.test(prev.text) && /^\p{Lu}/u.test(line.text)) return true;
  // a short line in another face (bold), or a short line with no sentence ending before a capital: a heading
  if (short && prev.fontName && line.fontName && prev.fontName !== line.fontName) return true;
  if (short && !SENTENCE_END.test(prev.text) && !/[-,]$/.test(prev.text) && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(line.text) && words(prev.text) <= 8) {
    return true;
  }
  return false;
}

/** whether the text of `next` goes on with the sentence that `prev` leaves open */
function continues(prev: Line, next: Line): boolean {
  if (SENTENCE_END.test(prev.text)) return false;
  return /^[\p{Ll}\d(,]/u.test(next.text) || /\p{L}-$/u.test(prev.text);
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** words after a hyphenated first part that show the hyphen is a shared ending ("miljö- och klimatarbete") */
const SHARED_ENDING = /^(?:och|eller|samt|resp\.?|respektive|men|liksom|till|som|and|or)\b/u;

/** Lines of one paragraph → its text, with hyphenated line ends joined. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!text) {
      text = line;
      continue;
    }
    if (text.endsWith('\u00ad')) text = text.slice(0, -1) + line;
    else if (/\p{L}-$/u.test(text) && !/\s-$/.test(text)) {
      const firstPart = text.match(/(\S+)-$/u)?.[1] ?? '';
      if (!/^\p{Ll}/u.test(line) || SHARED_ENDING.test(line)) {
        // "Stockholm-" + "Mälardalen" keeps its hyphen; "miljö-" + "och klimatarbete" keeps its space
        text += SHARED_ENDING.test(line) ? ` ${line}` : line;
      } else if (/^[\p{Lu}\d]+$/u.test(firstPart) || firstPart.length === 1) {
        text += line; // "EU-" + "stöd", "e-" + "tjänster": the hyphen belongs to the word
      } else {
        text = text.slice(0, -1) + line; // "konkurrens-" + "kraft"
      }
    } else text += ` ${line}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
