import { describe, expect, it } from 'vitest';
import { structureText } from '../text/structure.js';
import { extractGoals } from './extract.js';
import { gluedHeadingEnd } from './glued-heading.js';

// Every text here is written for these tests; the municipalities are fictional.
const goalsOf = (text: string) => extractGoals(structureText(text), { actorNames: ['Norrvik'] }).map((g) => g.text);

describe('goals in the frame a heading, a source or a cut gives them', () => {
  it('reads statement headings under a goal heading as its goals, with the statements below them', () => {
    const text = [
      'Övergripande mål för Norrvik 2040',
      '',
      'Norrvik är en trygg kommun för alla åldrar',
      '',
      'Alla känner sig välkomna i Norrvik. Barn växer upp i goda miljöer.',
      '',
      'Norrvik har ett starkt näringsliv',
      '',
      'Företagen hittar den kompetens de behöver.',
    ].join('\n');
    expect(goalsOf(text)).toEqual([
      'Norrvik är en trygg kommun för alla åldrar.',
      'Alla känner sig välkomna i Norrvik.',
      'Barn växer upp i goda miljöer.',
      'Norrvik har ett starkt näringsliv.',
      'Företagen hittar den kompetens de behöver.',
    ]);
    // the same headings and sentences under a heading that is no goal heading are a description
    expect(goalsOf(text.replace('Övergripande mål för Norrvik 2040', 'Om Norrvik'))).toEqual([]);
  });

  it('does not take what a goal heading\'s paragraph tells of, rather than aims at, for goals', () => {
    const text = [
      'Mål',
      '',
      'Norrviks strategiska mål är politiska mål som styr kommunen som organisation. Det är fullmäktige som beslutar om dem. Kommunen beslutade om sina första mål 2012. Alla barn får en god start i livet.',
    ].join('\n');
    expect(goalsOf(text)).toEqual(['Alla barn får en god start i livet.']);
    // a perfect reaching back to a named time is history
    const history = ['Mål', '', 'Norrvik har haft en plan för naturvård sedan början av 2000-talet. Norrvik har rent vatten i alla sjöar.'].join('\n');
    expect(goalsOf(history)).toEqual(['Norrvik har rent vatten i alla sjöar.']);
    expect(goalsOf(['Vision', '', 'Norrvik har haft ett rikt föreningsliv sedan 1950-talet. Norrvik har ett rikt föreningsliv.'].join('\n'))).toEqual(['Norrvik har ett rikt föreningsliv.']);
    // "Målet är att …" under the same heading is still a goal
    expect(goalsOf(['Mål', '', 'Målet är att alla barn får en god start i livet.'].join('\n'))).toEqual(['Målet är att alla barn får en god start i livet.']);
  });

  it('does not take a vision\'s sentences that point back to it, or what a document\'s purpose describes, for goals', () => {
    const text = ['Vision för Norrvik', '', 'Norrvik är en trygg kommun. Den är ett verktyg för hela kommunen. Det viktiga är att utvecklingen går åt rätt håll.'].join('\n');
    expect(goalsOf(text)).toEqual(['Norrvik är en trygg kommun.']);
    expect(goalsOf('Syftet med programmet är att ge en aktuell bild av bostadsläget i Norrvik.')).toEqual([]);
    expect(goalsOf('Syftet är att förtydliga vilka områden aktörerna vill utveckla.')).toEqual([]);
    expect(goalsOf('Syftet med programmet är att fler ska hitta en bostad i Norrvik.')).toEqual(['Syftet med programmet är att fler ska hitta en bostad i Norrvik.']);
  });

  it('reads the paragraph under a caption that opens a goal heading as part of that goal', () => {
    const text = ['Övergripande mål', '', 'Norrvik är en kommun där alla kan leva ett gott liv', '', 'Invånarna har god hälsa. Norrvik präglas av gemenskap.'].join('\n');
    expect(goalsOf(text)).toEqual([
      'Norrvik är en kommun där alla kan leva ett gott liv.',
      'Invånarna har god hälsa.',
      'Norrvik präglas av gemenskap.',
    ]);
  });

  it('reads what is said to be prioritised as an intent', () => {
    expect(goalsOf('Äldre med hemtjänst är prioriterade.')).toEqual(['Äldre med hemtjänst är prioriterade.']);
    expect(goalsOf('Frågan är komplicerad.')).toEqual([]);
  });

  it('reads what we do, said in the present after a fronted adverbial, as an intent, but not the page speaking to its reader', () => {
    expect(goalsOf('Tillsammans bygger vi en skola i världsklass.')).toEqual(['Tillsammans bygger vi en skola i världsklass.']);
    expect(goalsOf('Under sommaren ber vi dig att ringa i stället för att komma på besök.')).toEqual([]);
    expect(goalsOf('När du skickar formuläret kommer vi att spara dina uppgifter.')).toEqual([]);
    expect(goalsOf('Så här definierar vi begreppet landsbygd.')).toEqual([]);
  });

  it('finds the intent in a second verb phrase of a straight clause with an object that opens with "den"', () => {
    expect(goalsOf('Kommunen gör den egna fordonsparken fossilfri och underlättar för invånarna att cykla.')).toEqual([
      'Kommunen gör den egna fordonsparken fossilfri och underlättar för invånarna att cykla.',
    ]);
  });

  it('leaves out the goals of another level that a paragraph restates', () => {
    const text = [
      'Enligt de nationella målen för friluftslivet ska alla ha tillgång till naturen. Allemansrätten ska värnas.',
      '',
      'Det nationella målet för folkhälsan är att skapa förutsättningar för en god hälsa.',
      '',
      'Norrvik ska bygga fler vandringsleder.',
    ].join('\n');
    expect(goalsOf(text)).toEqual(['Norrvik ska bygga fler vandringsleder.']);
  });

  it('reads a target year closing a present or perfect statement as a target state, not a period of validity', () => {
    expect(goalsOf('Mängden matavfall har halverats år 2030.')).toEqual(['Mängden matavfall har halverats år 2030.']);
    expect(goalsOf('Norrvik är klimatneutralt senast 2040.')).toEqual(['Norrvik är klimatneutralt senast 2040.']);
    expect(goalsOf('Planen gäller fram till 2030.')).toEqual([]);
    expect(goalsOf('Kommunen har en plan som sträcker sig till 2030.')).toEqual([]);
    expect(goalsOf('Programmet löper från år 2024 till och med år 2027.')).toEqual([]);
  });

  it('reads a planned action in the future passive as an intent', () => {
    expect(goalsOf('Under 2026 kommer en utredning av skolskjutsarna att genomföras.')).toEqual(['Under 2026 kommer en utredning av skolskjutsarna att genomföras.']);
    expect(goalsOf('I framtiden kommer fler invånare att lockas av storstaden.')).toEqual([]);
  });

  it('keeps a sentence cut off at the end of an excerpt only while it still states an aim', () => {
    expect(goalsOf('Norrvik ska ha fler företag. Invånarna ska ha g')).toEqual(['Norrvik ska ha fler företag.']);
    expect(goalsOf('Norrvik ska ha fler företag. I Norrv')).toEqual(['Norrvik ska ha fler företag.']);
    expect(goalsOf('Norrvik ska ha fler företag. Kommunen ska erbjuda alla elever läxhjälp i')).toEqual([
      'Norrvik ska ha fler företag.',
      'Kommunen ska erbjuda alla elever läxhjälp.',
    ]);
  });

  it('does not cut a heading off inside brackets, where a capital is an abbreviation', () => {
    expect(gluedHeadingEnd('Trygg och säker kommun (TSK) ska samordna arbetet')).toBe(0);
    expect(gluedHeadingEnd('Hållbara inköp Kommunen ska ställa miljökrav')).toBeGreaterThan(0);
  });
});
