/** The limits per document: how far a .docx may unpack (checked while inflating, before mammoth), and how much text a document may have. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUnpackedSize, parseBytes, ReadError, readSource } from '../../src/read/index.js';
import { writeDocx } from '../fixtures/docx-writer.js';
import { writeDocxBomb } from '../../testing/oversized.js';

let dir: string;
let honest: string;
let lying: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strategigrafen-limits-'));
  honest = join(dir, 'bomb.docx');
  lying = join(dir, 'lying-bomb.docx');
  // 200 MB of XML each, about 1.5 MB on disk; the zip writer streams, so the test stays small
  await writeDocxBomb(honest, { inflatedMb: 200 });
  await writeDocxBomb(lying, { inflatedMb: 200, declaredBytes: 64 * 1024 });
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<ReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof ReadError) return error;
  throw new Error(`expected a ReadError, got ${String(error)}`);
}

describe('a .docx that unpacks past the limit (a decompression bomb)', () => {
  it('is small on disk', async () => {
    expect((await readFile(honest)).length).toBeLessThan(3 * 1024 * 1024);
  });

  it('is refused with its own code and a message naming the file, the limit and what to do, before mammoth parses it', async () => {
    const error = await failure(readSource(honest, { path: 'bilagor/bomb.docx' }));
    expect(error.code).toBe('too-large-unpacked');
    expect(error.path).toBe('bilagor/bomb.docx');
    expect(error.message).toBe(
      'bilagor/bomb.docx: the Word file unpacks to more than the 100 MB limit (its parts declare 200 MB, word/document.xml alone 200 MB); it was not read. ' +
        'A file that unpacks this far is most likely a decompression bomb, not a document. If it is a genuine document, raise the limit with --max-unpacked-mb.',
    );
  });

  it('is caught while inflating when the zip understates its sizes (what mammoth would believe)', async () => {
    const error = await failure(readSource(lying, { path: 'lying-bomb.docx' }));
    expect(error.code).toBe('too-large-unpacked');
    expect(error.message).toMatch(/^lying-bomb\.docx: the Word file's part word\/document\.xml unpacks to more than the 64\.0 KB its zip declares; it was not read\. .*decompression bomb/);
  });

  it('obeys the limit it is given: inflated and counted, never held', async () => {
    const bytes = await readFile(honest);
    expect(await checkUnpackedSize(bytes, 'bomb.docx', 250)).toBeGreaterThan(200 * 1024 * 1024);
    const error = await failure(checkUnpackedSize(bytes, 'bomb.docx', 50));
    expect(error.message).toMatch(/more than the 50 MB limit/);
  });

  it('a lower --max-unpacked-mb refuses an ordinary document too, saying so', async () => {
    const docx = join(dir, 'liten.docx');
    await writeFile(docx, await writeDocx([{ heading: 'Plan' }, { paragraph: 'Kommunen ska minska utsläppen. '.repeat(2000) }]));
    const error = await failure(readSource(docx, { maxUnpackedMb: 0.01 }));
    expect(error.code).toBe('too-large-unpacked');
    expect(error.message).toMatch(/^liten\.docx: the Word file unpacks to more than the 0\.01 MB limit/);
    expect((await readSource(docx)).title).toBe('Plan');
  });
});

describe('a damaged .docx', () => {
  it('keeps the "damaged or not a .docx" message', async () => {
    const good = await writeDocx([{ heading: 'Plan' }, { paragraph: 'Kommunen ska minska utsläppen.' }]);
    for (const [name, bytes] of [
      ['halv.docx', good.subarray(0, Math.floor(good.length / 2))],
      ['text.docx', Buffer.from('Det här är ingen zip-fil, bara text med fel filändelse.')],
    ] as const) {
      const error = await failure(parseBytes(bytes, name));
      expect(error.code).toBe('corrupt-docx');
      expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: the Word file cannot be read \\(.+\\)\\. It is damaged or not a \\.docx`));
    }
  });
});

describe('the text limit per document', () => {
  const text = (chars: number) => 'Kommunen ska minska utsläppen. '.repeat(Math.ceil(chars / 31)).slice(0, chars);

  it('refuses a text file with more characters than the limit, before it is analysed', async () => {
    const error = await failure(parseBytes(Buffer.from(text(6_000_000)), 'plan.txt'));
    expect(error.code).toBe('text-too-long');
    expect(error.message).toBe(
      'plan.txt: the document has 6 million characters of text, over the limit of 5 million per document (a 1,000-page report has about 3 million). ' +
        'Split it into parts, or raise the limit with --max-text-chars.',
    );
  });

  it('takes the limit it is given, for every format', async () => {
    const long = text(1001);
    await expect(parseBytes(Buffer.from(long), 'plan.txt', undefined, { maxTextChars: 1000 })).rejects.toMatchObject({ code: 'text-too-long' });
    await expect(parseBytes(Buffer.from(`# Plan\n\n${long}`), 'plan.md', undefined, { maxTextChars: 1000 })).rejects.toMatchObject({ code: 'text-too-long' });
    await expect(parseBytes(Buffer.from(`<h1>Plan</h1><p>${long}</p>`), 'plan.html', undefined, { maxTextChars: 1000 })).rejects.toMatchObject({ code: 'text-too-long' });
    const docx = await writeDocx([{ heading: 'Plan' }, { paragraph: long }]);
    const error = await failure(parseBytes(docx, 'plan.docx', undefined, { maxTextChars: 1000 }));
    expect(error.message).toMatch(/^plan\.docx: the document has 1,0\d\d characters of text, over the limit of 1,000 per document/);
    // at the limit is fine
    expect((await parseBytes(Buffer.from(text(1000)), 'plan.txt', undefined, { maxTextChars: 1000 })).text.length).toBeGreaterThan(900);
  });
});
