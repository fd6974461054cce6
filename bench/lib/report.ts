import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { MachineInfo } from './machine.js';

/** One benchmark's result: a table, a verdict per target, and notes on method. */
export interface BenchTable {
  /** short id, also the section key in RESULTS.md */
  name: string;
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  targets: Array<{ target: string; measured: string; met: boolean }>;
  notes: string[];
}

export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function markdownTable(columns: string[], rows: Array<Array<string | number>>): string {
  const cell = (v: string | number) => (typeof v === 'number' ? formatNumber(v, 2) : v).replace(/\|/g, '\\|');
  return [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function renderSection(table: BenchTable, machine: MachineInfo): string {
  const lines = [`## ${table.title}`, '', `_Run ${machine.date} on ${machine.summary}._`, '', markdownTable(table.columns, table.rows), ''];
  if (table.targets.length) {
    lines.push(markdownTable(['target', 'measured', 'met'], table.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**'])), '');
  }
  for (const note of table.notes) lines.push(`- ${note}`);
  return lines.join('\n').trimEnd() + '\n';
}

const BEGIN = (name: string) => `<!-- bench:${name} -->`;
const END = (name: string) => `<!-- /bench:${name} -->`;
const ORDER = ['ingest', 'similar', 'api', 'search', 'goals-like'];

/**
 * Writes a benchmark's section into RESULTS.md, replacing that section only, so that running one
 * benchmark (--only) keeps the others' last results.
 */
export function updateResults(file: string, table: BenchTable, machine: MachineInfo): void {
  const sections = new Map<string, string>();
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/<!-- bench:([\w-]+) -->\n([\s\S]*?)<!-- \/bench:\1 -->/g)) sections.set(match[1]!, match[2]!);
  }
  sections.set(table.name, renderSection(table, machine));
  const names = [...sections.keys()].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  const header = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (`bench/run.ts`); each section is replaced when its benchmark runs again',
    '(`npm run bench -- --only <name>`). Machine and versions are given per section.',
    '',
  ].join('\n');
  writeFileSync(file, header + '\n' + names.map((n) => `${BEGIN(n)}\n${sections.get(n)}${END(n)}\n`).join('\n'));
}

export function printTable(table: BenchTable): void {
  console.log(`\n${table.title}\n`);
  console.log(markdownTable(table.columns, table.rows));
  if (table.targets.length) console.log('\n' + markdownTable(['target', 'measured', 'met'], table.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : 'NO'])));
  for (const note of table.notes) console.log(`- ${note}`);
}
