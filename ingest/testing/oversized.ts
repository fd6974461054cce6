/**
 * Inputs that are too much for one document, made by the tests that need them:
 *  - decompression bombs: a valid .docx whose word/document.xml inflates to `inflatedMb` of repeated
 *    paragraphs while the file on disk stays small (level-9 deflate of repetitive XML packs ~130 : 1).
 *    Written with yazl from a generated stream, so neither the test nor the zip writer ever holds more
 *    than a chunk of the XML in memory;
 *  - a huge plain-text file, streamed to disk the same way;
 *  - a long but varied plan (synthetic documents end to end), slow to analyse.
 */
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { synthDocuments } from '../src/synth/index.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DATE = new Date(Date.UTC(2024, 0, 1));
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface BombOptions {
  /** what word/document.xml inflates to, in MB (1024 × 1024 bytes) */
  inflatedMb: number;
  /**
   * what the zip declares as the entry's uncompressed size. Default: the truth. A lying bomb declares
   * a small size and inflates to much more; jszip (mammoth's unzip) believes it.
   */
  declaredBytes?: number;
}

/** Writes the bomb to `file`; resolves to the file's size in bytes. */
export async function writeDocxBomb(file: string, options: BombOptions): Promise<number> {
  const zip = new yazl.ZipFile();
  const small = (name: string, xml: string) => zip.addBuffer(Buffer.from(XML + xml), name, { mtime: DATE, compress: true });
  small(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `</Types>`,
  );
  small('_rels/.rels', `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  const total = Math.round(options.inflatedMb * 1024 * 1024);
  zip.addReadStream(documentXml(total), 'word/document.xml', {
    mtime: DATE,
    compress: true,
    compressionLevel: 9,
    size: total,
  });
  zip.end();
  const out = createWriteStream(file);
  await pipeline(zip.outputStream, out);
  if (options.declaredBytes !== undefined) await declareSize(file, 'word/document.xml', options.declaredBytes);
  return out.bytesWritten;
}

/** Overwrites the uncompressed size that the central directory declares for one entry (the size unzippers believe). */
async function declareSize(file: string, name: string, bytes: number): Promise<void> {
  const zip = await readFile(file);
  const wanted = Buffer.from(name);
  for (let at = zip.lastIndexOf(CENTRAL_HEADER); at >= 0; at = zip.lastIndexOf(CENTRAL_HEADER, at - 1)) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.subarray(at + 46, at + 46 + nameLength).equals(wanted)) {
      zip.writeUInt32LE(bytes, at + 24);
      await writeFile(file, zip);
      return;
    }
  }
  throw new Error(`${file} has no central directory entry ${name}`);
}

const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** Exactly `total` bytes of document.xml: a header, paragraphs about climate goals, padding, the closing tags. */
function documentXml(total: number): Readable {
  const head = Buffer.from(`${XML}<w:document xmlns:w="${W}"><w:body>`);
  const tail = Buffer.from('</w:body></w:document>');
  let chunk = '';
  for (let i = 0; chunk.length < 60_000; i++) {
    chunk += `<w:p><w:r><w:t xml:space="preserve">Kommunen ska minska utsläppen av växthusgaser med ${(i % 10) * 10} procent till år 2030.</w:t></w:r></w:p>`;
  }
  const body = Buffer.from(chunk);
  let left = total - head.length - tail.length;
  if (left < 0) throw new Error(`a bomb of ${total} bytes is too small to be a document`);
  let started = false;
  let ended = false;
  return new Readable({
    read() {
      if (!started) {
        started = true;
        this.push(head);
        return;
      }
      if (left >= body.length) {
        left -= body.length;
        this.push(body);
      } else if (left > 0) {
        // pad with spaces (whitespace between paragraphs is valid XML)
        this.push(Buffer.alloc(left, 0x20));
        left = 0;
      } else if (!ended) {
        ended = true;
        this.push(tail);
      } else this.push(null);
    },
  });
}

/** Writes `mb` MB of plain Swedish text (one paragraph over and over) to `file`, a chunk at a time. */
export async function writeLongText(file: string, mb: number): Promise<void> {
  const paragraph = 'Kommunen ska minska utsläppen av växthusgaser med 50 procent till år 2030. Alla barn ska ha en trygg skolväg.\n\n';
  const chunk = Buffer.from(paragraph.repeat(Math.ceil(65_536 / paragraph.length)));
  let left = Math.round(mb * 1024 * 1024);
  await pipeline(
    new Readable({
      read() {
        if (left <= 0) return void this.push(null);
        const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= part.length;
        this.push(part);
      },
    }),
    createWriteStream(file),
  );
}

/** A plan of at least `chars` characters of varied text: synthetic documents end to end, under one title. */
export function longPlanText(chars: number, title = 'Klimatplan för Lerums kommun'): string {
  const parts: string[] = [];
  let length = 0;
  for (const doc of synthDocuments(Math.ceil(chars / 1000) + 10, 7)) {
    if (length >= chars) break;
    const text = doc.text.replace(/Syntetiskt (?:exempel)?dokument[^\n]*/g, '');
    parts.push(text);
    length += text.length + 2;
  }
  const text = `${title}\n\n${parts.join('\n\n')}`;
  if (text.length < chars) throw new Error(`longPlanText: only ${text.length} characters for ${chars}`);
  return text;
}
