/**
 * Document pages of sharing sites (docplayer and the like) saved as text: a title line, the site's
 * furniture ("Save this PDF as:", "Storlek: px", "Starta visningen från sidan:", 'Download "…"'), then
 * "Transkript" and the document's pages, one paragraph per page, each opening with its page number
 * ("1 Näringslivsprogram för …", "2 Förord Våren 2013 …").
 *
 * The reader keeps the document and drops the rest: the title is the one the download line quotes (the
 * document's own, not the page's shortened one), the body starts after "Transkript", and the page
 * numbers that open the page paragraphs are removed. The format with "Relevanta dokument" is seed.ts's.
 */
export interface PageTranscript {
  title: string;
  body: string;
}

const TRANSCRIPT_LINE = /^Transkript\s*:?\s*$/m;
const FURNITURE_LINE = /^(?:Save this PDF as:?|\s*WORD\s+PNG\s+TXT\s+JPG|Storlek:\s*px|Starta visningen från sidan:?|Download\s+".*"|Ladda ner\s+".*")\s*$/m;
const DOWNLOAD = /^(?:Download|Ladda ner)\s+"(.+)"\s*$/m;
/** the furniture stands in the page's head, before the transcript */
const HEAD_LINES = 40;

/** Splits a document page transcript; null when the text is not one. Expects normalised text (\n breaks). */
export function parsePageTranscript(text: string): PageTranscript | null {
  const transcript = TRANSCRIPT_LINE.exec(text);
  if (!transcript) return null;
  const head = text.slice(0, transcript.index);
  if (head.split('\n').length > HEAD_LINES || !FURNITURE_LINE.test(head)) return null;
  const title = (DOWNLOAD.exec(head)?.[1] ?? head.split('\n').find((l) => l.trim())?.trim() ?? '').replace(/\s+/g, ' ').trim();
  return { title, body: dropPageNumbers(text.slice(transcript.index + transcript[0].length)) };
}

/** Removes the page number that opens each page paragraph, when the paragraphs count 1, 2, 3 … in order. */
function dropPageNumbers(body: string): string {
  const paragraphs = body.split(/(\n[ \t]*\n)/);
  let expected = 1;
  return paragraphs
    .map((part) => {
      const m = /^(\s*)(\d{1,3})(?:\s+|$)/.exec(part);
      if (!m || Number(m[2]) < expected || Number(m[2]) > expected + 2) return part;
      expected = Number(m[2]) + 1;
      return m[1] + part.slice(m[0].length);
    })
    .join('');
}
