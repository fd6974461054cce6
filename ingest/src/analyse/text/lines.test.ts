import { describe, expect, it } from 'vitest';
import { scanLines } from './lines.js';
import { numberedMarker } from './markers.js';

/** headings, paragraphs and unmarked items (each item shown up to the end of its first line) */
const layout = (text: string) => {
  const { headings, paragraphs } = scanLines(text);
  const lineFrom = (offset: number): string => text.slice(offset).split('\n')[0]!;
  return {
    headings: headings.map((h) => h.text),
    paragraphs: paragraphs.map((p) => text.slice(p.start, p.end)),
    items: paragraphs.flatMap((p) => p.items.map(lineFrom)),
  };
};

describe('scanLines', () => {
  it('does not take a lead-in ending in a colon for a heading, but does take a goal label', () => {
    const text = 'Förvaltningen ska:\n\n- Ta initiativ till mötesplatser.\n\n- Stimulera nätverksbyggande\n\nMål:\n\n- Fler företag\n\nBakgrund:\n\nKommunen har många företag.';
    const { headings, paragraphs } = layout(text);
    expect(headings).toEqual(['Mål:']);
    expect(paragraphs).toContain('Förvaltningen ska:');
    expect(paragraphs).toContain('Bakgrund:');
  });

  it('tells a numbered list from numbered headings', () => {
    const text = [
      '1. Inledning', '', 'Programmet beskriver arbetet. Det antogs 2020.', '',
      '2. Mål', '', '1. Fler företag', '2. Fler unga i arbete', '',
      '3. Uppföljning', '', 'Programmet följs upp årligen.', '',
      'Kommunen ska:', '1. Förenkla kontakten', '', 'Slut.',
    ].join('\n');
    expect(layout(text).headings).toEqual(['1. Inledning', '2. Mål', '3. Uppföljning']);
  });

  it('finds unmarked items on the lines after a lead-in, joining a wrapped line to its item', () => {
    const text = [
      'Kommunen ska:',
      'Förenkla kontakten med företagen genom en samlad företagslots och en',
      'gemensam väg in',
      'Korta handläggningstiderna för bygglov',
      '',
      'Nästa stycke har två meningar. Det är prosa.',
    ].join('\n');
    const { headings, items, paragraphs } = layout(text);
    expect(headings).toEqual([]);
    expect(items).toEqual(['Förenkla kontakten med företagen genom en samlad företagslots och en', 'Korta handläggningstiderna för bygglov']);
    expect(paragraphs).toHaveLength(2);
  });

  it('takes one-line paragraphs after a lead-in as items while they end alike', () => {
    const punctuated = 'Näringslivsenheten ska:\n\nFörenkla kontakten med företagen.\n\nKorta handläggningstiderna.\n\nKommunen har arbetat med detta länge. Det har gett resultat.';
    expect(layout(punctuated).items).toEqual(['Förenkla kontakten med företagen.', 'Korta handläggningstiderna.']);
    // an item without a full stop, then a sentence with one: the sentence is the text going on
    const bare = 'Vi ska:\n\nFörenkla kontakten med företagen\n\nKorta handläggningstiderna\n\nDetta gör vi tillsammans med företagen.';
    const { items, headings } = layout(bare);
    expect(items).toEqual(['Förenkla kontakten med företagen', 'Korta handläggningstiderna']);
    expect(headings).toEqual([]);
  });

  it('ends a list written line by line with its paragraph', () => {
    const text = 'Mål:\nFler företag.\nFler unga i arbete.\n\nProgrammet följs upp årligen.';
    expect(layout(text).items).toEqual(['Fler företag.', 'Fler unga i arbete.']);
  });

  it('takes no unmarked items after a bulleted list', () => {
    const text = 'Kommunen ska:\n- Förenkla kontakten.\n- Korta tiderna.\n\nDetta är viktigt för företagen.';
    expect(layout(text).items).toEqual([]);
  });

  it('reads the short lines under a goal heading as items, but not a wrapped paragraph', () => {
    expect(layout('Inriktningsmål\nEtt starkt näringsliv\nEn attraktiv kommun att bo och verka i\n\nBakgrund\n\nText här.').items).toEqual([
      'Ett starkt näringsliv',
      'En attraktiv kommun att bo och verka i',
    ]);
    const prose = 'Vision\nNorrvik är år 2030 en levande kustkommun där företag och människor växer och där\nalla kan känna sig hemma.\n\nSlut.';
    expect(layout(prose).items).toEqual([]);
  });
});

describe('numberedMarker', () => {
  it('reads the style and ordinal of numbers and letters', () => {
    expect(numberedMarker('1. Fler företag')).toEqual({ style: '1.', ordinal: 1 });
    expect(numberedMarker('12) Fler företag')).toEqual({ style: '1)', ordinal: 12 });
    expect(numberedMarker('(3) Fler företag')).toEqual({ style: '(1)', ordinal: 3 });
    expect(numberedMarker('b) Fler företag')).toEqual({ style: 'a)', ordinal: 2 });
    expect(numberedMarker('2.1 Mål')).toBeNull();
    expect(numberedMarker('2025 ska det vara klart.')).toBeNull();
  });
});
