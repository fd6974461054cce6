/**
 * What a response is, from its bytes first: a PDF served as text/html is still a PDF, a DOCX is a zip
 * with word/document.xml in it (an .xlsx is not), HTML is markup whatever the header says. The
 * Content-Type and the URL's extension decide only for plain text.
 */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'txt' | 'md';

/** the file extension the readers use for each format */
export const FORMAT_EXTENSION: Record<DocumentFormat, string> = { pdf: '.pdf', docx: '.docx', html: '.html', txt: '.txt', md: '.md' };

export type Sniffed = { format: DocumentFormat } | { format: null; reason: string };

const HEAD = 1024;

export function sniffFormat(bytes: Uint8Array, contentType: string | null, url: string): Sniffed {
  const head = Buffer.from(bytes.subarray(0, HEAD));
  // %PDF- within the first kilobyte (some servers prepend junk; the PDF spec tolerates it)
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    // a zip: local file headers and the central directory store the member names uncompressed
    const names = Buffer.from(bytes);
    if (names.includes('word/document.xml')) return { format: 'docx' };
    if (names.includes('xl/workbook.xml')) return { format: null, reason: 'a spreadsheet (.xlsx), not a document' };
    if (names.includes('ppt/presentation.xml')) return { format: null, reason: 'a presentation (.pptx); export it to PDF' };
    return { format: null, reason: 'a zip archive, not a document' };
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    return { format: null, reason: 'an old Office file (.doc/.xls/.ppt); save it as .docx or PDF' };
  }
  if (isBinary(head)) return { format: null, reason: `binary content (${contentType ?? 'no content type'}), not a document` };
  const text = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().slice(0, 512).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(text) || (/^<(?:\?xml|!--)/.test(text) && /<html[\s>]/.test(head.toString('latin1').toLowerCase()))) {
    return { format: 'html' };
  }
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const ext = new URL(url).pathname.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return /<[a-z!]/.test(text) ? { format: 'html' } : { format: 'txt' };
  if (type === 'text/markdown' || ext === 'md' || ext === 'markdown') return { format: 'md' };
  if (type === 'text/plain' || ext === 'txt') return { format: 'txt' };
  return { format: null, reason: `${type || 'unknown content type'}, not a supported document` };
}

/** NUL bytes or many control characters in the first kilobyte */
function isBinary(head: Buffer): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > head.length * 0.1;
}
