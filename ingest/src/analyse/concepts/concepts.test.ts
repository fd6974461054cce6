import { describe, expect, it } from 'vitest';
import { conceptIds, conceptsIn } from './index.js';

// Every sentence here is written for these tests.
describe('concepts a text names', () => {
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
});
