import { describe, expect, it } from 'vitest';
import { structureText } from '../text/structure.js';
import { opensWithAction } from './items.js';
import { extractGoals, type ExtractedGoal } from './extract.js';

/**
 * Goal lists in the forms the readers produce (one item per line or per paragraph) and in plain
 * text files (numbers, letters, bullet signs). Each goal must point at its item in the text.
 */
const goalsOf = (text: string, actorNames: string[] = []) => {
  const goals = extractGoals(structureText(text), { actorNames });
  for (const g of goals) expect(text.slice(g.start, g.end).trim().length, `no source for "${g.text}"`).toBeGreaterThan(0);
  return goals;
};
const summary = (goals: ExtractedGoal[]) => goals.map((g) => [g.text, g.actor, g.level]);
const sources = (text: string, goals: ExtractedGoal[]) => goals.map((g) => text.slice(g.start, g.end));

const KOMMUNEN_SKA = [
  ['Kommunen ska förenkla kontakten med företagen.', 'kommunen', 'aktivitet'],
  ['Kommunen ska korta handläggningstiderna för bygglov.', 'kommunen', 'aktivitet'],
];

describe('goal lists with one item per line', () => {
  it.each([
    ['markdown dash', '-'],
    ['asterisk', '*'],
    ['bullet sign', '•'],
    ['en dash', '–'],
    ['numbers with a full stop', '1.'],
    ['numbers with a parenthesis', '1)'],
    ['letters', 'a)'],
  ])('expands "Kommunen ska:" with %s items', (_, marker) => {
    const mark = (k: number) => marker.replace('1', String(k + 1)).replace('a', 'ab'[k]!);
    const text = ['Kommunen ska:', `${mark(0)} förenkla kontakten med företagen`, `${mark(1)} korta handläggningstiderna för bygglov`, '', 'Bakgrund', '', 'Kommunen har många små företag.'].join('\n');
    const goals = goalsOf(text);
    expect(summary(goals)).toEqual(KOMMUNEN_SKA);
    expect(sources(text, goals)).toEqual(['förenkla kontakten med företagen', 'korta handläggningstiderna för bygglov']);
    expect(structureText(text).sections.map((s) => s.heading)).toEqual([null, 'Bakgrund']);
  });

  it('ends a line list at the first line that is not an item, and takes a later action bullet as written', () => {
    const text = ['Näringslivsenheten ska:', '- Genomföra regelbundna företagsbesök.', '- Utveckla dialogen med företagarföreningarna.', 'Detta kan ske genom frukostmöten.', '- Ordna temadagar.'].join('\n');
    expect(goalsOf(text).map((g) => g.text)).toEqual([
      'Näringslivsenheten ska genomföra regelbundna företagsbesök.',
      'Näringslivsenheten ska utveckla dialogen med företagarföreningarna.',
      'Ordna temadagar.',
    ]);
  });

  it('keeps going past an explanation inside an item', () => {
    const text = 'Kommunen ska:\n- Förenkla kontakten med företagen. Det sker genom en samlad företagslots.\n- Korta handläggningstiderna.';
    expect(goalsOf(text).map((g) => g.text)).toEqual(['Kommunen ska förenkla kontakten med företagen.', 'Kommunen ska korta handläggningstiderna.']);
  });

  it('joins a wrapped line to its item', () => {
    const text = 'Kommunen ska:\nFörenkla kontakten med företagen genom en samlad företagslots och en\ngemensam väg in\nKorta handläggningstiderna för bygglov';
    expect(goalsOf(text).map((g) => g.text)).toEqual([
      'Kommunen ska förenkla kontakten med företagen genom en samlad företagslots och en gemensam väg in.',
      'Kommunen ska korta handläggningstiderna för bygglov.',
    ]);
  });

  it('takes a lead-in that commits on its own as the goal when none of its items goes on from it', () => {
    const text = 'Bakgrund.\n\nFritidsarbetet ska utgå från tre arenor:\n- Skolan\n- Föreningslivet\n- Hemmet';
    expect(goalsOf(text).map((g) => g.text)).toEqual(['Fritidsarbetet ska utgå från tre arenor.']);
    const acting = 'Bakgrund.\n\nFritidsgården ska under året:\n- Ordna läxhjälp\n- Skolan';
    expect(goalsOf(acting).map((g) => g.text)).toEqual(['Fritidsgården ska under året ordna läxhjälp.']);
  });

  it('skips items that are not verb phrases after "X ska:"', () => {
    const text = 'Kommunen ska:\n- Attraktiva mötesplatser för företag\n- Hållbara transporter\n- Bedriva ett aktivt näringslivsarbete\n- Detta är viktigt';
    expect(goalsOf(text).map((g) => g.text)).toEqual(['Kommunen ska bedriva ett aktivt näringslivsarbete.']);
  });

  it('completes "X ska verka för att:" with every item, verb or clause', () => {
    const text = 'Kommunen ska verka för att:\n- fler företag startas i kommunen\n- förenkla kontakten med företagen';
    expect(summary(goalsOf(text))).toEqual([
      ['Kommunen ska verka för att fler företag startas i kommunen.', 'kommunen', 'aktivitet'],
      ['Kommunen ska verka för att förenkla kontakten med företagen.', 'kommunen', 'aktivitet'],
    ]);
  });

  it('joins the items of "X ska präglas av:" into one goal that spans the list', () => {
    const text = 'Näringslivsarbetet ska präglas av:\n- Öppenhet\n- Delaktighet\n- Serviceanda\n\nDet betyder att vi lyssnar på företagen.';
    const goals = goalsOf(text);
    expect(summary(goals)).toEqual([['Näringslivsarbetet ska präglas av öppenhet, delaktighet och serviceanda.', 'kommunen', 'mål']]);
    expect(text.slice(goals[0]!.start, goals[0]!.end)).toBe('Näringslivsarbetet ska präglas av:\n- Öppenhet\n- Delaktighet\n- Serviceanda');
  });
});

