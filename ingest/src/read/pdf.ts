/**
 * PDF → text with unpdf (a serverless build of pdf.js), page by page: each page's runs become lines in
 * reading order (two columns read column by column, pdf-layout.ts), running headers, footers and page
 * numbers are removed across pages (running-lines.ts), and the lines become paragraphs (hyphenated
 * line ends joined, headings kept apart). A PDF without a text layer is reported as needing OCR.
 */
import { getDocumentProxy, getMeta } from 'unpdf';
import { ReadError } from './errors.js';
import { orderLines, paragraphs, toLines, type Line, type TextRun } from './pdf-layout.js';
import { removeRunningLines } from './pdf-running-lines.js';

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
    const [layout, meta] = await Promise.all([pageLines(pdf), getMeta(pdf).catch(() => null)]);
    const lines = removeRunningLines(layout);
    const letters = lines.reduce((sum, page) => sum + page.reduce((n, line) => n + (line.text.match(/\p{L}/gu)?.length ?? 0), 0), 0);
    // a scan has no text layer, or only a stamp or page numbers in one
    if (letters < Math.max(20, lines.length * 10)) {
      throw new ReadError(
        'no-text',
        path,
        `${path}: the PDF has no text layer (probably scanned pages): OCR is needed. Run it through OCR (e.g. ocrmypdf) and ingest the result.`,
      );
    }
    const pages = paragraphs(lines);
    return { title: usableTitle(meta?.info?.Title), pages };
  } catch (error) {
    throw error instanceof ReadError ? error : pdfError(error, path);
  } finally {
    await pdf.destroy();
  }
}

/** pdf.js's text runs of every page (with the font of each run), as lines in reading order, and the page's box. */
async function pageLines(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<{ lines: Line[]; top: number; bottom: number }[]> {
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , c, d, e, f] = item.transform as number[];
      runs.push({ str: item.str, x: e!, y: f!, width: item.width, fontSize: Math.hypot(c!, d!), fontName: item.fontName, hasEOL: item.hasEOL });
    }
    const [, bottom, , top] = page.view as number[];
    pages.push({ lines: orderLines(toLines(runs)), top: top!, bottom: bottom! });
    page.cleanup();
  }
  return pages;
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
