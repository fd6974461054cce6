/** PDF → text with unpdf (a serverless build of pdf.js), page by page, with the lines of each page joined into paragraphs. */
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { ReadError } from './errors.js';
import { pageParagraphs } from './pdf-layout.js';

export interface PdfText {
  title: string | null;
  /** the paragraphs of each page, in order */
  pages: string[][];
}

/** pdf.js log level 0: errors only (its warnings about fonts would clutter the CLI) */
const QUIET = 0;

export async function readPdf(bytes: Uint8Array, path: string, password?: string): Promise<PdfText> {
  let pdf;
  try {
    // pdf.js takes ownership of (and detaches) the buffer it is given, so it gets a copy
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: QUIET, password });
  } catch (error) {
    throw pdfError(error, path);
  }
  try {
    const [{ items }, meta] = await Promise.all([extractTextItems(pdf), getMeta(pdf).catch(() => null)]);
    const pages = items.map(pageParagraphs);
    const title = usableTitle(meta?.info?.Title);
    if (!pages.some((page) => page.length)) {
      throw new ReadError(
        'no-text',
        path,
        `${path}: the PDF has no text layer (probably scanned pages). Run it through OCR (e.g. ocrmypdf) and ingest the result.`,
      );
    }
    return { title, pages };
  } catch (error) {
    throw error instanceof ReadError ? error : pdfError(error, path);
  } finally {
    await pdf.destroy();
  }
}

/** Titles that word processors and exporters fill in by themselves. */
const GENERATED_TITLE = new RegExp(
  [
    '^microsoft (?:word|powerpoint|excel)\\s*-',
    '^untitled\\b',
    '^namnlös',
    '^(?:dokument|document|presentation|bok|book|blad|sheet)\\s*\\d+$',
    '^powerpoint[- ]?presentation$',
    '^(?:title|titel|rubrik)$',
  ].join('|'),
  'i',
);
/** A file name: an extension at the end, or words joined by underscores without a space ("strategi_v3_final"). */
const FILE_NAME = /\.(?:docx?|pdf|odt|rtf|indd|pptx?|xlsx?)$|^[^\s]*_[^\s]*$/i;

/**
 * The metadata title, unless it is the kind that word processors fill in by themselves
 * ("Microsoft Word - Dokument1.docx", "Presentation1", "Namnlöst", "Untitled", a file name); then the first
 * line of text (the first heading) is the better title.
 */
export function usableTitle(title: unknown): string | null {
  if (typeof title !== 'string') return null;
  const clean = title.replace(/\s+/g, ' ').trim();
  if ((clean.match(/\p{L}/gu)?.length ?? 0) < 3) return null;
  if (GENERATED_TITLE.test(clean) || FILE_NAME.test(clean)) return null;
  return clean;
}

function pdfError(error: unknown, path: string): ReadError {
  const name = error instanceof Error || (error && typeof error === 'object') ? (error as { name?: string }).name : undefined;
  if (name === 'PasswordException') {
    return new ReadError(
      'encrypted-pdf',
      path,
      `${path}: the PDF is password-protected. Save an unprotected copy (or ask the publisher for one) and ingest that.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ReadError(
    'corrupt-pdf',
    path,
    `${path}: the PDF cannot be read (${detail}). The file is damaged or not a PDF; download or export it again.`,
    { cause: error },
  );
}
