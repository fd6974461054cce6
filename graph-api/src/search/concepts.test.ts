import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '@strategigrafen/schema';
import { MAX_EXPANSIONS, MAX_TERMS_PER_CONCEPT, queryConcepts, wordKeys } from './concepts.js';
import { parseQuery } from './query.js';

const read = (input: string) => queryConcepts(parseQuery(input));
const concepts = (input: string) => read(input).expansions.map((e) => e.concept);
const themes = (input: string) => read(input).themes.map((t) => t.theme);
const meet = (a: string, b: string) => wordKeys(a).some((k) => wordKeys(b).includes(k));

describe('wordKeys', () => {
  it('meets inflected forms of one base form', () => {
    expect(meet('fibern', 'fiber')).toBe(true);
    expect(meet('hållbart', 'hållbar')).toBe(true);
    expect(meet('hållbara', 'hållbar')).toBe(true);
    expect(meet('cykelvägarna', 'cykelväg')).toBe(true);
    expect(meet('skolor', 'skola')).toBe(true);
  });

  it('keeps different words apart', () => {
    expect(meet('bredband', 'fiber')).toBe(false);
    expect(meet('vatten', 'avfall')).toBe(false);
  });
});

describe('queryConcepts', () => {
  it('expands a word to the other labels of its concept, not repeating the word', () => {
    const { expansions } = read('fiber');
    expect(expansions).toHaveLength(1);
    const [fiber] = expansions;
    expect(fiber).toMatchObject({ concept: 'broadband', label: 'bredband', from: 'fiber' });
    expect(fiber!.terms).toEqual(expect.arrayContaining(['bredband', 'fibernät']));
    expect(fiber!.terms).not.toContain('fiber');
    expect(fiber!.narrower).toContain('fiberutbyggnad');
  });

  it('matches base forms: "fibern" is the label "fiber"', () => {
    expect(read('fibern').expansions[0]).toMatchObject({ concept: 'broadband', from: 'fibern' });
    expect(concepts('Cykelvägarna')).toEqual(['cycle-paths']);
  });

  it('matches a label of several words next to each other, in any order, stop words left out', () => {
    expect(concepts('miljökrav upphandling')).toEqual(['environmental-requirements']);
    expect(concepts('upphandling miljökrav')).toEqual(['environmental-requirements']);
    expect(concepts('"miljökrav i upphandlingen"')).toEqual(['environmental-requirements']);
  });

  it('prefers the longest match: "förnybar energi" is renewable energy, not also energy', () => {
    expect(concepts('förnybara energi')).toEqual(['renewable-energy']);
    expect(themes('förnybar energi')).toEqual(['energy']);
  });

  it('finds several concepts in one query, in the order of the words', () => {
    expect(concepts('vindkraft och bredband')).toEqual(['wind-power', 'broadband']);
  });

  it('does not take the adjective "lokala" for premises, nor "företag" for entrepreneurship', () => {
    expect(concepts('"lokala företag"')).toEqual([]);
    expect(themes('"lokala företag"')).toEqual([]);
    expect(concepts('lokala leverantörer')).toEqual(['local-suppliers']);
  });

  it('names the themes of the concepts, the first one fully, and themes named by their own terms', () => {
    const q = read('matsvinn skolor');
    expect(q.themes).toEqual([
      { theme: 'waste-circular', from: 'matsvinn', concept: 'food-loss', strength: 1 },
      { theme: 'education', from: 'skolor', concept: null, strength: 1 },
    ]);
    expect(read('hållbart resande').themes.map((t) => [t.theme, t.strength])).toEqual([
      ['infrastructure', 1],
      ['environment-climate', 0.5],
    ]);
  });

  it('finds nothing in words outside the thesaurus and the taxonomy', () => {
    expect(read('gurkmeja zebra')).toEqual({ expansions: [], themes: [] });
  });

  it('keeps a query with many concepts bounded', () => {
    const many = read('vindkraft solenergi biogas cykelväg kollektivtrafik bredband matsvinn folkhälsa jämställdhet barnkultur');
    expect(many.expansions.length).toBe(MAX_EXPANSIONS);
    for (const e of many.expansions) expect(e.terms.length).toBeLessThanOrEqual(MAX_TERMS_PER_CONCEPT);
    // themes still come from the concepts past the limit
    expect(many.themes.map((t) => t.theme)).toEqual(expect.arrayContaining(['public-health', 'culture']));
  });

  it('finds every concept by its preferred label', () => {
    for (const concept of CONCEPTS) {
      const label = concept.prefLabelSv;
      const found = concepts(label.replace(/[^\p{L}\p{N} ]/gu, ' '));
      expect(found, label).toContain(concept.id);
    }
  });
});
