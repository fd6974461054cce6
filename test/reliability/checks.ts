/** What a reliability scenario reports: named checks with the measured figure and the bound it must meet. */

export interface Check {
  scenario: string;
  name: string;
  /** the measured figure, as printed */
  measured: string;
  /** what it must be */
  expected: string;
  ok: boolean;
}

export const check = (scenario: string, name: string, ok: boolean, measured: string | number, expected: string): Check => ({
  scenario,
  name,
  ok,
  measured: typeof measured === 'number' ? String(Math.round(measured)) : measured,
  expected,
});

export function printChecks(checks: Check[], log: (line: string) => void = console.log): void {
  const rows = checks.map((c) => [c.scenario, c.name, c.measured, c.expected, c.ok ? 'ok' : 'FAILED']);
  const header = ['scenario', 'check', 'measured', 'expected', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));
}

export const ms = (value: number) => `${Math.round(value)} ms`;
export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
export const pct = (part: number, whole: number) => `${whole ? Math.round((100 * part) / whole) : 0} %`;
