import { describe, expect, it } from 'vitest';
import { markRanges, markTerms, splitByRanges } from './highlight.ts';

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('markTerms', () => {
  it('marks whole words that begin with a stem, in any case', () => {
    const segments = markTerms('Upphandlingen ska främja lokal upphandling och upphandlare.', ['upphandl']);
    expect(marked(segments)).toEqual(['Upphandlingen', 'upphandling', 'upphandlare']);
    expect(segments.map((s) => s.text).join('')).toBe('Upphandlingen ska främja lokal upphandling och upphandlare.');
  });

  it('marks other inflections of a term', () => {
    expect(marked(markTerms('Ett kreativt och innovativt förhållningssätt', ['kreativa', 'innovativa']))).toEqual(['kreativt', 'innovativt']);
    expect(marked(markTerms('Näringslivsenheten stärker näringslivet', ['näringslivet']))).toEqual(['Näringslivsenheten', 'näringslivet']);
  });

  it('marks a term that is part of a compound', () => {
    expect(marked(markTerms('Kommunens mark- och lokalförsörjningsplaner ska tydliggöras', ['försörjning']))).toEqual(['lokalförsörjningsplaner']);
  });

  it('matches short terms only at the start of a word', () => {
    expect(marked(markTerms('Kommunen ska ligga i framkant på IT-området, med god kvalitet.', ['it']))).toEqual(['IT']);
  });

  it('handles Swedish letters at word boundaries', () => {
    expect(marked(markTerms('Företagsklimatet i Östra Göinge är öppet.', ['företag', 'öppe']))).toEqual(['Företagsklimatet', 'öppet']);
  });

  it('treats regular-expression characters in terms literally', () => {
    expect(marked(markTerms('Mål (2025) och 3+ år', ['(2025)', '3+']))).toEqual(['(2025)', '3+']);
    expect(marked(markTerms('Mål 2025 och 33 år', ['(2025)', '3+']))).toEqual([]);
  });

  it('returns the text unmarked without terms', () => {
    expect(markTerms('Text', [])).toEqual([{ text: 'Text', mark: false }]);
    expect(markTerms('', ['a'])).toEqual([]);
  });
});

describe('markRanges', () => {
  it('marks the given ranges', () => {
    expect(markRanges('om upphandling och CSR.', [{ start: 3, end: 14 }, { start: 19, end: 22 }])).toEqual([
      { text: 'om ', mark: false },
      { text: 'upphandling', mark: true },
      { text: ' och ', mark: false },
      { text: 'CSR', mark: true },
      { text: '.', mark: false },
    ]);
  });
});

describe('splitByRanges', () => {
  const text = 'Inledning. Mål ett. Mellan. Mål två. Slut.';
  it('cuts the text at the ranges and keeps every character', () => {
    const segments = splitByRanges(text, [
      { id: 'b', start: 28, end: 36 },
      { id: 'a', start: 11, end: 19 },
    ]);
    expect(segments.map((s) => [s.text, s.range?.id ?? null])).toEqual([
      ['Inledning. ', null],
      ['Mål ett.', 'a'],
      [' Mellan. ', null],
      ['Mål två.', 'b'],
      [' Slut.', null],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('clips overlapping and out-of-range ranges', () => {
    const segments = splitByRanges('abcdefghij', [
      { id: 'x', start: 2, end: 6 },
      { id: 'y', start: 4, end: 8 },
      { id: 'z', start: 9, end: 50 },
      { id: 'gone', start: 20, end: 30 },
    ]);
    expect(segments.map((s) => [s.text, s.range?.id ?? null])).toEqual([
      ['ab', null],
      ['cdef', 'x'],
      ['gh', 'y'],
      ['i', null],
      ['j', 'z'],
    ]);
  });
});
