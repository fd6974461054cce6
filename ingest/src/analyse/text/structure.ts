import type { TextSection } from '@strategigrafen/schema';
import { splitSentences, type Sentence } from './sentences.js';

/**
 * The structure of a document's text: its sections (under headings) and its sentences, each
 * sentence knowing its section, its paragraph and the goal label ("Inriktningsmål:", "Mål:" …)
 * it stands under.
 *
 * Headings are found in two ways:
 *  - heading lines: a short line (≤ 10 words, ≤ 90 characters) starting with a capital or a section
 *    number, not ending in . , ; and standing on its own (blank line or a line ending in a full
 *    stop before it, a capital, digit or bullet after it);
 *  - inline headings, as text extracted from PDFs runs them into the paragraph: one or two
 *    capitalised words right before a label at the start of a sentence
 *    ("… ekonomi. Inflytande Inriktning: Lerums kommun ska …").
 * Docplayer page markers ("1(8)", "Sid 1/7", "Sida 2 av 8", a line with only a page number) are
 * blanked out before anything else, keeping every offset.
 */
export interface LocatedSentence extends Sentence {
  /** heading of the section the sentence is in, or null before the first heading */
  section: string | null;
  /** index into StructuredText.sections */
  sectionIndex: number;
  /** 0-based paragraph number in the document */
  paragraph: number;
  /** the goal label the sentence stands under in its section ("Inriktningsmål", "Mål", "Vision" …), or null */
  label: string | null;
  /** how many sentences after the label this one is (0 = directly after it); -1 without a label */
  labelDistance: number;
  /** where the label came from: a heading line such as "Mål" (it covers the whole section) or an inline "Mål:" */
  labelSource: 'heading' | 'inline' | null;
}

export interface StructuredText {
  sections: TextSection[];
  sentences: LocatedSentence[];
}

/** Labels that introduce goals (and plain headings with these names). Longest first. */
const GOAL_LABELS = [
  'Övergripande mål', 'Strategiska mål', 'Inriktningsmål', 'Effektmål', 'Resultatmål', 'Verksamhetsmål', 'Delmål',
  'Målsättningar', 'Målsättning', 'Inriktning', 'Visionen', 'Vision', 'Mål', 'Aktiviteter', 'Åtgärder', 'Strategier',
  'Syfte',
];
const LABEL_PATTERN = GOAL_LABELS.join('|');
/** "Inflytande Inriktning: …", "Inriktningsmål: …" at the start of a sentence. */
const INLINE_LABEL = new RegExp(
  `^(?:((?:\\p{Lu}[\\p{Ll}\\-]+)(?:\\s+(?:och|&)\\s+\\p{Ll}+|\\s+\\p{Ll}+)?)\\s+)?(${LABEL_PATTERN})\\s*:\\s*`,
  'u',
);
/** A heading line that is itself a label: "Mål", "3.2 Effektmål", "Vision:". */
const LABEL_HEADING = new RegExp(`^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(${LABEL_PATTERN})(?:\\s+\\d{4})?\\s*:?$`, 'iu');

const PAGE_MARKERS = [
  /\b\d{1,3}\s?\(\d{1,3}\)/g, // 1(8), 2 (12)
  /\b[Ss]ida?\s+\d{1,3}\s*(?:\/|av)\s*\d{1,3}\b/g, // Sid 1/7, Sida 2 av 8
  /^[ \t]*(?:-\s*)?\d{1,3}(?:\s*-)?[ \t]*$/gm, // a line with only a page number, "- 3 -"
];

/** Replaces docplayer page markers with spaces, so that offsets stay valid. */
export function blankPageMarkers(text: string): string {
  let masked = text;
  for (const pattern of PAGE_MARKERS) masked = masked.replace(pattern, (m) => ' '.repeat(m.length));
  return masked;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end).trim() });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

const HEADING_START = /^(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}/u;
const BULLET_START = /^[-–•*▪●◦]\s/;

function isHeadingLine(lines: Line[], i: number, nextNonEmpty: readonly number[]): boolean {
  const line = lines[i]!.text;
  if (!line || line.length > 90 || !HEADING_START.test(line) || BULLET_START.test(line)) return false;
  if (/[.,;!?]$/.test(line) || !/\p{L}{2}/u.test(line) || line.split(/\s+/).length > 10) return false;
  const before = lines[i - 1]?.text ?? '';
  const after = lines[nextNonEmpty[i + 1] ?? -1]?.text;
  if (after === undefined) return false; // the last line of a text is not a heading of anything
  const standsAlone = before === '' || /[.:!?]$/.test(before);
  const nextOpens = lines[i + 1]?.text === '' || /^[\p{Lu}\p{N}]/u.test(after) || BULLET_START.test(after);
  return standsAlone && nextOpens;
}

interface Paragraph {
  start: number;
  end: number;
}