describe('goal lists with one item per paragraph', () => {
  it('expands the paragraphs after "Näringslivsenheten ska:" until the text goes on', () => {
    const text = [
      'Näringslivsenheten ska:',
      'Förenkla kontakten med företagen.',
      'Korta handläggningstiderna för bygglov.',
      'Kommunen har arbetat med detta länge. Det har gett resultat.',
    ].join('\n\n');
    const goals = goalsOf(text);
    expect(goals.map((g) => g.text)).toEqual([
      'Näringslivsenheten ska förenkla kontakten med företagen.',
      'Näringslivsenheten ska korta handläggningstiderna för bygglov.',
    ]);
    expect(sources(text, goals)).toEqual(['Förenkla kontakten med företagen.', 'Korta handläggningstiderna för bygglov.']);
  });

  it('reads "Vi ska:" and "Kommunen vill:" lead-ins', () => {
    const vi = 'Vi ska:\n\nStärka besöksnäringen i hela kommunen\n\nUtveckla fler mötesplatser för företagare\n\nDetta gör vi tillsammans med företagen.';
    expect(summary(goalsOf(vi))).toEqual([
      ['Vi ska stärka besöksnäringen i hela kommunen.', 'kommunen', 'aktivitet'],
      ['Vi ska utveckla fler mötesplatser för företagare.', 'kommunen', 'aktivitet'],
    ]);
    const vill = 'Kommunen vill:\n\nStärka besöksnäringen i hela kommunen.\n\nUtveckla fler mötesplatser för företagare.';
    expect(goalsOf(vill).map((g) => g.text)).toEqual([
      'Kommunen vill stärka besöksnäringen i hela kommunen.',
      'Kommunen vill utveckla fler mötesplatser för företagare.',
    ]);
  });

  it('takes the paragraphs after "Mål:" as goals even without "ska", then the binding follow-up but not the rest of the prose', () => {
    const text = 'Bakgrund\n\nKommunen växer. Fler vill bo här.\n\nMål:\n\nFler unga i arbete.\n\nFler nystartade företag.\n\nProgrammet följs upp årligen i samband med årsredovisningen. Kommunstyrelsen ansvarar.';
    expect(summary(goalsOf(text))).toEqual([
      ['Fler unga i arbete.', null, 'mål'],
      ['Fler nystartade företag.', null, 'mål'],
      ['Programmet följs upp årligen i samband med årsredovisningen.', null, 'mål'],
    ]);
  });
});

