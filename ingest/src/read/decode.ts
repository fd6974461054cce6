/**
 * Bytes → text for plain-text formats. Swedish public files come as UTF-8 or as Windows-1252/Latin-1
 * (and now and then as UTF-16 from Windows tools). A byte order mark decides; otherwise a byte sequence
 * that decodes as valid UTF-8 is UTF-8 (a Latin-1 file with "ä" in it practically never is), NUL bytes
 * mean UTF-16 when chardet is confident of it and binary data when not, and everything else is
 * Windows-1252, a superset of Latin-1's printable characters. chardet is not asked to choose among
 * single-byte encodings: on short Swedish texts it guesses ISO-8859-2 or Big5 as often as Latin-1.
 * The result is NFC with \n line breaks.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReadError } from './errors.js';

/** how much of a file is inspected for binary content and encoding */
const SAMPLE_BYTES = 64 * 1024;
/** more control characters than this share of the sample means the file is not text */
const MAX_CONTROL_RATIO = 0.05;
/** chardet's confidence (0–100) needed to read a file with NUL bytes as UTF-16/32 */
const MIN_CONFIDENCE = 50;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export interface DecodedText {
  text: string;
  /** the encoding the bytes were read as, e.g. "UTF-8" or "windows-1252" */
  encoding: string;
}

export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  if (bytes.length === 0) throw emptyFile(path);
  const encoding = detectEncoding(bytes, path);
  const body = stripBom(bytes, encoding);
  const raw = encoding === 'UTF-8' ? UTF8.decode(body) : iconv.decode(Buffer.from(body), encoding);
  const text = normaliseText(raw);
  if (controlRatio(text.slice(0, SAMPLE_BYTES)) > MAX_CONTROL_RATIO) throw binaryFile(path);
  if (!text.trim()) throw emptyFile(path);
  return { text, encoding };
}

/** NFC, \n line breaks, no stray BOM. Every reader's text passes through here. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

export function detectEncoding(bytes: Uint8Array, path: string): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'UTF-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'UTF-16LE';
  if (startsWith(bytes, [0xfe, 0xff])) return 'UTF-16BE';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) {
    // NUL bytes: UTF-16 without a byte order mark, or not text at all
    const guess = chardet.analyse(sample)[0];
    if (guess && /^UTF-(16|32)/.test(guess.name) && guess.confidence >= MIN_CONFIDENCE && iconv.encodingExists(guess.name)) return guess.name;
    throw binaryFile(path);
  }
  return isUtf8(bytes) ? 'UTF-8' : 'windows-1252';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function stripBom(bytes: Uint8Array, encoding: string): Uint8Array {
  if (encoding === 'UTF-8' && startsWith(bytes, [0xef, 0xbb, 0xbf])) return bytes.subarray(3);
  if (encoding.startsWith('UTF-16') && (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))) return bytes.subarray(2);
  return bytes;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** share of characters that are control codes other than tab, line and page breaks */
export function controlRatio(text: string): number {
  if (!text.length) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) control++;
  }
  return control / text.length;
}

export function emptyFile(path: string): ReadError {
  return new ReadError('empty', path, `${path}: the file is empty (no text). Remove it or replace it with the document's text.`);
}

export function binaryFile(path: string): ReadError {
  return new ReadError(
    'binary',
    path,
    `${path}: the file is not text (it contains binary data). Save the document as .txt, .md, .html, .pdf or .docx, or remove it.`,
  );
}
