import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KINDS } from '@strategigrafen/schema';
import { describe, expect, it } from 'vitest';
import { parseSeedPage } from '../read/seed.js';
import { analyseDocument, analyseTitleOnly, documentId } from './index.js';

const seedPath = fileURLToPath(new URL('../../../samples/seed/lerum-naringslivsstrategi-forklaring.txt', import.meta.url));
const seed = parseSeedPage(readFileSync(seedPath, 'utf8').normalize('NFC'))!;

describe('analyseDocument on the Lerum seed page', () => {
  const doc = analyseDocument({
    path: 'seed/lerum-naringslivsstrategi-forklaring.txt',
    title: seed.title,
    text: seed.body,
    relatedTitles: seed.relatedTitles,
  });

  it('keeps identity, title, text and related titles', () => {
    expect(doc.id).toBe(documentId(seed.title, seed.body));
    expect(doc.title).toBe('Förklaringsdokument till näringslivsstrategi för Lerums kommun');
    expect(doc.hasText).toBe(true);
    expect(doc.relatedTitles).toEqual(seed.relatedTitles);
    expect(doc.synthetic).toBe(false);
    expect(DOCUMENT_KINDS).toContain(doc.kind);
  });

  it('attributes it to Lerum', () => {
    expect(doc.municipality).toEqual({ code: '1441', name: 'Lerum' });
  });

  it('has its sections, goals with themes, and document themes', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Förklaringsdokument till näringslivsstrategi för Lerums kommun',
      'Inflytande',
      'Kreativitet',
      'Hållbarhet',
    ]);
    for (const s of doc.sections) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.goals).toHaveLength(41);
    const procurement = doc.goals.find((g) => g.text.startsWith('Den kommunala upphandlingen ska förbättra'))!;
    expect(procurement.themes.map((t) => t.id)).toEqual(['procurement']);
    expect(procurement.actor).toBe('upphandlingen');
    const lerum = doc.goals.find((g) => g.text.startsWith('Lerum ska samverka'))!;
    expect(lerum.actor).toBe('kommunen'); // by the attributed municipality's name
    // the document is about its business climate, collaboration and CSR; procurement and skills are goals' themes
    const themeIds = doc.themes.map((t) => t.id);
    expect(themeIds[0]).toBe('business-climate');
    expect(themeIds[1]).toBe('collaboration-dialogue');
    expect(themeIds.length).toBeLessThanOrEqual(3);
    const goalThemes = new Set(doc.goals.flatMap((g) => g.themes.map((t) => t.id)));
    for (const id of ['procurement', 'csr-sustainability', 'skills-supply', 'entrepreneurship']) expect(goalThemes).toContain(id);
    for (const tag of doc.themes) {
      expect(tag.weight).toBeGreaterThan(0);
      expect(tag.weight).toBeLessThanOrEqual(1);
      expect(tag.terms.length).toBeGreaterThan(0);
    }
  });
});

describe('analyseDocument', () => {
  it('takes the first meaningful line as title when the format gives none', () => {
    const doc = analyseDocument({ path: 'a/b.txt', title: null, text: '\n1(8)\n\nNäringslivsprogram för Eda kommun\n\nText.', relatedTitles: [] });
    expect(doc.title).toBe('Näringslivsprogram för Eda kommun');
    expect(analyseDocument({ path: 'dir/min_plan.txt', title: null, text: '', relatedTitles: [] }).title).toBe('min plan');
  });

  it('keeps the document id stable: NFC, trimmed title + newline + text', () => {
    const decomposed = 'Na\u0308ringslivsstrategi ';
    expect(documentId(decomposed, ' text ')).toBe(documentId('Näringslivsstrategi', 'text'));
    expect(documentId(' Titel', 'Text\n')).toBe(createHash('sha256').update('Titel\nText').digest('hex'));
  });

  it('passes the synthetic flag through', () => {
    expect(analyseDocument({ path: 'x.txt', title: 'Syntetisk plan', text: 'Text.', relatedTitles: [], synthetic: true }).synthetic).toBe(true);
  });
});

describe('analyseTitleOnly', () => {
  it('reads municipality and themes from the title alone, with no text and no goals', () => {
    const doc = analyseTitleOnly('Besöksnäringsstrategi för Söderhamns kommun');
    expect(doc).toMatchObject({ path: null, text: '', hasText: false, goals: [], sections: [], relatedTitles: [] });
    expect(doc.municipality?.name).toBe('Söderhamn');
    expect(doc.themes.map((t) => t.id)).toEqual(['tourism']);
  });
});
