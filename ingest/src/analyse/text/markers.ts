/**
 * List markers: what starts a list item.
 *
 *  - bullet signs: "- ", "– ", "• ", "* ", "▪ ", "● ", "◦ " (the readers turn HTML, Markdown and DOCX
 *    list items into "- " lines);
 *  - numbers and letters, only at the start of a line: "1. ", "1) ", "(1) ", "a) ", "(a) ".
 *    Inside a line "1." is far more often a date, a paragraph number or a decimal than a list item.
 */

/** includes the private-use bullets of the Symbol and Wingdings fonts that PDF text extraction leaves ("", "") */
const BULLET_CHARS = new Set(['-', '–', '•', '*', '▪', '●', '◦', '○', '■', '►', '▸', '➢', '\uf0b7', '\uf0a7', '\uf076', '\uf0d8']);
/** inside a line only these, and only before a capital: "… aktörer. - Stimulera …" */
const INLINE_BULLET_CHARS = new Set(['-', '–', '•']);
/**
 * signs a transcript glues to the item's first word ("… följande direktiv: *Kommunen ska …"): a bullet
 * when the item opens with a capital and stands at the start of a line or after the end of a sentence or a colon
 */
const GLUED_BULLET_CHARS = new Set(['*', '•']);
/** "1. ", "12) ", "(3) ", "a) ", "(b) " — one or two digits, or one letter with a parenthesis */
const NUMBERED = /^(?:\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-zåäö]\))[ \t]+(?=\S)/u;
/** a trimmed line that starts with a bullet sign */
export const BULLET_LINE = /^[-–•*▪●◦○■►▸➢\uf0b7\uf0a7\uf076\uf0d8][ \t]/u;

/** The number or letter marker a trimmed line starts with, as its style ("1.", "1)", "(1)", "a)") and ordinal; null without one. */
export function numberedMarker(line: string): { style: string; ordinal: number } | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  const marker = m[0].trim();
  const value = marker.replace(/[().]/g, '');
  const ordinal = /^\d+$/.test(value) ? Number(value) : value.charCodeAt(0) - 'a'.charCodeAt(0) + 1;
  return { style: marker.replace(/\d+|\p{Ll}/u, /\d/.test(value) ? '1' : 'a'), ordinal };
}

const UPPER = /\p{Lu}/u;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

/** text[i] follows spaces after a full stop, a colon, a semicolon, "!" or "?" */
function afterSentenceEnd(text: string, i: number): boolean {
  let k = i - 1;
  if (!isSpace(text[k])) return false;
  while (k >= 0 && isSpace(text[k])) k--;
  return k >= 0 && /[.:;!?]/u.test(text[k]!);
}

/**
 * The length of the list marker at text[i] (without the spaces after it), or 0 when there is none.
 * `lineStart`: i is the first non-space character of its line.
 */
export function markerLength(text: string, i: number, to: number, lineStart: boolean): number {
  const c = text[i];
  if (c === undefined || i + 2 > to) return 0;
  if (GLUED_BULLET_CHARS.has(c) && UPPER.test(text[i + 1] ?? '')) return lineStart || afterSentenceEnd(text, i) ? 1 : 0;
  if (BULLET_CHARS.has(c)) {
    if (!isSpace(text[i + 1])) return 0;
    if (lineStart) return 1;
    if (!INLINE_BULLET_CHARS.has(c)) return 0;
    let k = i + 1;
    while (k < to && isSpace(text[k])) k++;
    return k < to && UPPER.test(text[k]!) ? 1 : 0;
  }
  if (!lineStart || !(c === '(' || /[\d\p{Ll}]/u.test(c))) return 0;
  const m = NUMBERED.exec(text.slice(i, Math.min(to, i + 8)));
  return m ? m[0].trimEnd().length : 0;
}
