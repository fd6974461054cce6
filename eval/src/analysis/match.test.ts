import { describe, expect, it } from 'vitest';
import { contentWords, coverage, isMatch, matchGoals } from './match.js';

// The sentences here are written for these tests; none is taken from a real document.
describe('goal matching', () => {
  it('matches a prediction that shares most words with the labelled goal', () => {
    const gold = 'Kommunen ska halvera sina utsläpp av växthusgaser till år 2030.';
    const predicted = 'Kommunen ska halvera sina utsläpp av växthusgaser till år 2030';
    expect(matchGoals([predicted], [gold]).pairs).toEqual([[0, 0]]);
  });

  it('matches a list item expanded with its lead-in', () => {
    const gold = 'Ordna en företagarfrukost varje kvartal';
    const predicted = 'Näringslivsenheten ska ordna en företagarfrukost varje kvartal.';
    const c = coverage(contentWords(predicted), contentWords(gold));
    expect(c.gold).toBe(1);
    expect(isMatch(c)).toBe(true);
  });

  it('does not match a goal to another one in the same words domain', () => {
    const gold = 'Andelen förnybar energi i kommunens fordon ska öka.';
    const predicted = 'Kommunen ska minska sin energianvändning i lokalerna med 20 procent.';
    expect(matchGoals([predicted], [gold]).pairs).toEqual([]);
  });

  it('does not match a whole paragraph that merely contains the goal', () => {
    const gold = 'Skolan ska vara trygg.';
    const predicted = `Skolan ska vara trygg. ${'Bakgrunden beskrivs utförligt i rapportens tredje kapitel med statistik om elever lärare och lokaler '.repeat(3)}`;
    const c = coverage(contentWords(predicted), contentWords(gold));
    expect(c.gold).toBe(1);
    expect(isMatch(c)).toBe(false);
  });

  it('pairs each goal at most once, best first', () => {
    const gold = ['Fler ska starta företag.', 'Fler ska starta företag på landsbygden.'];
    const predicted = ['Fler ska starta företag på landsbygden.'];
    const m = matchGoals(predicted, gold);
    expect(m.pairs).toEqual([[0, 1]]);
    expect(m.unmatchedGold).toEqual([0]);
  });

  it('ignores function words and case', () => {
    expect([...contentWords('Vi ska Öka och att stärka')]).toEqual(['öka', 'stärka']);
  });
});
