import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, ReadError } from '../../src/read/index.js';

const SWEDISH = 'Näringslivsstrategi för Åsbacka: företagen ska få bättre service – “citat” och 25 € per år.';

function readError(fn: () => unknown): ReadError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(Buffer.from(SWEDISH, 'utf8'), 'a.txt')).toEqual({ text: SWEDISH, encoding: 'UTF-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SWEDISH, 'utf8')]);
    expect(decodeText(withBom, 'a.txt').text).toBe(SWEDISH);
  });

  it('reads Windows-1252 text without mojibake', () => {
    const { text, encoding } = decodeText(iconv.encode(SWEDISH, 'windows-1252'), 'a.txt');
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(SWEDISH);
    expect(text).not.toContain('Ã');
  });

  it('reads short Latin-1 words that encoding detectors find ambiguous', () => {
    for (const word of ['Åsbacka', 'Hörby', 'Ängelholms kommun', 'ö']) {
      expect(decodeText(iconv.encode(word, 'latin1'), 'a.txt').text).toBe(word);
    }
  });

  it('prefers a valid UTF-8 decoding', () => {
    // "Ã¤" is what a UTF-8 "ä" looks like read as Latin-1; as UTF-8 the same bytes are the right text
    expect(detectEncoding(Buffer.from('Näringslivsstrategi', 'utf8'), 'a.txt')).toBe('UTF-8');
  });

  it('reads UTF-16 with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SWEDISH, 'utf16le')]);
    expect(decodeText(bytes, 'a.txt').text).toBe(SWEDISH);
  });

  it('normalises line breaks to \\n and text to NFC', () => {
    const decomposed = 'Na\u0308ringsliv\r\nrad två\rrad tre';
    const { text } = decodeText(Buffer.from(decomposed, 'utf8'), 'a.txt');
    expect(text).toBe('Näringsliv\nrad två\nrad tre');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('rejects an empty or blank file, naming it', () => {
    const empty = readError(() => decodeText(Buffer.alloc(0), 'mapp/tom.txt'));
    expect(empty.code).toBe('empty');
    expect(empty.message).toContain('mapp/tom.txt');
    expect(readError(() => decodeText(Buffer.from(' \n\n\t '), 'blank.txt')).code).toBe('empty');
  });

  it('rejects binary content: NUL bytes or mostly control characters', () => {
    const withNul = Buffer.from('Text\u0000med\u0000nollor', 'latin1');
    const nul = readError(() => decodeText(withNul, 'bild.txt'));
    expect(nul.code).toBe('binary');
    expect(nul.message).toMatch(/bild\.txt: .*not text/);
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41)));
    expect(readError(() => decodeText(controls, 'styr.txt')).code).toBe('binary');
  });
});
