/**
 * DOCX → text with mammoth. Converting to HTML (rather than mammoth's raw text) keeps headings and
 * list items, which then go through the same HTML-to-text step as web pages: the first heading is the
 * title (or the first paragraph when the document has no heading styles), bullets become "- " lines.
 * Before mammoth sees the file, the zip is walked and inflated once, counting (limits.ts): a
 * decompression bomb is refused there, at its limit, instead of exhausting memory inside mammoth.
 */
import mammoth from 'mammoth';
import { ReadError } from './errors.js';
import { htmlToText } from './html.js';
import { checkUnpackedSize, DEFAULT_MAX_UNPACKED_MB } from './limits.js';

export interface DocxText {
  title: string | null;
  text: string;
}

export async function readDocx(bytes: Uint8Array, path: string, maxUnpackedMb: number = DEFAULT_MAX_UNPACKED_MB): Promise<DocxText> {
  await checkUnpackedSize(bytes, path, maxUnpackedMb);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReadError(
      'corrupt-docx',
      path,
      `${path}: the Word file cannot be read (${detail}). It is damaged or not a .docx (old .doc files must be saved as .docx first).`,
      { cause: error },
    );
  }
  const { firstHeading, text } = htmlToText(html);
  return { title: firstHeading, text };
}
