/**
 * pdf.js gives text as positioned runs, one visual line at a time. The analyser wants paragraphs, so
 * lines are joined back into paragraphs: a paragraph ends where the gap to the next line is clearly
 * larger than the usual line spacing, where the font size changes (headings) or where the text jumps
 * up the page (a new column).
 */
export interface TextRun {
  str: string;
  /** baseline, in PDF units from the bottom of the page */
  y: number;
  fontSize: number;
  /** the run ends its line */
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  fontSize: number;
}

/** a gap this many times the usual line spacing starts a new paragraph */
const PARAGRAPH_GAP = 1.4;

export function pageParagraphs(runs: readonly TextRun[]): string[] {
  const lines = toLines(runs);
  if (!lines.length) return [];
  const spacing = median(lines.slice(1).map((line, i) => lines[i]!.y - line.y).filter((gap) => gap > 0.5));
  const bodySize = median(lines.map((line) => line.fontSize));
  const paragraphs: string[][] = [[lines[0]!.text]];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const gap = prev.y - line.y;
    const sizeChange = Math.abs(line.fontSize - prev.fontSize) > 1 || (Math.abs(prev.fontSize - bodySize) > 1 && gap > 0);
    const breaks = gap < -0.5 || sizeChange || (spacing > 0 && gap > spacing * PARAGRAPH_GAP);
    if (breaks) paragraphs.push([line.text]);
    else paragraphs[paragraphs.length - 1]!.push(line.text);
  }
  return paragraphs.map((lines) => lines.join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function toLines(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const run of runs) {
    // a run at a clearly different height starts a new line even without an end-of-line mark
    if (current && Math.abs(run.y - current.y) > Math.max(2, run.fontSize * 0.5)) {
      lines.push(current);
      current = null;
    }
    if (!current) current = { text: '', y: run.y, fontSize: run.fontSize };
    current.text += run.str;
    if (run.str.trim()) current.fontSize = Math.max(current.fontSize, run.fontSize);
    if (run.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim());
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
