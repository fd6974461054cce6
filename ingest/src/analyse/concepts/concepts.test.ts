import { CONCEPTS } from '@strategigrafen/schema';
import { describe, expect, it } from 'vitest';
import { termTokens } from '../text/terms.js';
import { conceptIds, conceptsIn } from './index.js';

// Sentences written for these tests.
describe('concepts in a text', () => {
  it('finds a concept in any inflection, inside compounds and written apart', () => {
    expect(conceptIds('Fibern ska nå alla hushåll.')).toContain('broadband');
    expect(conceptIds('Utbyggnaden av fiber fortsätter.')).toEqual(['fiber-rollout']);
    expect(conceptIds('Fiberutbyggnaden fortsätter.')).toEqual(['fiber-rollout']);
    expect(conceptIds('Kommunen ska vara fossilfri 2030.')).toContain('fossil-free');
    expect(conceptIds('Ett fossilfritt Sverige.')).toContain('fossil-free');
  });

  it('finds a label in any inflection and inside compounds, with its broader concepts', () => {
    const [fiber] = conceptsIn('Kommunen ska bygga ut fibernätet på landsbygden.');
    expect(fiber?.concepts[0]).toBe('broadband');
    expect(fiber!.concepts.length).toBeGreaterThan(1);
    expect(conceptIds('Utsläppen av växthusgaser ska halveras.')).toContain('emissions');
  });

  it('names each concept once, in order of first mention', () => {
    const ids = conceptIds('Bredband åt alla. Bredbandet ska nå varje by.');
    expect(ids.filter((id) => id === 'broadband')).toHaveLength(1);
  });

  it('finds nothing in a text of no concept', () => {
    expect(conceptIds('Det här är en mening.')).toEqual([]);
  });

  it('names the broader concepts too, nearest first', () => {
    const [mention] = conceptsIn('Fiberutbyggnaden ska vara klar 2025.');
    expect(mention?.concepts.slice(0, 2)).toEqual(['fiber-rollout', 'broadband']);
  });

  it('keeps every label to its words: no label matches as a single everyday word', () => {
    // a label whose other words the matcher drops ("fler invånare" → "invånare") would match every text with that word
    const everyday = new Set(['invånare', 'utbildning', 'jobb', 'skola', 'företag', 'kommun', 'miljö', 'kultur', 'arbete']);
    const collapsed: string[] = [];
    for (const concept of CONCEPTS) {
      for (const label of [concept.prefLabelSv, ...concept.altLabels]) {
        const atoms = termTokens(label).flatMap((t) => t.parts);
        if (label.includes(' ') && atoms.length === 1 && [...everyday].some((w) => termTokens(w)[0]?.parts[0] === atoms[0])) collapsed.push(`${concept.id}: ${label}`);
      }
    }
    expect(collapsed).toEqual([]);
  });
});
