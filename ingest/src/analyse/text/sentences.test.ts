import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not end a sentence at Swedish abbreviations', () => {
    const text =
      'Vi samverkar med t.ex. Almi och bl.a. Nyföretagarcentrum, dvs. de som ger råd. Det gäller s.k. gröna jobb, ca. 50 st. Fr.o.m. 2025 gäller o.s.v. Nästa mening.';
    expect(texts(text)).toEqual([
      'Vi samverkar med t.ex. Almi och bl.a. Nyföretagarcentrum, dvs. de som ger råd.',
      'Det gäller s.k. gröna jobb, ca. 50 st. Fr.o.m. 2025 gäller o.s.v.',
      'Nästa mening.',
    ]);
  });

  it('ends sentences at ., ! and ? before a capital, a digit or a quote', () => {
    expect(texts('Först detta. Sedan det! Och nu? 2025 ska det vara klart. "Citat" här.')).toEqual([
      'Först detta.',
      'Sedan det!',
      'Och nu?',
      '2025 ska det vara klart.',
      '"Citat" här.',
    ]);
    expect(texts('Version 2.0 av planen. Klart.')).toEqual(['Version 2.0 av planen.', 'Klart.']);
  });

  it('splits bullets run together on one line, as in the Lerum transcript', () => {
    const text =
      'Förvaltningen ska: - Ta initiativ för att skapa mötesplatser. - Stimulera aktivt nätverksbyggande Detta kan exempelvis vara nätverksträffar.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.bullet, s.text])).toEqual([
      [false, 'Förvaltningen ska:'],
      [true, 'Ta initiativ för att skapa mötesplatser.'],
      [true, 'Stimulera aktivt nätverksbyggande'],
      [false, 'Detta kan exempelvis vara nätverksträffar.'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits bullets a transcript glued to the item\'s first word, after a colon or the end of a sentence', () => {
    const text = 'Nämnden får följande uppdrag: *Kommunen ska ha en energirådgivning. *All el ska vara förnybar. Priset är 5 *Ungefär.';
    expect(splitSentences(text).map((s) => [s.bullet, s.text])).toEqual([
      [false, 'Nämnden får följande uppdrag:'],
      [true, 'Kommunen ska ha en energirådgivning.'],
      [true, 'All el ska vara förnybar.'],
      [false, 'Priset är 5 *Ungefär.'],
    ]);
  });

  it('splits bullets at the start of lines, also in lower case', () => {
    expect(splitSentences('Vi ska:\n- öka antalet företag\n• minska arbetslösheten\n* stärka skolan').map((s) => [s.bullet, s.text])).toEqual([
      [false, 'Vi ska:'],
      [true, 'öka antalet företag'],
      [true, 'minska arbetslösheten'],
      [true, 'stärka skolan'],
    ]);
  });

  it('keeps a dash between lower-case words and inside parentheses', () => {
    expect(texts('Näringslivsarbetet är ett medel för att nå målet - arbetstillfällen för alla.')).toHaveLength(1);
    expect(texts('Kommunen ska öka samhällsansvaret (CSR - Corporate Social Responsibility) inom näringslivet.')).toHaveLength(1);
  });

  it('restores a full stop lost before a sentence opener', () => {
    expect(texts('eller andra kreativa lösningar för framtida näringsliv Kommunens ska samverka för att öka nyföretagandet.')).toEqual([
      'eller andra kreativa lösningar för framtida näringsliv',
      'Kommunens ska samverka för att öka nyföretagandet.',
    ]);
    // a capital that opens no sentence is a name
    expect(texts('Vi samarbetar med Business Region Göteborg och Svenskt Näringsliv om rankingen.')).toHaveLength(1);
  });

  it('treats line breaks inside a paragraph as spaces', () => {
    const sentences = splitSentences('Kommunen ska arbeta för\nett bättre företagsklimat. Nästa.');
    expect(sentences.map((s) => s.text)).toEqual(['Kommunen ska arbeta för ett bättre företagsklimat.', 'Nästa.']);
  });

  it('splits only the given range and reports offsets in the whole text', () => {
    const text = 'Rubrik\n\nFörsta meningen. Andra meningen.';
    const from = text.indexOf('Första');
    const sentences = splitSentences(text, from, text.length);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Första meningen.', 'Andra meningen.']);
  });

  it('reads numbered and lettered items at the start of a line, and says which items stand on their own line', () => {
    const text = 'Kommunen ska:\n1. Förenkla kontakten.\n2) korta tiderna\n(3) Ordna träffar\nb) Stödja nätverk\n\uf0b7 Främja handel';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.bullet, s.lineStart, s.text])).toEqual([
      [false, true, 'Kommunen ska:'],
      [true, true, 'Förenkla kontakten.'],
      [true, true, 'korta tiderna'],
      [true, true, 'Ordna träffar'],
      [true, true, 'Stödja nätverk'],
      [true, true, 'Främja handel'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // run together on one line, the items do not stand on their own lines
    expect(splitSentences('Kommunen ska: - Ta initiativ. - Stimulera nätverk').map((s) => s.lineStart)).toEqual([true, false, false]);
  });

  it('does not take a number inside a line for a list item', () => {
    expect(splitSentences('Planen antogs den 3 maj. 2. Kommunen ska växa. Se bilaga a) nedan.').some((s) => s.bullet)).toBe(false);
    expect(texts('Se avsnitt 2.1 och bilaga a) nedan.')).toEqual(['Se avsnitt 2.1 och bilaga a) nedan.']);
  });

  it('reads numbers in brackets inside a line as enumerators when the list goes on, not a reference', () => {
    expect(texts('Målen är: Goda villkor (1) God hälsa, (2) Trygga invånare, (3) Rik fritid. Lagen (2010:900) gäller.')).toEqual([
      'Målen är: Goda villkor',
      'God hälsa,',
      'Trygga invånare,',
      'Rik fritid.',
      'Lagen (2010:900) gäller.',
    ]);
    // a lone number in brackets is a reference
    expect(texts('Vi följer modell (1) Norrviksmodellen för tillväxt och hälsa.')).toEqual(['Vi följer modell (1) Norrviksmodellen för tillväxt och hälsa.']);
  });

  it('ends a sentence after a stranded "i"', () => {
    expect(texts('Kommunen är en attraktiv plats att bo i. Kommunen ska växa.')).toEqual([
      'Kommunen är en attraktiv plats att bo i.',
      'Kommunen ska växa.',
    ]);
  });
});
