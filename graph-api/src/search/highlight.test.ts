import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches, merge, snippet } from './highlight.js';
import { parseQuery } from './query.js';

const marked = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));
const matcher = (query: string) => compileMatcher(parseQuery(query));

describe('findMatches', () => {
  it('finds inflected forms through the Swedish stem', () => {
    const text = 'Upphandlingen ska gynna lokala företag. Företagens villkor vid upphandling förbättras.';
    const found = findMatches(text, matcher('upphandling företag'));
    expect(marked(text, found.ranges)).toEqual(['Upphandlingen', 'företag', 'Företagens', 'upphandling']);
    expect(found.terms.sort()).toEqual(['företag', 'upphandling']);
  });

  it('marks a phrase as one range, only where its words stand together', () => {
    const text = 'Offentlig upphandling och offentliga upphandlingar; upphandling som är offentlig.';
    const found = findMatches(text, matcher('"offentlig upphandling"'));
    expect(marked(text, found.ranges)).toEqual(['Offentlig upphandling', 'offentliga upphandlingar']);
    expect(found.terms).toEqual(['"offentlig upphandling"']);
  });

  it('lets a phrase skip stop words, as the index does', () => {
    const text = 'Strategi för näringslivet.';
    expect(marked(text, findMatches(text, matcher('"strategi för näringslivet"')).ranges)).toEqual(['Strategi för näringslivet']);
  });

  it('marks words that start with a prefix', () => {
    const text = 'Kompetensförsörjning och kompetens, men inte kompis.';
    expect(marked(text, findMatches(text, matcher('kompet*')).ranges)).toEqual(['Kompetensförsörjning', 'kompetens']);
  });

  it('returns nothing when nothing matches', () => {
    expect(findMatches('Besöksnäring och turism.', matcher('upphandling'))).toEqual({ ranges: [], terms: [] });
  });

  it('treats markup in the text as text', () => {
    const text = '<script>alert("x")</script> upphandling';
    const found = findMatches(text, matcher('script upphandling'));
    expect(marked(text, found.ranges)).toEqual(['script', 'script', 'upphandling']);
  });
});

describe('merge', () => {
  it('sorts and joins overlapping and touching ranges', () => {
    expect(merge([{ start: 10, end: 15 }, { start: 0, end: 3 }, { start: 3, end: 5 }, { start: 12, end: 20 }])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ]);
  });
});

describe('snippet', () => {
  const filler = 'Lorem ipsum dolor sit amet. '.repeat(30);
  const text = `${filler}Kommunen ska förbättra upphandlingen för lokala företag. ${filler}`;

  it('returns short texts whole', () => {
    expect(snippet('Kort text', [{ start: 0, end: 4 }])).toEqual({ text: 'Kort text', highlights: [{ start: 0, end: 4 }], truncatedStart: false, truncatedEnd: false });
  });

  it('cuts a window around the matches, at word boundaries, with offsets into the snippet', () => {
    const found = findMatches(text, matcher('upphandling företag'));
    const cut = snippet(text, found.ranges, 120);
    expect(cut.truncatedStart).toBe(true);
    expect(cut.truncatedEnd).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(120 + 60);
    expect(marked(cut.text, cut.highlights)).toEqual(['upphandlingen', 'företag']);
    expect(cut.text).toMatch(/^\S/);
    expect(text).toContain(cut.text);
  });

  it('cuts the window around the anchors when given, still highlighting every range inside it', () => {
    const long = `${filler}bredband och bredband och bredband. ${filler}Kommunen ska dra fiber till byarna, och bredband. ${filler}`;
    const own = findMatches(long, matcher('fiber'));
    const synonyms = findMatches(long, matcher('bredband'));
    const cut = snippet(long, merge([...own.ranges, ...synonyms.ranges]), 120, own.ranges);
    expect(marked(cut.text, cut.highlights)).toEqual(['fiber', 'bredband']);
  });

  it('starts at the beginning when there is nothing to highlight', () => {
    const cut = snippet(text, [], 100);
    expect(cut.truncatedStart).toBe(false);
    expect(text.startsWith(cut.text)).toBe(true);
    expect(cut.highlights).toEqual([]);
  });
});
