import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

// Every text here is written for these tests.
const parts = (text: string) => splitSentences(text).map((s) => (s.bullet ? `• ${s.text}` : s.text));

describe('sentences and items run together on one line', () => {
  it('splits a list run into the line after a colon, item by item', () => {
    expect(parts('Arbetet handlar om att: Prioritera säkra skolvägar Aktivt arbeta med belysning Bjuda in föräldrar till trygghetsvandringar')).toEqual([
      'Arbetet handlar om att:',
      '• Prioritera säkra skolvägar',
      '• Aktivt arbeta med belysning',
      '• Bjuda in föräldrar till trygghetsvandringar',
    ]);
  });

  it('splits inline enumerators after a colon', () => {
    expect(parts('Målen är följande: 1. Alla skolor har solceller a. Minst 30 % av elen är egen b. Vid nybyggen väljs trä')).toEqual([
      'Målen är följande:',
      '• Alla skolor har solceller',
      '• Minst 30 % av elen är egen',
      '• Vid nybyggen väljs trä',
    ]);
  });

  it('starts a sentence at a capitalised common word that opens a clause', () => {
    expect(parts('Kommunen har många sjöar Fritidsnämnden ansvarar för badplatserna.')).toEqual([
      'Kommunen har många sjöar',
      'Fritidsnämnden ansvarar för badplatserna.',
    ]);
  });

  it('keeps names and a line that ends in its verb together', () => {
    expect(parts('Vi samverkar med Region Skåne och Almi kring nya företag.')).toHaveLength(1);
    expect(parts('Målet är\nAttraktiva Hamnstad där fler vill bo.')).toHaveLength(1);
  });
});
