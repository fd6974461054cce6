import { describe, expect, it } from 'vitest';
import { ReadError, readSource } from '../../src/read/index.js';
import { readPdf, usableTitle } from '../../src/read/pdf.js';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENCRYPTED_PDF_PASSWORD } from '../fixtures/build.js';

const MIXED = 'ingest/test/fixtures/mixed';
const BAD = 'ingest/test/fixtures/bad';

async function readError(file: string, options = {}): Promise<ReadError> {
  try {
    await readSource(file, options);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error(`expected ${file} to fail`);
}

describe('readers by format', () => {
  it('markdown: the first # heading is the title and the syntax is gone', async () => {
    const source = await readSource(`${MIXED}/norrvik-besoksnaringsprogram.md`);
    expect(source.title).toBe('Besöksnäringsprogram för Norrviks kommun 2024–2027');
    expect(source.synthetic).toBe(true);
    expect(source.text).not.toMatch(/[#*`>[\]]|https?:/);
    expect(source.text).toContain('Besöksnäringen i Norrvik växer.');
    expect(source.text).toContain('det gamla bruket lockar');
    expect(source.text).toContain('Turistbyrån ska:\n\n- Marknadsföra Norrvik som ett besöksmål året runt.\n- Förbättra värdskapet');
    expect(source.text).toContain('- Antalet gästnätter ska öka med 20 procent till år 2027.');
    expect(source.text.startsWith('Syntetiskt exempeldokument')).toBe(true);
  });

  it('text in Windows-1252: å, ä, ö, dashes and quotes survive', async () => {
    const source = await readSource(`${MIXED}/solvik-upphandlingspolicy.txt`);
    expect(source.title).toBe('Upphandlingspolicy för Solviks kommun');
    expect(source.text).toContain('Näringslivsfrågor, försörjning av varor och tjänster – allt hänger ihop: "Lokalt är lönsamt".');
    expect(source.text).not.toContain('Ã');
    expect(source.synthetic).toBe(true);
  });

  it('HTML: the article without the page chrome', async () => {
    const source = await readSource(`${MIXED}/lerum-inflytande.html`, { path: 'mixed/lerum-inflytande.html' });
    expect(source.path).toBe('mixed/lerum-inflytande.html');
    expect(source.title).toBe('Förklaringsdokument till näringslivsstrategi för Lerums kommun – Inflytande');
    expect(source.text.startsWith('Inriktning: Lerums kommun ska utvärdera')).toBe(true);
    expect(source.text).not.toContain('Bo och bygga');
    expect(source.synthetic).toBe(false);
  });

  it('PDF: title from the metadata, lines joined into paragraphs, pages kept apart', async () => {
    const source = await readSource(`${MIXED}/lerum-kreativitet.pdf`);
    expect(source.title).toBe('Förklaringsdokument till näringslivsstrategi för Lerums kommun – Kreativitet');
    const paragraphs = source.text.split('\n\n');
    expect(paragraphs[0]).toBe('Kreativitet');
    expect(paragraphs[1]).toMatch(/^Inriktningsmål: Näringslivsarbetet är ett medel för att nå målet - arbetstillfällen för alla\. Arbetet ska präglas av ett kreativt/);
    expect(source.text).toContain('Kommunen ska våga satsa på innovativa framtidslösningar och visa djärvhet och kreativitet i framtidsplaneringen.');
    expect(source.text).toContain('Näringslivsenheten ska verka som en brygga mellan det lokala näringslivet och de regionala organisationerna.');
    expect(source.text).not.toMatch(/[^\n]\n[^\n]/); // no line breaks inside paragraphs
    const pages = await readPdf(await readFile(`${MIXED}/lerum-kreativitet.pdf`), 'x.pdf');
    expect(pages.pages).toHaveLength(2);
  });

  it('DOCX: the first heading is the title, list items become "- " lines', async () => {
    const source = await readSource(`${MIXED}/lerum-hallbarhet.docx`);
    expect(source.title).toBe('Förklaringsdokument till näringslivsstrategi för Lerums kommun – Hållbarhet');
    expect(source.text.startsWith('Hållbarhet\n\nInriktningsmål: Förvaltningen ska arbeta för ett hållbart näringsliv i Lerums kommun.')).toBe(true);
    expect(source.text).toContain('Den kommunala upphandlingen ska:\n\n- Förbättra möjligheterna för företag inom närområdet att bli leverantörer till kommunen.\n- Verka för att stimulera socialt ansvarstagande.');
  });
});

describe('bad input', () => {
  it('an empty file', async () => {
    const error = await readError(`${BAD}/empty.txt`, { path: 'bad/empty.txt' });
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/^bad\/empty\.txt: the file is empty/);
  });

  it('binary garbage', async () => {
    const error = await readError(`${BAD}/binary-garbage.txt`);
    expect(error.code).toBe('binary');
    expect(error.message).toContain('binary-garbage.txt: the file is not text');
  });

  it('a corrupt PDF', async () => {
    const error = await readError(`${BAD}/corrupt.pdf`);
    expect(error.code).toBe('corrupt-pdf');
    expect(error.message).toMatch(/^corrupt\.pdf: the PDF cannot be read \(.+\)\. The file is damaged/);
  });

  it('a password-protected PDF (which does open with its password, so it really is encrypted)', async () => {
    const error = await readError(`${BAD}/encrypted.pdf`);
    expect(error.code).toBe('encrypted-pdf');
    expect(error.message).toBe('encrypted.pdf: the PDF is password-protected. Save an unprotected copy (or ask the publisher for one) and ingest that.');
    const opened = await readPdf(await readFile(`${BAD}/encrypted.pdf`), 'encrypted.pdf', ENCRYPTED_PDF_PASSWORD);
    expect(opened.pages.flat().join(' ')).toContain('Kommunen ska våga satsa på innovativa framtidslösningar');
  });

  it('an unsupported extension, listing the supported ones', async () => {
    const error = await readError(`${BAD}/tabell.xlsx`);
    expect(error.code).toBe('unsupported');
    expect(error.message).toBe('tabell.xlsx: .xlsx files are not supported. Supported: .txt, .md, .markdown, .html, .htm, .pdf, .docx; convert the document to one of them.');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const error = await readError(`${MIXED}/lerum-kreativitet.pdf`, { maxFileMb: 0.001 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^lerum-kreativitet\.pdf: the file is 0\.0 MB, over the 0\.001 MB limit\. Split the document, or raise the limit with --max-file-mb\.$/);
  });

  it('a damaged Word file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'strategigrafen-docx-'));
    try {
      await writeFile(join(dir, 'trasig.docx'), 'PK\u0003\u0004 not really a zip archive');
      const error = await readError(join(dir, 'trasig.docx'));
      expect(error.code).toBe('corrupt-docx');
      expect(error.message).toMatch(/^trasig\.docx: the Word file cannot be read \(.+\)\. It is damaged or not a \.docx/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a file that cannot be opened', async () => {
    const error = await readError(`${BAD}/finns-inte.txt`);
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('finns-inte.txt: the file cannot be opened');
  });
});

describe('PDF metadata titles', () => {
  it('keeps a real title and ignores what word processors fill in by themselves', () => {
    expect(usableTitle('  Näringslivsstrategi   för Lerums kommun ')).toBe('Näringslivsstrategi för Lerums kommun');
    for (const junk of ['Microsoft Word - Näringslivsprogram 2016.docx', 'Dokument1', 'Namnlös', 'strategi_v3.pdf', 'Untitled-2', '12', '', null, 42]) {
      expect(usableTitle(junk), String(junk)).toBeNull();
    }
  });
});

describe('titles of saved web pages', () => {
  it('skips the page furniture above the title: logo, skip links, menus, cookie notices, dates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sg-title-'));
    try {
      // a page saved as text from an invented municipality's site (our own writing)
      const page = [
        'Logotyp för Norrviks kommun',
        'Gå till innehållet',
        'Vi använder kakor (cookies) för att webbplatsen ska fungera.',
        'Du kan när du vill ändra dina inställningar.',
        'Publicerad 2024-03-12',
        'Kulturplan för Norrviks kommun',
        'Kulturen ska vara tillgänglig för alla.',
      ].join('\n');
      await writeFile(join(dir, 'sida.txt'), page);
      const source = await readSource(join(dir, 'sida.txt'));
      expect(source.title).toBe('Kulturplan för Norrviks kommun');
      expect(source.text).toContain('Kulturen ska vara tillgänglig för alla.');

      await writeFile(join(dir, 'smula.txt'), 'Huvudmeny\nDu är här: Start / Bo och bygga / Bostadsförsörjning\nKommunen ska planera för fler bostäder.');
      expect((await readSource(join(dir, 'smula.txt'))).title).toBe('Bostadsförsörjning');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
