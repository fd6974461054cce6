import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blankPageMarkers, structureText } from './structure.js';

const seedPath = fileURLToPath(new URL('../../../../samples/seed/lerum-naringslivsstrategi-forklaring.txt', import.meta.url));
const page = readFileSync(seedPath, 'utf8');
const lerumBody = page.slice(page.indexOf('Transkript:') + 'Transkript:'.length).trim();

describe('structureText', () => {
  it('finds the Lerum sections, including headings run into the paragraphs', () => {
    const { sections } = structureText(lerumBody);
    expect(sections.map((s) => s.heading)).toEqual([
      'Förklaringsdokument till näringslivsstrategi för Lerums kommun',
      'Inflytande',
      'Kreativitet',
      'Hållbarhet',
    ]);
    for (const s of sections) expect(lerumBody.slice(s.start, s.end)).toBe(s.text);
    expect(sections[1]!.text.startsWith('Inriktning: Lerums kommun ska utvärdera')).toBe(true);
    expect(sections[3]!.text.endsWith('för en hållbar utveckling.')).toBe(true);
  });

  it('takes inline labels off the sentence and remembers them', () => {
    const { sentences } = structureText(lerumBody);
    const first = sentences.find((s) => s.section === 'Kreativitet')!;
    expect(first.text).toBe('Näringslivsarbetet är ett medel för att nå målet - arbetstillfällen för alla.');
    expect(first).toMatchObject({ label: 'Inriktningsmål', labelDistance: 0, labelSource: 'inline' });
    expect(lerumBody.slice(first.start, first.end)).toBe(first.text);
  });

  it('reads heading lines and goal headings of a plainly formatted document', () => {
    const text = [
      'Näringslivsprogram för Exempelby',
      '',
      'Inledning',
      'Programmet beskriver kommunens arbete. Det antogs 2020.',
      '',
      '2.1 Mål',
      '- Fler företag ska startas i kommunen.',
      '- Kommunen ska vara topp 50 i rankingen.',
      '',
      'Uppföljning',
      'Programmet följs upp varje år.',
    ].join('\n');
    const { sections, sentences } = structureText(text);
    expect(sections.map((s) => s.heading)).toEqual(['Näringslivsprogram för Exempelby', 'Inledning', '2.1 Mål', 'Uppföljning']);
    const underGoals = sentences.filter((s) => s.section === '2.1 Mål');
    expect(underGoals.map((s) => [s.bullet, s.label, s.labelSource])).toEqual([
      [true, 'Mål', 'heading'],
      [true, 'Mål', 'heading'],
    ]);
    expect(sentences.find((s) => s.section === 'Uppföljning')!.label).toBeNull();
  });

  it('does not take a wrapped line for a heading', () => {
    const text = 'Kommunen ska arbeta för att\nstärka näringslivet i hela kommunen.\n\nNästa stycke.';
    const { sections, sentences } = structureText(text);
    expect(sections).toHaveLength(1);
    expect(sections[0]!.heading).toBeNull();
    expect(sentences[0]!.text).toBe('Kommunen ska arbeta för att stärka näringslivet i hela kommunen.');
  });

  it('blanks docplayer page markers without moving offsets', () => {
    const text = '1(8) Personalpolitiskt program. Sid 1/7 Text här.\n3\nMer text. Sida 2 av 8';
    const masked = blankPageMarkers(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/1\(8\)|Sid 1\/7|Sida 2 av 8/);
    expect(masked.split('\n')[1]!.trim()).toBe('');
    expect(structureText(text).sentences.map((s) => s.text)).toEqual(['Personalpolitiskt program.', 'Text här.', 'Mer text.']);
  });

  it('marks the first block under a goal heading: its first paragraph and the list that follows on', () => {
    const text = [
      'Mål',
      '',
      'Kommunen har följande mål:',
      '',
      '- Fler företag',
      '',
      '- Fler unga i arbete',
      '',
      'Programmet följs upp årligen.',
      '',
      '- Ett listat exempel',
    ].join('\n');
    const { sentences } = structureText(text);
    expect(sentences.map((s) => [s.text, s.labelBlock])).toEqual([
      ['Kommunen har följande mål:', true],
      ['Fler företag', true],
      ['Fler unga i arbete', true],
      ['Programmet följs upp årligen.', false],
      ['Ett listat exempel', false],
    ]);
    expect(sentences.every((s) => s.label === 'Mål' && s.labelSource === 'heading')).toBe(true);
  });

  it('makes unmarked items list items, with offsets into the text', () => {
    const text = 'Inledning\n\nKommunen ska:\n\nFörenkla kontakten med företagen.\n\nKorta handläggningstiderna.\n\nSlutord här. Och mer.';
    const { sections, sentences } = structureText(text);
    expect(sections.map((s) => s.heading)).toEqual(['Inledning']);
    expect(sentences.map((s) => [s.bullet, s.text])).toEqual([
      [false, 'Kommunen ska:'],
      [true, 'Förenkla kontakten med företagen.'],
      [true, 'Korta handläggningstiderna.'],
      [false, 'Slutord här.'],
      [false, 'Och mer.'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