/** Finds heading lines and paragraphs (blank-line separated runs of other lines). */
function scanLines(text: string): { headings: Line[]; paragraphs: Paragraph[] } {
  const lines = linesOf(text);
  // nextNonEmpty[i]: the first non-empty line at or after i (lines.length when none)
  const nextNonEmpty = new Array<number>(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) nextNonEmpty[i] = lines[i]!.text ? i : nextNonEmpty[i + 1]!;
  const headings: Line[] = [];
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  const close = (): void => {
    if (open) paragraphs.push(open);
    open = null;
  };
  lines.forEach((line, i) => {
    if (!line.text) return close();
    if (isHeadingLine(lines, i, nextNonEmpty)) {
      close();
      headings.push(line);
      return;
    }
    if (open) open.end = line.end;
    else open = { start: line.start, end: line.end };
  });
  close();
  return { headings, paragraphs };
}

function normaliseLabel(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1).toLowerCase();
}

interface Break {
  offset: number;
  /** '' for a bare label, which continues the current section */
  heading: string;
  label: string | null;
  /** true for a heading line, false for an inline heading or label */
  line: boolean;
}

interface Pending extends Sentence {
  paragraph: number;
  label: string | null;
}

/** Splits each paragraph into sentences, taking inline headings and labels off their start. */
function paragraphSentences(masked: string, paragraphs: Paragraph[], breaks: Break[]): Pending[] {
  const pending: Pending[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const sentence of splitSentences(masked, p.start, p.end)) {
      const match = sentence.bullet ? null : INLINE_LABEL.exec(masked.slice(sentence.start, sentence.end));
      if (!match) {
        pending.push({ ...sentence, paragraph, label: null });
        continue;
      }
      const [prefix, heading, rawLabel] = match;
      const label = normaliseLabel(rawLabel!);
      breaks.push({ offset: sentence.start, heading: heading ?? '', label, line: false });
      const start = sentence.start + prefix.length;
      if (start < sentence.end) {
        pending.push({ ...sentence, start, text: masked.slice(start, sentence.end).replace(/\s+/g, ' '), paragraph, label });
      }
    }
  });
  return pending;
}

/** Sections from the heading breaks; text before the first heading forms a section without heading. */
function buildSections(masked: string, breaks: Break[], firstContent: number): TextSection[] {
  if (masked.trim() === '') return [];
  const starts: { offset: number; contentStart: number; heading: string | null }[] = [];
  const headed = breaks.filter((b) => b.heading);
  if (headed.every((b) => b.offset > firstContent)) starts.push({ offset: 0, contentStart: 0, heading: null });
  for (const b of headed) starts.push({ offset: b.offset, contentStart: b.offset + b.heading.length, heading: b.heading });
  return starts.map((s, i) => {
    const next = starts[i + 1]?.offset ?? masked.length;
    let start = Math.min(s.contentStart, next);
    while (start < next && /[\s:]/.test(masked[start]!)) start++;
    let end = next;
    while (end > start && /\s/.test(masked[end - 1]!)) end--;
    return { heading: s.heading, text: masked.slice(start, end), start, end };
  });
}

/**
 * Sections and sentences of a text. Offsets refer to `text`; page markers are blanked in the
 * returned text of sections and sentences.
 */
export function structureText(text: string): StructuredText {
  const masked = blankPageMarkers(text);
  const { headings, paragraphs } = scanLines(masked);
  const breaks: Break[] = headings.map((h) => {
    const label = LABEL_HEADING.exec(h.text)?.[1];
    return { offset: h.start + (masked.slice(h.start, h.end).length - masked.slice(h.start, h.end).trimStart().length), heading: h.text.replace(/:$/, ''), label: label ? normaliseLabel(label) : null, line: true };
  });
  const pending = paragraphSentences(masked, paragraphs, breaks);
  breaks.sort((a, b) => a.offset - b.offset);
  const sections = buildSections(masked, breaks, paragraphs[0]?.start ?? masked.length);

  // walk breaks and sentences in document order to give each sentence its section and label
  const events = [
    ...breaks.map((b) => ({ offset: b.offset, order: 0, b, p: null })),
    ...pending.map((p) => ({ offset: p.start, order: 1, b: null, p })),
  ].sort((x, y) => x.offset - y.offset || x.order - y.order);
  const sentences: LocatedSentence[] = [];
  let sectionIndex = sections[0]?.heading === null ? 0 : -1;
  let label: string | null = null;
  let labelSource: 'heading' | 'inline' | null = null;
  let distance = -1;
  for (const { b, p } of events) {
    if (b) {
      if (b.heading) sectionIndex++;
      label = b.label;
      labelSource = b.label ? (b.line ? 'heading' : 'inline') : null;
      distance = -1;
      continue;
    }
    if (!p) continue;
    if (label) distance++;
    const index = Math.max(sectionIndex, 0);
    sentences.push({
      text: p.text,
      start: p.start,
      end: p.end,
      bullet: p.bullet,
      section: sections[index]?.heading ?? null,
      sectionIndex: index,
      paragraph: p.paragraph,
      label,
      labelDistance: label ? distance : -1,
      labelSource,
    });
  }
  return { sections, sentences };
}
