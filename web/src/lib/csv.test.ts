import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes RFC 4180 rows with a BOM and CRLF', () => {
    const csv = toCsv(['Kommun', 'Mål'], [['Lerum', 12], ['Alingsås', 3]]);
    expect(csv).toBe('\uFEFFKommun,Mål\r\nLerum,12\r\nAlingsås,3\r\n');
  });

  it('quotes commas, quotes, semicolons and line breaks', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('säger "hej"')).toBe('"säger ""hej"""');
    expect(csvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvCell('x; y')).toBe('"x; y"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+46')).toBe("'+46");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes empty cells for null and lists joined by semicolons', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, ['x', 'y']]])).toBe('\uFEFFa,b,c\r\n,,"x; y"\r\n');
  });
});
