/**
 * Limits that keep one hostile or absurd input from costing the run its memory: how far a zipped
 * format (.docx) may unpack, and how much text one document may have. Both are checked before the
 * expensive step (mammoth's XML parse, the analysis), and each breach is a ReadError for that file.
 *
 * The unpacked size is counted while inflating, with yauzl: it checks every entry's inflated bytes
 * against the size the zip declares for it (a zip that lies about sizes is refused, not believed),
 * and the walk stops at the first byte over the limit. Nothing inflated is kept.
 */
import yauzl from 'yauzl';
import { ReadError } from './errors.js';

/** what a .docx may unpack to, all its parts together (MB); a long report with images unpacks to a few tens */
export const DEFAULT_MAX_UNPACKED_MB = 100;
/** characters of text per document; a 1,000-page report has about 3 million */
export const DEFAULT_MAX_TEXT_CHARS = 5_000_000;

const MB = 1024 * 1024;

/**
 * Inflates every entry of the zip in `bytes`, counting, and throws a ReadError `too-large-unpacked`
 * as soon as the total would pass `maxMb` (a decompression bomb), or `corrupt-docx` when the bytes
 * are not a readable zip. Resolves to the unpacked size in bytes.
 */
export async function checkUnpackedSize(bytes: Uint8Array, path: string, maxMb: number = DEFAULT_MAX_UNPACKED_MB): Promise<number> {
  const limit = Math.floor(maxMb * MB);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (error, file) =>
      error ? reject(damaged(path, error)) : resolve(file),
    );
  });
  return new Promise<number>((resolve, reject) => {
    let total = 0;
    let settled = false;
    const fail = (error: ReadError) => {
      if (settled) return;
      settled = true;
      zip.close();
      reject(error);
    };
    zip.on('error', (error: Error) => fail(damaged(path, error)));
    zip.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(total);
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entryName(entry);
      // what the zip declares already says enough to refuse, without inflating a byte
      if (total + entry.uncompressedSize > limit) return fail(bomb(path, maxMb, `its parts declare ${size(total + entry.uncompressedSize)}, ${name} alone ${size(entry.uncompressedSize)}`));
      if (entry.uncompressedSize === 0 && entry.compressedSize === 0) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(damaged(path, error));
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > limit) {
            stream.destroy();
            fail(bomb(path, maxMb, `unpacking stopped at the limit, inside ${name}`));
          }
        });
        stream.on('error', (streamError: Error) => fail(understated(path, streamError, name, entry.uncompressedSize) ?? damaged(path, streamError, name)));
        stream.on('end', () => {
          if (!settled) zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

/** Throws a ReadError `text-too-long` when `text` has more than `maxChars` characters. */
export function checkTextLength(text: string, path: string, maxChars: number = DEFAULT_MAX_TEXT_CHARS): void {
  if (text.length <= maxChars) return;
  throw new ReadError(
    'text-too-long',
    path,
    `${path}: the document has ${millions(text.length)} characters of text, over the limit of ${millions(maxChars)} per document ` +
      `(a 1,000-page report has about 3 million). Split it into parts, or raise the limit with --max-text-chars.`,
  );
}

function bomb(path: string, maxMb: number, what: string): ReadError {
  return new ReadError(
    'too-large-unpacked',
    path,
    `${path}: the Word file unpacks to more than the ${maxMb} MB limit (${what}); it was not read. ` +
      `A file that unpacks this far is most likely a decompression bomb, not a document. If it is a genuine document, raise the limit with --max-unpacked-mb.`,
  );
}

/** yauzl's error for an entry that inflates to more than the zip declares for it: the classic way to slip a bomb past a size check */
function understated(path: string, error: Error, entry: string, declared: number): ReadError | null {
  if (!/^too many bytes in the stream/.test(error.message)) return null;
  return new ReadError(
    'too-large-unpacked',
    path,
    `${path}: the Word file's part ${entry} unpacks to more than the ${size(declared)} its zip declares; it was not read. ` +
      `A zip that understates its sizes is most likely a decompression bomb (or damaged); if it is a genuine document, open it in Word and save it again.`,
    { cause: error },
  );
}

function damaged(path: string, error: Error, entry?: string): ReadError {
  const detail = error.message.replace(/\.$/, '');
  return new ReadError(
    'corrupt-docx',
    path,
    `${path}: the Word file cannot be read (${entry ? `${entry}: ` : ''}${detail}). It is damaged or not a .docx (old .doc files must be saved as .docx first).`,
    { cause: error },
  );
}

function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer | string;
  return typeof raw === 'string' ? raw : raw.toString('utf8');
}

function size(bytes: number): string {
  if (bytes < MB) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

function millions(chars: number): string {
  return chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(chars % 1_000_000 === 0 ? 0 : 1)} million` : chars.toLocaleString('en');
}
