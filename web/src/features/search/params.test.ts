import { describe, expect, it } from 'vitest';
import { MAX_SHOWN, PAGE, readState, toFilter, withFacet, writeState } from './params.ts';

describe('search state in the URL', () => {
  it('round-trips through URL parameters', () => {
    const state = readState(new URLSearchParams('q=upphandling&typ=GOAL&lan=14&tema=procurement&ar=2020&visa=40'));
    expect(state).toEqual({ q: 'upphandling', kind: 'GOAL', county: '14', municipality: null, theme: 'procurement', documentKind: null, year: 2020, shown: 40 });
    expect(readState(writeState(state))).toEqual(state);
  });

  it('ignores values it does not understand', () => {
    const state = readState(new URLSearchParams('q=%20csr%20&typ=EVERYTHING&ar=abc&visa=100000'));
    expect(state.q).toBe('csr');
    expect(state.kind).toBeNull();
    expect(state.year).toBeNull();
    expect(state.shown).toBe(MAX_SHOWN);
  });

  it('goes back to the first page when a facet changes', () => {
    const state = readState(new URLSearchParams('q=csr&visa=60'));
    const next = withFacet(state, 'year', '2019');
    expect(next.year).toBe(2019);
    expect(next.shown).toBe(PAGE);
    expect(withFacet(next, 'year', null).year).toBeNull();
  });

  it('becomes the API filter, a year as a one-year range', () => {
    expect(toFilter(readState(new URLSearchParams('q=csr&typ=DOCUMENT&kommun=1441&ar=2017')))).toEqual({
      kinds: ['DOCUMENT'],
      county: null,
      municipality: '1441',
      theme: null,
      documentKind: null,
      yearFrom: 2017,
      yearTo: 2017,
    });
  });
});
