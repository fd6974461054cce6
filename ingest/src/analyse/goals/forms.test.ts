import { describe, expect, it } from 'vitest';
import { structureText } from '../text/structure.js';
import { extractGoals } from './extract.js';

// Every text here is written for these tests; the municipalities are fictional.
const goalsOf = (text: string, title?: string) => extractGoals(structureText(text), { actorNames: ['Hamnstad'], title });

describe('goals in the forms of real strategy documents', () => {
  it('reads indicator tables, one row per line, with the target and the value of today', () => {
    const text = ['Mått Utfall Målvärde', 'Nystartade företag per år 120 150', 'Andel nöjda företagare, % 68 75', '', 'Kommunen har många små företag.'].join('\n');
    const goals = goalsOf(text);
    expect(goals.map((g) => g.text)).toEqual(['Nystartade företag per år 120 150.', 'Andel nöjda företagare, % 68 75.']);
    expect(goals[0]!.target).toMatchObject({ kind: 'number', value: 150, baseline: 120 });
    expect(goals[1]!.target).toMatchObject({ kind: 'percentage', value: 75, baseline: 68 });
  });

  it('reads indicator tables with one cell per paragraph, as web pages give them', () => {
    const text = ['Indikatorer', '', 'Utfall 2023', '', 'Mål 2026', '', 'Antal nya bostäder', '', '40', '', '120', '', 'Andel ekologisk mat, %', '', '-', '', '50'].join('\n');
    const goals = goalsOf(text);
    expect(goals.map((g) => [g.text, g.target?.value])).toEqual([
      ['Antal nya bostäder 40 120.', 120],
      ['Andel ekologisk mat, % - 50.', 50],
    ]);
  });

  it('takes the present-tense statements of a vision as its goals, not what the vision says of itself', () => {
    const text = [
      'Visionen beskriver hur Hamnstad ser ut år 2035.',
      'Hamnstad är länets mest levande kustkommun.',
      'Här finns plats för både gemenskap och nya företag.',
      'Barn och unga växer upp i trygga miljöer.',
      'Visionen antogs av kommunfullmäktige.',
    ].join(' ');
    expect(goalsOf(text, 'Framtidsvision Hamnstad 2035').map((g) => [g.text, g.level])).toEqual([
      ['Hamnstad är länets mest levande kustkommun.', 'vision'],
      ['Här finns plats för både gemenskap och nya företag.', 'vision'],
      ['Barn och unga växer upp i trygga miljöer.', 'vision'],
    ]);
    // the same sentences in a document that is not a vision are facts
    expect(goalsOf(text, 'Beskrivning av kommunen')).toEqual([]);
  });

  it('reads the text after "… vår vision:" as the vision, to the end of its paragraph or until it turns to history', () => {
    const text = [
      'Planen är ett led i arbetet med att nå kommunens vision: Hamnstad är en levande kustkommun där alla får plats.',
      'Landsbygden utvecklas och är en självklar del av kommunen.',
      'Här finns nära till både hav och skog.',
      'Hamnstad fick stadsrättigheter 1952.',
      'Här finns också en hamn.',
      '',
      'Här finns en busslinje till staden.',
    ].join(' ').replace('  ', '\n\n');
    expect(goalsOf(text).map((g) => [g.text, g.level])).toEqual([
      ['Hamnstad är en levande kustkommun där alla får plats.', 'vision'],
      ['Landsbygden utvecklas och är en självklar del av kommunen.', 'vision'],
      ['Här finns nära till både hav och skog.', 'vision'],
    ]);
    // without the lead-in the same sentences are facts
    expect(goalsOf('Hamnstad är en levande kustkommun. Landsbygden utvecklas.')).toEqual([]);
  });

  it('takes the verbless motto that opens a vision section as its vision, but no verbless line further on', () => {
    const text = [
      'Bakgrund',
      '',
      'Kommunen har arbetat med planen i två år.',
      '',
      'Vision och mål',
      '',
      'Hamnstad – kustkommunen där alla ryms, 30 000 invånare 2035.',
      '',
      'Vi bygger en kommun för alla åldrar. Ett exempel bland flera.',
    ].join('\n');
    expect(goalsOf(text).map((g) => [g.text, g.level])).toEqual([
      ['Hamnstad – kustkommunen där alla ryms, 30 000 invånare 2035.', 'vision'],
      ['Vi bygger en kommun för alla åldrar.', 'mål'],
    ]);
    // a verbless line that opens the section with a preposition is a broken line, not a motto
    expect(goalsOf('Framtidsbild för Hamnstad\n\nTill ett öppet och.\n\nVi bygger en kommun för alla.').map((g) => g.text)).toEqual(['Vi bygger en kommun för alla.']);
  });

  it('takes the items of a lead-in whose subject is the vision or the goals as its goals', () => {
    const text = 'Visionen är nedbruten i tre huvudpunkter: 1. Hamnstad är länets centrum för besöksnäringen 2. Antalet nya företag har fördubblats 3. Det finns gott om mark för nya företag.';
    expect(goalsOf(text).map((g) => [g.text, g.level])).toEqual([
      ['Hamnstad är länets centrum för besöksnäringen.', 'vision'],
      ['Antalet nya företag har fördubblats.', 'vision'],
      ['Det finns gott om mark för nya företag.', 'vision'],
    ]);
    expect(goalsOf('Målen konkretiseras i tre delar:\n- Fler företag i hamnen\n- Nöjda besökare.').map((g) => [g.text, g.level])).toEqual([
      ['Fler företag i hamnen.', 'mål'],
      ['Nöjda besökare.', 'mål'],
    ]);
    // the same list under a lead-in about something else is judged item by item
    expect(goalsOf('Rapporten är indelad i tre delar: 1. Hamnstad är länets centrum för besöksnäringen 2. Antalet nya företag har fördubblats').map((g) => g.text)).toEqual([]);
  });

  it('reads a title that names a målbild as a vision, but not a title that joins a vision to something else', () => {
    const text = 'År 2035 är Hamnstad en kommun som växer. Här finns nära till både hav och skog. Föreningslivet är rikt och öppet för alla.';
    const visions = ['År 2035 är Hamnstad en kommun som växer.', 'Här finns nära till både hav och skog.', 'Föreningslivet är rikt och öppet för alla.'];
    expect(goalsOf(text, 'Målbild för Hamnstad').map((g) => g.text)).toEqual(visions);
    expect(goalsOf(text, 'Målbild 2035').map((g) => g.text)).toEqual(visions);
    // a subtitle after a dash or a colon is the vision's motto, however long
    expect(goalsOf(text, 'Vision 2035 – Tillsammans gör vi Hamnstad till en ännu bättre plats').map((g) => g.text)).toEqual(visions);
    expect(goalsOf(text, 'Vision 2035: med havet som granne och skogen som trädgård').map((g) => g.text)).toEqual(visions);
    expect(goalsOf(text, 'Förslag till en ny kommunal vision – Hamnstad 2035').map((g) => g.text)).toEqual(['År 2035 är Hamnstad en kommun som växer.']);
    // a foreword with the vision inside it: only the sentence that commits to a future counts
    expect(goalsOf(text, 'Förord och vår målbild').map((g) => g.text)).toEqual(['År 2035 är Hamnstad en kommun som växer.']);
    expect(goalsOf(text, 'Målbildsstrategi för Hamnstad').map((g) => g.text)).toEqual(['År 2035 är Hamnstad en kommun som växer.']);
  });

  it('takes a goal that a heading states after its colon', () => {
    const text = ['Mål 1 för perioden: 25 000 invånare år 2030', '', 'Kommunen ska bygga fler bostäder.'].join('\n');
    expect(goalsOf(text).map((g) => g.text)).toEqual(['25 000 invånare år 2030.', 'Kommunen ska bygga fler bostäder.']);
  });

  it('takes the qualities a municipality lists of itself as parts of its vision', () => {
    const text = ['Hamnstad är attraktivt med:', 'En service som möter behoven', '', 'Ett rikt föreningsliv', '', 'Goda kommunikationer'].join('\n');
    expect(goalsOf(text).map((g) => g.text)).toEqual(['En service som möter behoven.', 'Ett rikt föreningsliv.', 'Goda kommunikationer.']);
  });

  it('takes an aim in the infinitive as a goal when a goal noun is its predicate', () => {
    expect(goalsOf('Att bli en fossilfri kommun är vårt främsta mål.').map((g) => g.text)).toEqual(['Att bli en fossilfri kommun är vårt främsta mål.']);
    expect(goalsOf('Att göra Hamnstad känt för fler besökare är det övergripande målet för strategin.')).toHaveLength(1);
    expect(goalsOf('Att minska utsläppen är en utmaning för alla.')).toEqual([]);
  });

  it('takes a heading that commits the organisation as a goal, but not one that says how the work is done', () => {
    const text = ['Kommunen vill skapa goda villkor för småföretag', '', 'Många av kommunens företag har färre än tio anställda.'].join('\n');
    expect(goalsOf(text).map((g) => g.text)).toEqual(['Kommunen vill skapa goda villkor för småföretag.']);
    const how = ['Så arbetar vi med visionen', '', 'Förra året startade fyrtio nya företag i kommunen.'].join('\n');
    expect(goalsOf(how)).toEqual([]);
  });

  it('takes a commission as a goal', () => {
    expect(goalsOf('Kommunstyrelsen uppdras att ta fram en plan för laddinfrastruktur.').map((g) => g.text)).toEqual([
      'Kommunstyrelsen uppdras att ta fram en plan för laddinfrastruktur.',
    ]);
  });
});