describe('goal lists under goal headings and labels', () => {
  it('takes the list right under "Effektmål" at its level, and then only the commitments of the prose after it', () => {
    const text = ['Effektmål', '- Antalet nystartade företag ska öka med 10 procent till 2026.', '- Fler unga i arbete', '', 'Programmet följs upp årligen.', '', 'Tabell 1. Gästnätter per år'].join('\n');
    expect(summary(goalsOf(text))).toEqual([
      ['Antalet nystartade företag ska öka med 10 procent till 2026.', null, 'mål'],
      ['Fler unga i arbete.', null, 'mål'],
      ['Programmet följs upp årligen.', null, 'mål'],
    ]);
  });

  it('takes unmarked short lines under "Inriktningsmål" as goals of that level', () => {
    const text = 'Inriktningsmål\nEtt starkt och varierat näringsliv\nGoda förutsättningar för nya företag\n\nBakgrund\n\nKommunen har många företag. Det är bra.';
    expect(summary(goalsOf(text))).toEqual([
      ['Ett starkt och varierat näringsliv.', null, 'inriktningsmål'],
      ['Goda förutsättningar för nya företag.', null, 'inriktningsmål'],
    ]);
  });

  it('takes numbered goals under a numbered "Mål" heading', () => {
    const text = '1. Inledning\n\nProgrammet beskriver arbetet. Det antogs 2020.\n\n2. Mål\n\n1. Fler företag\n2. Fler unga i arbete\n\n3. Uppföljning\n\nProgrammet följs upp årligen.';
    expect(goalsOf(text).map((g) => [g.text, g.section, g.level])).toEqual([
      ['Fler företag.', '2. Mål', 'mål'],
      ['Fler unga i arbete.', '2. Mål', 'mål'],
      ['Programmet följs upp årligen.', '3. Uppföljning', 'mål'],
    ]);
  });

  it('takes the vision under a "Vision" heading, but not the explanation after it', () => {
    const text = 'Vision\n\nNorrvik är år 2030 en levande kustkommun där företag och människor växer.\n\nVisionen togs fram i dialog med invånarna. Den gäller till 2030.';
    expect(summary(goalsOf(text, ['Norrvik']))).toEqual([
      ['Norrvik är år 2030 en levande kustkommun där företag och människor växer.', 'kommunen', 'vision'],
    ]);
  });

  it('takes items run together after an inline "Mål:" label', () => {
    const text = 'Näringsliv Mål: - Fler företag - Fler unga i arbete Det betyder att kommunen växer.';
    expect(goalsOf(text).map((g) => [g.text, g.level, g.section])).toEqual([
      ['Fler företag.', 'mål', 'Näringsliv'],
      ['Fler unga i arbete.', 'mål', 'Näringsliv'],
    ]);
  });

  it('goes on from a lead-in broken off with an ellipsis in each item, whatever its form', () => {
    const text = 'Visionen antogs av fullmäktige i våras.\n\nHamnstad ska vara en kommun…\n\n• med levande byar i hela kommunen\n• där unga vill stanna\n\nFakta om kommunen';
    expect(goalsOf(text, ['Hamnstad']).map((g) => g.text)).toEqual(['Hamnstad ska vara en kommun med levande byar i hela kommunen.', 'Hamnstad ska vara en kommun där unga vill stanna.']);
  });

  it('takes the items of "Programmet har tre mål:" as goals', () => {
    const text = 'Programmet har tre mål:\n- Fler företag i kommunen\n- Fler unga i arbete\n- Ett bättre företagsklimat';
    expect(goalsOf(text).map((g) => [g.text, g.level])).toEqual([
      ['Fler företag i kommunen.', 'mål'],
      ['Fler unga i arbete.', 'mål'],
      ['Ett bättre företagsklimat.', 'mål'],
    ]);
  });
});

