/**
 * Indicator tables: an indicator, its values of today (or earlier years) and its target, under a header
 * that names a target column ("Mått  Utfall  Målvärde", "Utfall 2018 | Utfall 2019 | Mål 2020"). Each
 * row is a measurable goal: "Nystartade företag per år 120 150" → baseline 120, target 150.
 *
 * Text extraction leaves a row on one line ("Nyföretagande 21 20") or, from web tables, as one
 * paragraph per cell (the indicator, then a paragraph per value). Both are read. A row's values are
 * numbers, percentages or a dash for a missing value; its last value is the target.
 */
import type { MeasurableTarget } from '@strategigrafen/schema';
import type { LocatedSentence } from '../text/structure.js';

export interface IndicatorRow {
  /** the indicator and its values as one line of text */
  text: string;
  start: number;
  end: number;
  /** index of the first and last sentence of the row */
  first: number;
  last: number;
  target: MeasurableTarget;
}

/** a header cell or line that names the target column */
const TARGET_HEADER = /(?:^|\s)(?:mål(?:värde|nivå|sättning)?|målvärde|målnivå)(?:\s+\d{4})?\s*$|(?:^|\s)mål(?:värde|nivå)?(?:\s+\d{4})?(?:\s|$)/iu;
const HEADER_LINE = /^(?:(?:mått|indikator(?:er)?|nyckeltal|utfall|utgångsläge|nuläge|basår|värde|mål(?:värde|nivå)?|år)(?:\s+\d{4})?\s*){1,6}$/iu;
const VALUE = /^(?:[-–]|[<>≤≥]?\s?\d{1,3}(?:[ \u00a0]\d{3})*(?:[,.]\d+)?\s?%?)$/u;
/** a row on one line: words, then two to five values at the end */
const ONE_LINE_ROW = /^(?<name>.*?\p{L}{2}.*?)(?<values>(?:\s+(?:[-–]|[<>≤≥]?\d{1,3}(?:[ \u00a0]\d{3})*(?:[,.]\d+)?\s?%?)){2,5})\s*$/u;
/** how far after a header its rows may start */
const HEADER_REACH = 6;

const isValue = (text: string): boolean => VALUE.test(text.trim());
const numberOf = (value: string): number | null => {
  const n = Number(value.replace(/[ \u00a0%<>≤≥\s]/g, '').replace(',', '.'));
  return value.trim() === '-' || value.trim() === '–' || Number.isNaN(n) ? null : n;
};

function targetOf(name: string, values: string[]): MeasurableTarget | null {
  const numbers = values.map(numberOf);
  const target = numbers[numbers.length - 1];
  if (target === null || target === undefined) return null;
  const baseline = numbers.slice(0, -1).reverse().find((n): n is number => n !== null);
  const percentage = values.some((v) => v.includes('%')) || /(?:,\s*|\s)%$|procent/u.test(name);
  return {
    text: values[values.length - 1]!.trim(),
    kind: percentage ? 'percentage' : 'number',
    value: target,
    ...(percentage ? { unit: '%' } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
  };
}

/** The value cells that follow `from` in the source, one per line or paragraph, and where they end. */
function cellsAfter(source: string, from: number): { values: string[]; end: number } {
  const values: string[] = [];
  let end = from;
  const cell = /[ \t]*\n?(?:[ \t]*\n)*[ \t]*([^\n]*?)[ \t]*(?=\n|$)/y;
  for (let at = from; at < source.length; ) {
    cell.lastIndex = at;
    const m = cell.exec(source);
    if (!m || !isValue(m[1]!)) break;
    values.push(m[1]!.trim());
    end = at + m[0].length;
    at = end;
  }
  return { values, end };
}

/** The rows of every indicator table among the sentences (offsets into `source`, the text they were split from). */
export function indicatorRows(sentences: readonly LocatedSentence[], source: string): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  let headerAt = -Infinity;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = s.text.trim();
    // the header's last cell may have become the section's heading ("Mål 2020" on a line of its own)
    if (s.sectionIndex !== sentences[i - 1]?.sectionIndex && s.section && HEADER_LINE.test(s.section.trim()) && TARGET_HEADER.test(s.section.trim())) headerAt = i - 1;
    if (HEADER_LINE.test(text) && TARGET_HEADER.test(text)) {
      headerAt = i;
      continue;
    }
    if (HEADER_LINE.test(text)) continue; // another header cell ("Utfall 2019")
    if (i - headerAt > HEADER_REACH && rows[rows.length - 1]?.last !== i - 1) continue;
    // rows on lines of their own (the sentence splitter joins lines that end without a full stop)
    const lines = source.slice(s.start, s.end).split('\n');
    const inline = lines.map((line) => ONE_LINE_ROW.exec(line.trim()));
    if (inline.every((m) => m?.groups)) {
      let at = s.start;
      const found: IndicatorRow[] = [];
      for (const [k, line] of lines.entries()) {
        const m = inline[k]!;
        const values = m.groups!.values!.trim().split(/\s+(?=[-–<>≤≥\d])/u);
        const target = targetOf(m.groups!.name!, values);
        const start = at + (line.length - line.trimStart().length);
        if (target) found.push({ text: line.trim(), start, end: start + line.trim().length, first: i, last: i, target });
        at += line.length + 1;
      }
      if (found.length === lines.length) {
        rows.push(...found);
        continue;
      }
    }
    // a row of cells: the indicator, then its values one per line or paragraph
    if (isValue(text) || text.split(/\s+/).length < 2) continue;
    const cells = cellsAfter(source, s.end);
    if (cells.values.length < 2) continue;
    const target = targetOf(text, cells.values);
    if (!target) continue;
    let last = i;
    while (sentences[last + 1] && sentences[last + 1]!.start < cells.end) last++;
    rows.push({ text: `${text} ${cells.values.join(' ')}`, start: s.start, end: cells.end, first: i, last, target });
    i = last;
  }
  return rows;
}
