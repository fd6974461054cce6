import { describe, expect, it } from 'vitest';
import { isFurniture } from './furniture.js';
import { titleLine } from './title.js';

describe('the title line of a text', () => {
  it('is the first line when it is a title', () => {
    expect(titleLine('Bredbandsstrategi för Solviks kommun\nAlla ska ha tillgång till snabbt bredband.')).toBe('Bredbandsstrategi för Solviks kommun');
  });

  it('passes over logos, site names, language choosers, labels and page numbers', () => {
    const text = ['Solviks kommuns logotyp', 'solvik.se', 'Öppna mobilmenyn', 'Här kan du välja vilket språk du vill läsa sidan på.', 'Huvudgren:', '3 (12)', 'Vision och mål'].join('\n');
    expect(titleLine(text)).toBe('Vision och mål');
  });

  it('takes the page’s own name from a breadcrumb', () => {
    expect(titleLine('Du är här: Start › Kommun och politik › Folkhälsa\nText.')).toBe('Folkhälsa');
  });

  it('falls back on the first line with words when every opening line is furniture', () => {
    expect(titleLine('Huvudmeny\nSök')).toBe('Huvudmeny');
    expect(titleLine('')).toBeNull();
  });
});

describe('page furniture', () => {
  it('knows dates, logos and menus but not sentences that mention them', () => {
    for (const line of ['Publicerad 2022-06-16', '10 september 2014', 'Logotyp', '• No results found', 'Länk till startsidan för Solvik', 'Till undermeny Karta Kontakt']) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ['Kommunen ska ta fram en ny logotyp och en grafisk profil för hela organisationen.', 'Målet ska nås senast den 10 september 2030.', 'Mål 1. Alla ska ha möjlighet till arbete.']) {
      expect(isFurniture(line), line).toBe(false);
    }
  });
});
