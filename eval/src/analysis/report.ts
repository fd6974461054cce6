/** The printed report of `npm run eval:analysis`: figures per split against the targets, then the worst tuning documents. */
import type { DocumentScore, Figures } from './score.js';

export const TARGETS = {
  municipality: 0.98,
  goalPrecision: 0.85,
  goalRecall: 0.8,
  themeF1: 0.85,
  measurable: 0.9,
} as const;

const pct = (x: number | null): string => (x === null ? '   –' : x.toFixed(2));
const mark = (x: number | null, target: number): string => (x === null ? '' : x >= target ? 'met' : 'not met');

export function figuresTable(rows: readonly [string, Figures][]): string {
  const head = ['', ...rows.map(([name]) => name), 'target'];
  const line = (name: string, values: (number | null)[], target: number | null, extra = ''): string[] => [
    name,
    ...values.map((v) => (target === null ? pct(v) : `${pct(v)} ${mark(v, target)}`.trim())),
    target === null ? extra : `≥ ${target}`,
  ];
  const f = rows.map(([, fig]) => fig);
  const table = [
    head,
    ['documents', ...f.map((x) => String(x.documents)), ''],
    line('municipality accuracy', f.map((x) => x.municipalityAccuracy), TARGETS.municipality),
    line('organisation accuracy', f.map((x) => x.organisationAccuracy), null, '(documents of a named body)'),
    line('goal precision', f.map((x) => x.goals.precision), TARGETS.goalPrecision),
    line('goal recall', f.map((x) => x.goals.recall), TARGETS.goalRecall),
    line('goal F1', f.map((x) => x.goals.f1), null),
    ['goals tp / fp / fn', ...f.map((x) => `${x.goals.tp} / ${x.goals.fp} / ${x.goals.fn}`), ''],
    ['documents without goals', ...f.map((x) => String(x.documentsWithoutGoals)), ''],
    line('theme precision', f.map((x) => x.themes.precision), null),
    line('theme recall', f.map((x) => x.themes.recall), null),
    line('theme micro-F1', f.map((x) => x.themes.f1), TARGETS.themeF1),
    line('measurable-target accuracy', f.map((x) => x.measurableAccuracy), TARGETS.measurable),
  ];
  const widths = head.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  return table.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** The tuning documents with the most errors, with what was missed and what was wrongly taken. */
export function worstDocuments(scores: readonly DocumentScore[], count: number, detail: boolean): string {
  const errors = (s: DocumentScore): number => s.goals.fp + s.goals.fn + s.themes.fp + s.themes.fn + (s.municipalityRight ? 0 : 2);
  const worst = [...scores].filter((s) => errors(s) > 0).sort((a, b) => errors(b) - errors(a) || a.id.localeCompare(b.id)).slice(0, count);
  const out: string[] = [];
  for (const s of worst) {
    const themeText = [...s.themes.missing.map((t) => `-${t}`), ...s.themes.extra.map((t) => `+${t}`)].join(' ');
    out.push(
      `${s.id} (${s.topic}): goals tp ${s.goals.tp} fp ${s.goals.fp} fn ${s.goals.fn}` +
        `${themeText ? `; themes ${themeText}` : ''}${s.municipalityRight ? '' : '; WRONG PUBLISHER'}`,
    );
    if (!detail) continue;
    for (const g of s.missedGoals) out.push(`    missed: ${g.slice(0, 160)}`);
    for (const g of s.extraGoals) out.push(`    extra:  ${g.slice(0, 160)}`);
  }
  return out.join('\n');
}
