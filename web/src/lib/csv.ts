/**
 * CSV as RFC 4180 (comma, CRLF, quotes doubled) with a UTF-8 byte-order mark so that Excel opens
 * å, ä and ö correctly. Text cells that a spreadsheet would run as a formula (=, +, -, @) are
 * prefixed with an apostrophe (OWASP "CSV injection").
 */
export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (Array.isArray(value)) text = value.join('; ');
  else if (typeof value === 'string') text = FORMULA_START.test(value) ? `'${value}` : value;
  else text = String(value);
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
