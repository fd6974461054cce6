/**
 * Readers: one input file → one SourceDocument, whatever its format. Every failure is a ReadError
 * that names the file and says what to do; nothing here interprets the text.
 */
import { open, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SourceDocument } from '../types.js';
import { decodeText, emptyFile } from './decode.js';
import { readDocx } from './docx.js';
import { ReadError } from './errors.js';
import { htmlToText } from './html.js';
import { checkTextLength } from './limits.js';
import { markdownToText } from './markdown.js';
import { readPdf } from './pdf.js';
import { parseSeedPage } from './seed.js';
import { parsePageTranscript } from './transcript.js';
import { makeSource } from './source.js';
import { listInputs, type InputFile } from './tree.js';

export { ReadError, isReadError, READ_ERROR_CODES, type ReadErrorCode } from './errors.js';
export { checkPaths, listInputs, MissingPathError, type InputFile } from './tree.js';
export { decodeText, detectEncoding, normaliseText } from './decode.js';
export { htmlToText } from './html.js';
export { parseSeedPage, isSeedPage } from './seed.js';
export { parsePageTranscript } from './transcript.js';
export { makeSource, isSyntheticText } from './source.js';
export { checkTextLength, checkUnpackedSize, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_UNPACKED_MB } from './limits.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'] as const;
export const DEFAULT_MAX_FILE_MB = 20;

export interface ReadLimits {
  /** a .docx that unpacks to more is refused, counted while inflating, before it is parsed (default 100) */
  maxUnpackedMb?: number;
  /** a document with more characters of text is refused before it is analysed (default 5 million) */
  maxTextChars?: number;
}

export interface ReadOptions extends ReadLimits {
  /** larger files are rejected before they are read (default 20) */
  maxFileMb?: number;
  /** the path to store and report (default: the file's name) */
  path?: string;
  /** read as this format (an extension such as ".pdf") instead of the file's extension */
  format?: string;
}

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

export function unsupportedMessage(path: string): string {
  const ext = extname(path) || '(no extension)';
  return `${path}: ${ext} files are not supported. Supported: ${SUPPORTED_EXTENSIONS.join(', ')}; convert the document to one of them.`;
}

/** Reads one file from disk. */
export async function readSource(file: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const path = options.path ?? basename(file);
  if (!isSupported(options.format ? `file${options.format}` : file)) throw new ReadError('unsupported', path, unsupportedMessage(path));
  const bytes = await readLimited(file, path, options.maxFileMb ?? DEFAULT_MAX_FILE_MB);
  return parseBytes(bytes, path, options.format, options);
}

/**
 * Turns the bytes of a file of a supported format into a SourceDocument; the format is `format` (an
 * extension such as ".pdf") if given, else `path`'s extension.
 */
export async function parseBytes(bytes: Uint8Array, path: string, format?: string, limits: ReadLimits = {}): Promise<SourceDocument> {
  if (bytes.length === 0) throw emptyFile(path);
  // plain text and Markdown are checked as decoded, before any parsing; the other formats once their text is extracted
  const limitText = (text: string) => {
    checkTextLength(text, path, limits.maxTextChars);
    return text;
  };
  switch ((format ?? extname(path)).toLowerCase()) {
    case '.txt': {
      const text = limitText(decodeText(bytes, path).text);
      const seed = parseSeedPage(text);
      if (seed) return makeSource(path, seed.title, seed.body, seed.relatedTitles);
      const page = parsePageTranscript(text);
      return page ? nonEmpty(makeSource(path, page.title || null, page.body)) : makeSource(path, null, text);
    }
    case '.md':
    case '.markdown': {
      const { title, text } = markdownToText(limitText(decodeText(bytes, path).text));
      return nonEmpty(makeSource(path, title, text));
    }
    case '.html':
    case '.htm': {
      const { title, text } = htmlToText(decodeText(bytes, path).text);
      return nonEmpty(makeSource(path, title, limitText(text)));
    }
    case '.pdf': {
      const { title, pages } = await readPdf(bytes, path);
      return nonEmpty(makeSource(path, title, limitText(pages.map((paragraphs) => paragraphs.join('\n\n')).join('\n\n'))));
    }
    case '.docx': {
      const { title, text } = await readDocx(bytes, path, limits.maxUnpackedMb);
      return nonEmpty(makeSource(path, title, limitText(text)));
    }
    default:
      throw new ReadError('unsupported', path, unsupportedMessage(path));
  }
}

function nonEmpty(source: SourceDocument): SourceDocument {
  if (!source.title && !source.text.trim()) throw emptyFile(source.path ?? '(unnamed)');
  return source;
}

/** Reads a whole file, but first checks its size so that a huge file is refused without being read. */
async function readLimited(file: string, path: string, maxFileMb: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const { size } = await handle.stat();
    const limit = maxFileMb * 1024 * 1024;
    if (size > limit) {
      throw new ReadError(
        'too-large',
        path,
        `${path}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxFileMb} MB limit. ` +
          `Split the document, or raise the limit with --max-file-mb.`,
      );
    }
    return await readFile(handle);
  } catch (error) {
    throw error instanceof ReadError ? error : unreadable(path, error);
  } finally {
    await handle.close();
  }
}

function unreadable(path: string, error: unknown): ReadError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ReadError('unreadable', path, `${path}: the file cannot be opened (${detail}). Check that it exists and is readable.`, {
    cause: error,
  });
}

export type ReadOutcome =
  | { file: InputFile; source: SourceDocument }
  | { file: InputFile; error: ReadError }
  | { file: InputFile; skipped: string };

export interface TreeOptions extends Omit<ReadOptions, 'path'> {
  /** files read ahead of the consumer (default 4); reading overlaps with analysing and writing */
  readAhead?: number;
}

/**
 * Reads files (or the files listed by listInputs) in order, a few ahead of the consumer, never
 * more: memory stays flat however many files there are. Files in folders with an unsupported
 * extension are skipped with a message; a file the user named directly is an error instead.
 */
export async function* readTree(input: readonly string[] | readonly InputFile[], options: TreeOptions = {}): AsyncGenerator<ReadOutcome> {
  const files = isFileList(input) ? input : await listInputs(input);
  const ahead = Math.max(1, options.readAhead ?? 4);
  const queue: Promise<ReadOutcome>[] = [];
  let next = 0;
  const fill = () => {
    while (queue.length < ahead && next < files.length) queue.push(readOne(files[next++]!, options));
  };
  fill();
  while (queue.length) {
    const outcome = await queue.shift()!;
    fill();
    yield outcome;
  }
}

async function readOne(file: InputFile, options: TreeOptions): Promise<ReadOutcome> {
  if (!file.explicit && !isSupported(file.format ? `file${file.format}` : file.absolute)) return { file, skipped: unsupportedMessage(file.path) };
  try {
    return { file, source: await readSource(file.absolute, { ...options, path: file.path, format: file.format }) };
  } catch (error) {
    if (error instanceof ReadError) return { file, error };
    const detail = error instanceof Error ? error.message : String(error);
    return { file, error: new ReadError('unreadable', file.path, `${file.path}: reading failed (${detail}).`, { cause: error }) };
  }
}

function isFileList(input: readonly string[] | readonly InputFile[]): input is readonly InputFile[] {
  return input.length > 0 && typeof input[0] !== 'string';
}
