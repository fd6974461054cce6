/** The last step of every reader: a SourceDocument with tidy text, no repeated title and the synthetic flag. */
import type { SourceDocument } from '../types.js';
import { titleLine } from '../analyse/text/title.js';
import { normaliseText } from './decode.js';

/** Text produced by this project's generators carries one of these phrases (see synth/). */
const SYNTHETIC_MARKER = /\bSyntetiskt (?:exempel)?dokument\b/i;

/** a first line longer than this is prose, not a title */
const MAX_TITLE_LENGTH = 200;

export function isSyntheticText(text: string): boolean {
  return SYNTHETIC_MARKER.test(text.slice(0, 2000));
}

export function makeSource(path: string | null, title: string | null, text: string, relatedTitles: string[] = []): SourceDocument {
  let body = tidy(text);
  let heading = title ? collapse(normaliseText(title)) : null;
  if (!heading) {
    const first = titleLine(body);
    if (first && first.length <= MAX_TITLE_LENGTH) heading = first;
  }
  if (heading && sameLine(firstLine(body), heading)) body = body.replace(/^[^\n]*\n*/, '');
  return {
    path,
    title: heading || null,
    text: body,
    relatedTitles,
    synthetic: isSyntheticText(`${heading ?? ''}\n${body}`),
  };
}

/** NFC, \n, trimmed lines, at most one blank line between paragraphs. */
export function tidy(text: string): string {
  return normaliseText(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function firstLine(text: string): string | null {
  const line = text.split('\n', 1)[0]?.trim();
  return line || null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameLine(a: string | null, b: string): boolean {
  return a !== null && collapse(a).toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');
}
