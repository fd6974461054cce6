/** The fetcher's small parts: sniffing formats from bytes, public addresses, URL lists, link extraction, file names. */
import { describe, expect, it } from 'vitest';
import { isDocumentPage, isPublicAddress, isUrlArgument, pageLinks, parseUrlList, sniffFormat } from '../../src/fetch/index.js';
import { fileNameOf } from '../../src/fetch/fetcher.js';
import { writeDocx } from '../fixtures/docx-writer.js';
import { writePdf } from '../fixtures/pdf-writer.js';

describe('sniffFormat', () => {
  const url = 'https://www.kommun.se/visa';
  it('trusts the bytes over the Content-Type', async () => {
    expect(sniffFormat(writePdf({ pages: [['Text']] }), 'text/html', url)).toEqual({ format: 'pdf' });
    expect(sniffFormat(await writeDocx([{ paragraph: 'Text' }]), 'application/octet-stream', url)).toEqual({ format: 'docx' });
    expect(sniffFormat(Buffer.from('\n  <!DOCTYPE html><html><body>x</body></html>'), 'application/octet-stream', url)).toEqual({ format: 'html' });
    expect(sniffFormat(Buffer.from('Vanlig text om kommunens mål.'), 'text/plain; charset=utf-8', url)).toEqual({ format: 'txt' });
  });

  it('names what is not a document', () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml')]);
    expect(sniffFormat(zip, 'application/octet-stream', url)).toMatchObject({ format: null, reason: expect.stringContaining('spreadsheet') });
    expect(sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), null, url)).toMatchObject({ format: null, reason: expect.stringContaining('.doc') });
    expect(sniffFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg', url)).toMatchObject({ format: null });
  });
});

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['2a00:1450:4010:c0e::8a', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('URL lists and arguments', () => {
  it('reads one URL a line, comments and blank lines ignored', () => {
    expect(parseUrlList('# Lerum\nhttps://www.lerum.se/a.pdf\n\n  https://www.ale.se/b#avsnitt   # en kommentar\r\n#https://x.se\n')).toEqual([
      'https://www.lerum.se/a.pdf',
      'https://www.ale.se/b#avsnitt',
    ]);
  });

  it('tells URLs from paths', () => {
    expect(isUrlArgument('https://www.lerum.se/a.pdf')).toBe(true);
    expect(isUrlArgument('file:///etc/passwd')).toBe(true); // a URL, refused by the fetcher with a reason
    expect(isUrlArgument('samples/seed')).toBe(false);
    expect(isUrlArgument('C:\\dokument\\plan.pdf')).toBe(false);
  });
});

describe('pages', () => {
  const page = (body: string) => `<!doctype html><html><head><base href="https://www.kommun.se/styrdokument/"></head><body>${body}</body></html>`;

  it('links: same site (www. or not), resolved, without fragments, no images or other sites', () => {
    const html = page(
      '<a href="plan.pdf#sida2">Plan</a><a href="https://kommun.se/program">Program</a><a href="https://annan.se/x.pdf">X</a>' +
        '<a href="/bild.png">Bild</a><a href="mailto:a@kommun.se">Mejl</a><a href="/intern" rel="nofollow">Intern</a>',
    );
    expect(pageLinks(html, 'https://www.kommun.se/styrdokument/', 'https://www.kommun.se/styrdokument')).toEqual([
      'https://www.kommun.se/styrdokument/plan.pdf',
      'https://kommun.se/program',
    ]);
  });

  it('a page of prose is a document, a list of links is not', () => {
    const prose = Array.from({ length: 30 }, (_, i) => `<p>Kommunen ska arbeta med mål nummer ${i} för en hållbar utveckling.</p>`).join('');
    const list = Array.from({ length: 40 }, (_, i) => `<li><a href="/d${i}.pdf">Styrdokument nummer ${i} om något viktigt</a></li>`).join('');
    expect(isDocumentPage(page(prose))).toBe(true);
    expect(isDocumentPage(page(`<h1>Styrdokument</h1><ul>${list}</ul>`))).toBe(false);
  });
});

describe('fileNameOf', () => {
  it('prefers Content-Disposition (RFC 6266, UTF-8 names), else the last path segment', () => {
    expect(fileNameOf(`attachment; filename*=UTF-8''Milj%C3%B6program%202024.pdf; filename="Miljoprogram.pdf"`, 'https://x.se/a')).toBe('Miljöprogram 2024.pdf');
    expect(fileNameOf('attachment; filename="plan.docx"', 'https://x.se/a')).toBe('plan.docx');
    expect(fileNameOf(undefined, 'https://x.se/download/N%C3%A4ringslivsstrategi.pdf?v=2')).toBe('Näringslivsstrategi.pdf');
  });
});
