import { describe, expect, it } from 'vitest';
import { pageParagraphs, type TextRun } from '../../src/read/pdf-layout.js';

const line = (str: string, y: number, fontSize = 11): TextRun => ({ str, y, fontSize, hasEOL: true });

describe('pageParagraphs', () => {
  it('joins wrapped lines and breaks at larger gaps', () => {
    const runs = [line('Kommunen ska våga satsa på', 790), line('innovativa lösningar.', 776), line('Nytt stycke börjar', 748), line('här.', 734)];
    expect(pageParagraphs(runs)).toEqual(['Kommunen ska våga satsa på innovativa lösningar.', 'Nytt stycke börjar här.']);
  });

  it('sets lines in another font size apart as headings', () => {
    const runs = [line('Kreativitet', 790, 14), line('Inriktningsmål: arbetet ska', 772), line('präglas av kreativitet.', 758)];
    expect(pageParagraphs(runs)).toEqual(['Kreativitet', 'Inriktningsmål: arbetet ska präglas av kreativitet.']);
  });

  it('joins runs of one line and starts a paragraph when the text jumps up (a new column)', () => {
    const runs: TextRun[] = [
      { str: 'Vänster ', y: 700, fontSize: 11, hasEOL: false },
      { str: 'spalt.', y: 700, fontSize: 11, hasEOL: true },
      line('Mer text.', 686),
      line('Höger spalt.', 700),
    ];
    expect(pageParagraphs(runs)).toEqual(['Vänster spalt. Mer text.', 'Höger spalt.']);
  });

  it('gives nothing for a page without text', () => {
    expect(pageParagraphs([])).toEqual([]);
    expect(pageParagraphs([line('  ', 700)])).toEqual([]);
  });
});
