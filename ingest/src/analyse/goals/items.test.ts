import { describe, expect, it } from 'vitest';
import { isFurniture } from '../text/furniture.js';
import { gluedHeadingEnd } from './glued-heading.js';
import { isDesiredState } from './items.js';

// Every text here is written for these tests.
describe('list items that name a desired state', () => {
  it('takes an outcome headed by a word of change, and a quality only outside outcome-only lists', () => {
    expect(isDesiredState('Ökad trygghet i centrum', true)).toBe(true);
    expect(isDesiredState('Färre olyckor på landsvägarna', true)).toBe(true);
    expect(isDesiredState('En giftfri förskola', true)).toBe(true);
    expect(isDesiredState('Hållbar samhällsplanering', true)).toBe(false);
    expect(isDesiredState('Hållbar samhällsplanering')).toBe(true);
    expect(isDesiredState('Kultur')).toBe(false);
    expect(isDesiredState('Ansvar och roller')).toBe(false);
  });
});

describe('a heading glued to the sentence under it', () => {
  const rest = (s: string) => s.slice(gluedHeadingEnd(s));
  it('is cut off where a capitalised word starts a clause after a lower-case word', () => {
    expect(rest('Trygga skolvägar Kommunen ska bygga fler cykelbanor.')).toBe('Kommunen ska bygga fler cykelbanor.');
    expect(rest('Mat och måltider Hamnstads kommun skall servera ekologisk mat.')).toBe('Hamnstads kommun skall servera ekologisk mat.');
    expect(rest('2.1 Bakgrund Den nya planen gäller från 2026.')).toBe('Den nya planen gäller från 2026.');
  });
  it('keeps names inside a sentence', () => {
    for (const s of ['Region Skåne ska stödja kommunerna.', 'Kommunen ska i samverkan med Region Skåne utveckla kollektivtrafiken.', 'Vi samarbetar med Almi och Ung Företagsamhet.'])
      expect(gluedHeadingEnd(s), s).toBe(0);
  });
});

describe('page furniture', () => {
  it('is never a goal', () => {
    for (const s of ['Läs planen (pdf, 2,1 MB)', 'Länk till annan webbplats, öppnas i nytt fönster.', 'Vi vill sätta kakor för att förbättra webbplatsen.', 'Senast uppdaterad 3 mars 2024', 'Kontakta oss', 'Tyck till'])
      expect(isFurniture(s), s).toBe(true);
    for (const s of ['Dela upp upphandlingar i mindre delar.', 'Kommunen ska läsa av mätarna varje månad.']) expect(isFurniture(s), s).toBe(false);
  });
});
