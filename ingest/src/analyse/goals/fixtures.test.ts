import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalysedDocument, AnalysedGoal } from '@strategigrafen/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../read/index.js';
import { analyseDocument } from '../index.js';
import { structureText } from '../text/structure.js';
import { extractGoals, type ExtractedGoal } from './extract.js';

/**
 * The test fixtures read by the real readers. The DOCX, HTML and PDF fixtures hold parts of the Lerum
 * transcript (samples/seed), where the lists run together on one line; the readers give the same
 * lists one item per line or paragraph. Either way the goals must be the same.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/mixed/${name}`, import.meta.url));
const seedPath = fileURLToPath(new URL('../../../../samples/seed/lerum-naringslivsstrategi-forklaring.txt', import.meta.url));
const page = readFileSync(seedPath, 'utf8');
const body = page.slice(page.indexOf('Transkript:') + 'Transkript:'.length).trim();
const seedGoals = extractGoals(structureText(body), { actorNames: ['Lerum'] });

const row = (g: ExtractedGoal | AnalysedGoal) => [g.level, g.actor, g.text];

/** each goal's source holds its own words: the sentence, or the item of an expanded list */
function expectSourcesInText(doc: AnalysedDocument): void {
  for (const g of doc.goals) {
    const source = doc.text.slice(g.start, g.end).replace(/\s+/g, ' ');
    const own = g.level === 'aktivitet' ? g.text.split(/ ska | vill /)[1]!.slice(1, 30) : g.text.slice(0, 30);
    expect(source, g.text).toContain(own);
  }
}

describe('goals of the fixture documents', () => {
  const docs: Record<string, AnalysedDocument> = {};
  beforeAll(async () => {
    for (const name of ['lerum-hallbarhet.docx', 'lerum-inflytande.html', 'lerum-kreativitet.pdf', 'norrvik-besoksnaringsprogram.md']) {
      docs[name] = analyseDocument(await readSource(fixture(name)));
    }
  });

  it('DOCX: the bulleted lists give the same goals as the run-together lists of the transcript', () => {
    const doc = docs['lerum-hallbarhet.docx']!;
    expect(doc.text).toContain('Lerums kommun ska:\n\n- Skapa förutsättningar');
    // the fixture holds the section's lists and the sentences around them, not every sentence of it
    const inFixture = (g: ExtractedGoal) => doc.text.replace(/\s+/g, ' ').includes(body.slice(g.start, g.end).replace(/\s+/g, ' ').slice(0, 30));
    expect(doc.goals.map(row)).toEqual(seedGoals.filter((g) => g.section === 'Hållbarhet' && inFixture(g)).map(row));
    expect(doc.goals.filter((g) => g.level === 'aktivitet')).toHaveLength(5);
    expectSourcesInText(doc);
  });

  it('HTML: the list items, one per paragraph, are expanded and the lead-in is no heading', () => {
    const doc = docs['lerum-inflytande.html']!;
    expect(doc.text).toContain('Förvaltningen ska:\n\n- Ta initiativ');
    expect(doc.sections.map((s) => s.heading)).not.toContain('Förvaltningen ska');
    const seedRows = seedGoals.map((g) => JSON.stringify(row(g)));
    for (const g of doc.goals) expect(seedRows, g.text).toContain(JSON.stringify(row(g)));
    expect(doc.goals.filter((g) => g.level === 'aktivitet').map((g) => g.text)).toEqual(
      seedGoals.filter((g) => g.actor === 'förvaltningen' && g.level === 'aktivitet').map((g) => g.text),
    );
    expectSourcesInText(doc);
  });

  it('PDF: the paragraphs give the goals of the same part of the transcript', () => {
    const doc = docs['lerum-kreativitet.pdf']!;
    const end = body.indexOf('Regionen behöver också');
    expect(doc.goals.map(row)).toEqual(seedGoals.filter((g) => g.section === 'Kreativitet' && g.start < end).map(row));
    expectSourcesInText(doc);
  });

  it('Markdown: a verb list under a goal heading, a numbered goal list, and from the prose after it only its binding follow-up', () => {
    const doc = docs['norrvik-besoksnaringsprogram.md']!;
    expect(doc.goals.map((g) => [g.level, g.actor, g.section, g.text])).toEqual([
      ['inriktningsmål', 'kommunen', 'Inriktningsmål', 'Kommunen ska utveckla besöksnäringen i samverkan med regionens destinationsorganisation.'],
      ['aktivitet', 'förvaltningen', 'Inriktningsmål', 'Turistbyrån ska marknadsföra Norrvik som ett besöksmål året runt.'],
      ['aktivitet', 'förvaltningen', 'Inriktningsmål', 'Turistbyrån ska förbättra värdskapet vid kommunens entréer.'],
      ['aktivitet', 'förvaltningen', 'Inriktningsmål', 'Turistbyrån ska stödja nya upplevelser inom natur, kultur och måltid.'],
      ['mål', null, 'Mål', 'Antalet gästnätter ska öka med 20 procent till år 2027.'],
      ['mål', 'kommunen', 'Mål', 'Kommunen ska genomföra minst fyra dialogmöten med besöksnäringens företag varje år.'],
      ['mål', null, 'Mål', 'Programmet följs upp årligen i samband med årsredovisningen.'],
    ]);
    expect(doc.sections.map((s) => s.heading)).toEqual([null, 'Inledning', 'Inriktningsmål', 'Mål']);
    expectSourcesInText(doc);
  });
});
