import { describe, expect, it } from 'vitest';
import { buildLexicon, indexTerms, termTokens } from './terms.js';

describe('indexTerms', () => {
  it('lets a compound, a genitive phrase and a prepositional phrase meet on the same stems', () => {
    const compound = indexTerms('näringslivsstrategi');
    const genitive = indexTerms('näringslivets strategi');
    const prepositional = indexTerms('strategi för näringslivet');
    expect(compound).toEqual(['näringslivsstrategi', 'näringsliv', 'strategi']);
    expect(genitive).toEqual(['näringsliv', 'strategi']);
    expect(new Set(prepositional)).toEqual(new Set(genitive));
  });

  it('gives every inflection of a known word the same stem', () => {
    expect(new Set(indexTerms('upphandlingen upphandlingar upphandling'))).toEqual(new Set(['upphandling']));
    expect(new Set(indexTerms('strategin strategier strategi'))).toEqual(new Set(['strategi']));
    expect(new Set(indexTerms('skola skolan skolor'))).toEqual(new Set([indexTerms('skola')[0]]));
    expect(indexTerms('Näringslivsprogrammet')).toEqual(indexTerms('näringslivsprogram'));
    // the stemmer would cut -lig: an adjective keeps it, apart from its noun
    expect(new Set(indexTerms('naturlig naturliga naturligt'))).toEqual(new Set(['naturlig']));
    expect(indexTerms('naturliga')).not.toEqual(indexTerms('naturen'));
  });

  it('splits compounds at linking morphemes and keeps the parts after the whole word', () => {
    expect(indexTerms('kompetensförsörjningsbehov')).toEqual([
      'kompetensförsörjningsbehov',
      ...indexTerms('kompetens'),
      'försörjning',
      'behov',
    ]);
    // arbete → arbets|, skola → skol|
    expect(indexTerms('arbetstillfällen').slice(1)).toEqual([...indexTerms('arbete'), ...indexTerms('tillfälle')]);
    expect(indexTerms('skolkontakter').slice(1)).toEqual([...indexTerms('skola'), ...indexTerms('kontakt')]);
  });

  it('completes a suspended compound part from the compound it shares', () => {
    const terms = indexTerms('Kommunens mark- och lokalförsörjningsplaner ska tydliggöras');
    expect(terms.slice(0, 4)).toEqual([...indexTerms('markförsörjningsplan')]);
    expect(terms.slice(4, 8)).toEqual(indexTerms('lokalförsörjningsplan'));
    expect(terms.filter((t) => t === 'försörjning')).toHaveLength(2);
  });

  it('removes stopwords (natural\'s list and the domain additions) and keeps duplicates in order', () => {
    const terms = indexTerms('Kommunen ska samverka med företagen och samverka med skolan, t.ex. bl.a. samt även');
    expect(terms).toEqual([indexTerms('samverka')[0], 'företag', indexTerms('samverka')[0], indexTerms('skola')[0]]);
  });

  it('splits hyphenated words and keeps å, ä and ö', () => {
    expect(indexTerms('CSR-strategi')).toEqual(['csr', 'strategi']);
    expect(indexTerms('skola-näringsliv')).toEqual([...indexTerms('skola'), 'näringsliv']);
    expect(indexTerms('e-tjänster')).toEqual(indexTerms('etjänst'));
    expect(indexTerms('Återväxt Ägare Öppenhet').every((t) => /^[a-zåäö]+$/.test(t))).toBe(true);
    expect(indexTerms('Öppenhet')[0]!.startsWith('öppen')).toBe(true);
  });

  it('drops numbers and one-letter words', () => {
    expect(indexTerms('till 2025 ska 5 % av x vara klart')).toEqual(indexTerms('klart'));
  });

  it('uses corpus words added to the lexicon as compound parts', () => {
    const plain = indexTerms('vattenbruksnäring');
    expect(plain).toEqual(['vattenbruksnäring', 'vattenbruk', 'näring']);
    // "fjäll" is not in the default lexicon, so "fjällturismen" stays one unknown word
    expect(indexTerms('fjällturismen')).toEqual(['fjällturism']);
    const lexicon = buildLexicon(['fjäll', 'fjällen']);
    expect(indexTerms('fjällturismen', lexicon)).toEqual(['fjällturism', 'fjäll', 'turism']);
  });

  it('does not cut short words out of longer ones', () => {
    expect(indexTerms('Danmark')).toEqual(['danmark']);
    expect(indexTerms('marknadsföringen')).toEqual(['marknadsföring']);
    // the Porter stemmer would conflate these; the lexicon keeps them apart
    expect(indexTerms('företagande')).toEqual(['företagande']);
    expect(indexTerms('företagen')).toEqual(['företag']);
  });
});

describe('termTokens', () => {
  it('keeps the surface form of each content word', () => {
    expect(termTokens('Den kommunala upphandlingen ska förbättra').map((t) => t.surface)).toEqual([
      'kommunala',
      'upphandlingen',
      'förbättra',
    ]);
  });
});
