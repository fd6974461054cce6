import { allMunicipalities, THEMES } from '@strategigrafen/schema';
import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../src/pipeline/index.js';
import { FICTIONAL_MUNICIPALITIES, findFictionalMunicipality, SYNTHETIC_MARKER, synthDocument, synthDocuments } from '../../src/synth/index.js';
import { VOCABULARY } from '../../src/synth/vocabulary.js';

const CORPUS = [...synthDocuments(200, 7)];

describe('the synthetic corpus', () => {
  it('is the same for the same seed and different for another', () => {
    expect([...synthDocuments(200, 7)]).toEqual(CORPUS);
    // any document can be made on its own
    expect(synthDocument(3, { seed: 7, total: 200 })).toEqual(CORPUS[3]);
    expect([...synthDocuments(200, 8)].map((d) => d.text)).not.toEqual(CORPUS.map((d) => d.text));
  });

  it('marks every document as synthetic, in the text and the flag', () => {
    for (const doc of CORPUS) {
      expect(doc.synthetic).toBe(true);
      expect(doc.text.startsWith(SYNTHETIC_MARKER)).toBe(true);
    }
  });

  it('uses only invented municipality names, as many as Sweden has', () => {
    expect(FICTIONAL_MUNICIPALITIES).toHaveLength(290);
    const real = new Set(allMunicipalities().flatMap((m) => [m.name, m.seat]).map((n) => n.toLowerCase()));
    for (const m of FICTIONAL_MUNICIPALITIES) {
      expect(real.has(m.name.toLowerCase()), m.name).toBe(false);
      expect(m.code).toMatch(/^S\d{3}$/);
    }
    for (const doc of CORPUS) expect(findFictionalMunicipality(doc.title!, doc.text)).not.toBeNull();
  });

  it('has vocabulary for every theme of the taxonomy', () => {
    expect(Object.keys(VOCABULARY).sort()).toEqual(THEMES.map((t) => t.id).sort());
  });

  it('has documents of realistic shape: 5–22 paragraphs and about 30 "ska" goals on average', () => {
    let goals = 0;
    for (const doc of CORPUS) {
      const paragraphs = doc.text.split('\n\n').filter((p) => p.length > 80);
      expect(paragraphs.length).toBeGreaterThanOrEqual(5);
      expect(paragraphs.length).toBeLessThanOrEqual(22);
      // goal sentences and list items (one per line, or run together after "X ska:")
      goals += doc.text.match(/ ska (?!:)|(?:^|\s)- (?=\p{Lu})/gmu)?.length ?? 0;
    }
    expect(goals / CORPUS.length).toBeGreaterThan(22);
    expect(goals / CORPUS.length).toBeLessThan(40);
  });

  it('copies some paragraphs verbatim between documents of different municipalities', () => {
    const seen = new Map<string, Set<string>>();
    for (const doc of CORPUS) {
      const municipality = findFictionalMunicipality(doc.title!, doc.text)!.code;
      for (const paragraph of doc.text.split('\n\n').filter((p) => p.length > 200)) {
        if (!seen.has(paragraph)) seen.set(paragraph, new Set());
        seen.get(paragraph)!.add(municipality);
      }
    }
    const shared = [...seen.values()].filter((municipalities) => municipalities.size > 1);
    expect(shared.length).toBeGreaterThan(10);
  });

  it('is never attributed to a real municipality by the pipeline', () => {
    for (const doc of CORPUS.slice(0, 40)) {
      const analysed = analyseSource(doc);
      expect(analysed.synthetic).toBe(true);
      expect(analysed.municipality?.code).toMatch(/^S\d{3}$/);
      expect(analysed.organisation).toBeNull();
    }
  });
});