describe('lists that are not goal lists', () => {
  it('takes nothing from a list of members, even under a goal heading', () => {
    const text = 'Mål\n\nNäringslivsrådet består av:\n- kommunalråden\n- företrädare för företagarföreningarna\n- näringslivschefen\n\nRådet träffas fyra gånger per år.';
    expect(goalsOf(text)).toEqual([]);
  });

  it('takes only the items that commit on their own from a list of examples', () => {
    const text = 'Kommunen ska stödja företagen.\n\nExempel på aktiviteter:\n- Kommunen ska ordna frukostmöten.\n- Ordna temadagar för företagare';
    expect(goalsOf(text).map((g) => g.text)).toEqual(['Kommunen ska stödja företagen.', 'Kommunen ska ordna frukostmöten.']);
  });

  it('takes nothing from the goals of another level restated, and the document\'s own goals again after them', () => {
    const text = [
      'Riksdagen har beslutat om fyra mål för friluftslivet:',
      '- Alla ska ha tillgång till natur nära hemmet.',
      '- Ett rikt friluftsliv för alla',
      '',
      'Hamnstad bidrar till dem på sitt sätt.',
      '',
      'Kommunen har två mål:',
      '- Fler vandringsleder',
      '- Kommunen ska rusta badplatserna.',
    ].join('\n');
    expect(goalsOf(text).map((g) => g.text)).toEqual(['Fler vandringsleder.', 'Kommunen ska rusta badplatserna.']);
    expect(goalsOf('De nationella målen för kulturen är:\n- Kulturen ska vara fri.\n- Alla ska kunna delta i kulturlivet.')).toEqual([]);
  });

  it('takes an item that sets a number and when it is due as a target, not a number alone', () => {
    const text = 'Löftet till invånarna lyder:\n- Minst 30 kvällsvandringar årligen i centrum\n- 200 nya bostäder till 2030\n- Tre nya förskolor i norra delen';
    expect(goalsOf(text).map((g) => g.text)).toEqual(['Minst 30 kvällsvandringar årligen i centrum.', '200 nya bostäder till 2030.']);
  });

  it('judges the items of any other list on their own', () => {
    const text = 'Kommunens åtaganden i korthet:\n- Kommunen ska erbjuda en företagslots.\n- Företagen uppskattar snabba besked.';
    expect(goalsOf(text).map((g) => g.text)).toEqual(['Kommunen ska erbjuda en företagslots.']);
  });

  it('does not take a lead-in without items for a goal', () => {
    expect(goalsOf('Kommunen ska:\n\nDet här stycket förklarar bakgrunden. Det är inga mål.')).toEqual([]);
  });
});

describe('opensWithAction', () => {
  it('tells infinitives and imperatives from adjectives, nouns and pronouns, by the dictionary', () => {
    for (const item of ['Stimulera nätverk', 'Ta initiativ', 'nå fler', 'Bedriva ett aktivt arbete', 'Beskriva processen', 'Betala fakturor i tid', 'Anta en ny plan', 'Lösa frågan', 'Stärk samverkan', 'Säkerställ att alla får plats', 'Att bidra till fler jobb', 'Att genom samverkan stärka kulturen', 'Aktivt arbeta med energifrågor', 'Delta i nätverk', 'Jobba för fler tåg'])
      expect(opensWithAction(item), item).toBe(true);
    for (const item of ['Attraktiva mötesplatser', 'Hållbara transporter', 'Tydliga mål', 'Lokala företag', 'Detta är viktigt', 'Alla ska med', 'Politiska beslut', 'Öppenhet', 'Ökad trygghet', 'Planer för skolan', 'Kommunen ska växa'])
      expect(opensWithAction(item), item).toBe(false);
  });
});
