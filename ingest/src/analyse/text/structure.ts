import type { TextSection } from '@strategigrafen/schema';
import { analyseClause } from '../grammar/clauses.js';
import { INLINE_LABEL, LABEL_HEADING, normaliseLabel } from './labels.js';
import { scanLines, type Paragraph } from './lines.js';
import { splitSentences, type Sentence } from './sentences.js';

/**
 * The structure of a document's text: its sections (under headings) and its sentences, each
 * sentence knowing its section, its paragraph, whether it is a list item, and the goal label
 * ("Inriktningsmål:", "Mål:" …) it stands under.
 *
 * Headings are found in two ways:
 *  - heading lines (lines.ts);
 *  - inline headings, as text extracted from PDFs runs them into the paragraph: one or two
 *    capitalised words right before a label at the start of a sentence
 *    ("… ekonomi. Inflytande Inriktning: Lerums kommun ska …").
 * A heading that is a statement ("Norrvik är en trygg kommun") under a goal heading ("Övergripande mål") is
 * one of its goals with its explanation below it, not a new subject: the goal heading goes on over it.
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
  /**
   * the sentence is in the first block under a goal heading: the heading's first paragraph and the
   * list items that follow on from it, up to the first paragraph that is not a list
   */
  labelBlock: boolean;
}

export interface StructuredText {
  sections: TextSection[];
  sentences: LocatedSentence[];
  /** the text the offsets refer to, page markers blanked */
  source: string;
}

const PAGE_MARKERS = [
  /\b\d{1,3}\s?\(\d{1,3}\)/g, // 1(8), 2 (12)
  /\b[Ss]ida?\s+\d{1,3}\s*(?:\/|av)\s*\d{1,3}\b/g, // Sid 1/7, Sida 2 av 8
];
/** a line with only a page number, "- 3 -" */
const PAGE_NUMBER_LINE = /^[ \t]*(?:-\s*)?\d{1,3}(?:\s*-)?[ \t]*$/;
const NUMBER_CELL = /^[ \t]*(?:[-–]|\d[\d \t,.]*%?)[ \t]*$/;

/**
 * Replaces docplayer page markers with spaces, so that offsets stay valid. A line with only a number is
 * a page number unless a number stands on the line before or after it too: then it is a table's value
 * cell ("Utfall 2019 … 33 … 118").
 */
export function blankPageMarkers(text: string): string {
  let masked = text;
  for (const pattern of PAGE_MARKERS) masked = masked.replace(pattern, (m) => ' '.repeat(m.length));
  const lines = masked.split('\n');
  const filled = lines.map((l, i) => ({ i, cell: l.trim() !== '' && NUMBER_CELL.test(l) })).filter((l) => lines[l.i]!.trim() !== '');
  const cellNear = new Set<number>();
  filled.forEach((l, k) => {
    if (l.cell && (filled[k - 1]?.cell || filled[k + 1]?.cell)) cellNear.add(l.i);
  });
  return lines.map((line, i) => (PAGE_NUMBER_LINE.test(line) && !cellNear.has(i) ? ' '.repeat(line.length) : line)).join('\n');
}

interface Break {
  offset: number;
  /** '' for a bare label, which continues the current section */
  heading: string;
  label: string | null;
  /** true for a heading line, false for an inline heading or label */
  line: boolean;
  /** the heading is a clause with a finite verb ("Norrvik är en trygg kommun"), not a title */
  statement?: boolean;
}

const MAX_CAPTION_WORDS = 20;

/** A sentence that stands as a caption: no full stop, short (it was a heading line that lines.ts kept as text). */
function isCaption(p: Pending): boolean {
  return !p.bullet && !/[.!?:]$/u.test(p.text.trim()) && p.text.trim().split(/\s+/).length <= MAX_CAPTION_WORDS;
}

/** A heading written as a clause ("Norrvik är en trygg kommun", "Vi tar ansvar för miljön"), not as a title or a question. */
export function isStatementHeading(heading: string): boolean {
  return !/[?:]$/u.test(heading) && analyseClause(heading).verb >= 0;
}

interface Pending extends Sentence {
  paragraph: number;
  label: string | null;
}

/** The sentences of a paragraph; an unmarked list item (lines.ts) starts a sentence that is a list item. */
function sentencesOf(masked: string, p: Paragraph): Sentence[] {
  if (p.items.length === 0) return splitSentences(masked, p.start, p.end);
  const sentences: Sentence[] = [];
  const cuts = [p.start, ...p.items.filter((o) => o > p.start), p.end];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const part = splitSentences(masked, cuts[k]!, cuts[k + 1]!);
    if (part[0] && p.items.includes(cuts[k]!)) part[0] = { ...part[0], bullet: true, lineStart: true };
    sentences.push(...part);
  }
  return sentences;
}

/** Splits each paragraph into sentences, taking inline headings and labels off their start. */
function paragraphSentences(masked: string, paragraphs: Paragraph[], breaks: Break[]): Pending[] {
  const pending: Pending[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const sentence of sentencesOf(masked, p)) {
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
    return { offset: h.contentStart, heading: h.text.replace(/:$/, ''), label: label ? normaliseLabel(label) : null, line: true, statement: !label && isStatementHeading(h.text) };
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
  /** the goal heading's first block: its first paragraph, then paragraphs that open with a list item */
  let block: { open: boolean; first: number | null; paragraph: number; caption?: boolean } = { open: false, first: null, paragraph: -1 };
  for (const { b, p } of events) {
    if (b) {
      if (b.heading) sectionIndex++;
      if (b.statement && labelSource === 'heading') {
        distance = -1;
        block = { open: true, first: null, paragraph: -1 };
        continue;
      }
      label = b.label;
      labelSource = b.label ? (b.line ? 'heading' : 'inline') : null;
      distance = -1;
      block = { open: labelSource === 'heading', first: null, paragraph: -1 };
      continue;
    }
    if (!p) continue;
    if (label) distance++;
    if (block.open && p.paragraph !== block.paragraph) {
      // a new paragraph: the first one, or one that goes on with the list, or one under a first paragraph that is
      // a caption (one line with no full stop: "Norrvik är en trygg kommun" over what it means)
      if (block.first !== null && !p.bullet && !block.caption) block.open = false;
      block.caption = block.first === null && isCaption(p);
      block.first ??= p.paragraph;
      block.paragraph = p.paragraph;
    } else if (block.open && p.paragraph === block.paragraph) block.caption = false;
    const index = Math.max(sectionIndex, 0);
    sentences.push({
      text: p.text,
      start: p.start,
      end: p.end,
      bullet: p.bullet,
      lineStart: p.lineStart,
      section: sections[index]?.heading ?? null,
      sectionIndex: index,
      paragraph: p.paragraph,
      label,
      labelDistance: label ? distance : -1,
      labelSource,
      labelBlock: block.open,
    });
  }
  return { sections, sentences, source: masked };
}
