import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeDocument, slugify } from './index.js';

const code = (title: string, text = '') => attributeDocument(title, text).municipality?.code ?? null;
const org = (title: string, text = '') => attributeDocument(title, text).organisation;

describe('official municipality forms', () => {
  it.each([
    ['Lerums kommun', '1441'],
    ['Näringslivsstrategi för Botkyrka kommuns företag', '0127'],
    ['Skara kommuns landsbygdsstrategi', '1495'],
    ['Göteborgs Stad', '1480'],
    ['Remiss Göteborg Stads näringslivsprogram', '1480'],
    ['Sundbybergs stads näringslivspolicy', '0183'],
    ['Näringslivspolicy för Trelleborgs kommun', '1287'],
    ['Näringslivspolicy för Lidingö stad', '0186'],
    ['NÄRINGSLIVSSTRATEGI STRÖMSUNDS KOMMUN', '2313'],
    ['Internationell strategi Sävsjö Kommun', '0684'],
    ['Malmö stad', '1280'],
    ['Falu kommun', '2080'],
    ['Upplands Väsby kommun', '0114'],
    ['Upplands-Bros kommun', '0139'],
    ['Malung-Sälens kommun', '2023'],
    ['Lilla Edets kommun', '1462'],
    ['Region Gotland', '0980'],
  ])('%s → %s', (title, expected) => {
    expect(code(title)).toBe(expected);
  });

  it('leaves names that end in s unchanged in the genitive', () => {
    expect(code('Borås Stad')).toBe('1490');
    expect(code('Västerås stads näringslivsprogram')).toBe('1980');
    expect(code('Degerfors kommun')).toBe('1862');
    expect(code('Hällefors kommuns policy')).toBe('1863');
    expect(code('Alingsås kommun')).toBe('1489');
  });

  it('takes the first official form when a title names two', () => {
    expect(code('Partille kommuns yttrande över Göteborgs Stads program')).toBe('1402');
  });
});

describe('bare names in titles', () => {
  it.each([
    ['Lerum', '1441'],
    ['Linköpings personalpolitiska program', '0580'],
    ['Ett hållbart Varberg', '1383'],
    ['Näringslivsdag i Åkersberga', '0117'],
  ])('%s → %s', (title, expected) => {
    expect(code(title)).toBe(expected);
  });

  it('gives no municipality when two are named equally often', () => {
    expect(code('Samverkan Alingsås Lerum')).toBeNull();
  });

  it('ignores names written in lower case or inside longer words', () => {
    expect(code('strategi lerum')).toBeNull();
    expect(code('Tillväxt i Stockholmsregionen')).toBeNull();
    expect(code('Göteborgsregionens strategi')).toBeNull();
    expect(code('Lerumsborna')).toBeNull();
  });
});

describe('names that are ordinary words', () => {
  it('does not read them as municipalities in running text', () => {
    const text = [
      'Kommunens mark- och lokalförsörjningsplaner ska tydliggöras.',
      'Mark och lokaler ska finnas för företag som vill etablera sig.',
      'Vara en attraktiv arbetsgivare. Berg och dalar. Per Lund och Nora Berg talade.',
      'Mora, Sala och Orsa nämns här bara i förbigående.',
      // enough bare mentions to win on frequency if ordinary words counted
      ...Array.from({ length: 12 }, (_, i) => `Mark för verksamheter, etapp ${i + 1}.`),
    ].join('\n');
    expect(attributeDocument('Strategi', text)).toEqual({ municipality: null, organisation: null });
  });

  it('does not read them as municipalities in titles outside a place slot', () => {
    expect(code('Mark och lokaler för företag')).toBeNull();
    expect(code('Vara en attraktiv kommun')).toBeNull();
    expect(code('Berg och dalar i näringslivet')).toBeNull();
    expect(code('Mora Folkets hus program')).toBeNull();
  });

  it('reads them in official forms', () => {
    expect(code('Mark kommun')).toBe('1463');
    expect(code('Ale kommuns näringslivsstrategi')).toBe('1440');
    expect(code('Vara kommun')).toBe('1470');
    expect(code('Bergs kommun')).toBe('2326');
    expect(code('Habo kommun - Den hållbara kommunen')).toBe('0643');
    expect(code('Näringslivsprogram för Eda kommun')).toBe('1730');
    expect(code('Strategi', 'Sala kommun ska verka för … Sala kommuns företag …')).toBe('1981');
  });

  it('reads them where a title names its place', () => {
    expect(code('Näringslivsstrategi för Mora')).toBe('2062');
    expect(code('Reviderad Näringslivsprogram i Sala')).toBe('1981');
    expect(code('Näringslivsprogram Nora')).toBe('1884');
    expect(code('Riktlinjer. Internationellt arbete. Hjo.')).toBe('1497');
  });

  it('tells Habo from Håbo', () => {
    expect(code('Håbo kommun')).toBe('0305');
    expect(code('Habo kommun')).toBe('0643');
  });
});

describe('garbled and ASCII text', () => {
  it('recognises a garbled "<name> kommun"', () => {
    expect(code('Nä ringslivssträtegi fö r Sötenä s kömmun')).toBe('1427');
  });

  it('recognises names written without Swedish letters', () => {
    expect(code('Naringslivsstrategi for Goteborgs Stad')).toBe('1480');
    expect(code('Strategi for Ostersunds kommun')).toBe('2380');
  });

  it('gives up when folded names collide or the word is not a name', () => {
    expect(code('Strategi for Habo kommun')).toBe('0643'); // exact spelling: Habo
    expect(code('Strategi for Hå bo kommun')).toBeNull(); // folds to "habo", which is also Håbo
    expect(code('Den goda kommunen')).toBeNull();
    expect(code('En stad för alla')).toBeNull();
  });
});

describe('other bodies', () => {
  it.each([
    ['Vision Länsstyrelsen Jämtlands län med sikte på framtiden', 'lansstyrelsen-jamtlands-lan', 'länsstyrelse', '23'],
    ['Länsstyrelsen i Västra Götalands län', 'lansstyrelsen-vastra-gotalands-lan', 'länsstyrelse', '14'],
    ['Länsstyrelsen Skåne', 'lansstyrelsen-skane-lan', 'länsstyrelse', '12'],
    ['Politisk inriktning för Region Gävleborg', 'region-gavleborg', 'region', '21'],
    ['Region Jönköpings län', 'region-jonkopings-lan', 'region', '06'],
    ['Region Uppsala', 'region-uppsala', 'region', '03'],
    ['Region Jämtland Härjedalen', 'region-jamtland-harjedalen', 'region', '23'],
    ['Västra Götalandsregionen', 'vastra-gotalandsregionen', 'region', '14'],
    ['Information kring VG2020', 'vastra-gotalandsregionen', 'region', '14'],
    ['Regional utvecklingsstrategi för Jämtlands län', 'region-jamtland-harjedalen', 'region', '23'],
    ['Överenskommelsen Värmland', 'region-varmland', 'region', '17'],
  ])('%s → %s', (title, id, kind, county) => {
    const a = attributeDocument(title, '');
    expect(a.municipality).toBeNull();
    expect(a.organisation).toMatchObject({ id, kind, partOfCounty: county });
  });

  it('does not mistake county forms for the municipality of the same name', () => {
    expect(code('Uppsala län')).toBeNull();
    expect(code('Regional plan för Stockholms län')).toBeNull();
    expect(org('Regional plan för Stockholms län')?.id).toBe('region-stockholm');
    expect(code('Region Uppsala')).toBeNull();
  });

  it('treats Gotland’s county as the municipality, which is also its region', () => {
    expect(attributeDocument('Regional utvecklingsstrategi för Gotlands län', '')).toEqual({
      municipality: { code: '0980', name: 'Gotland' },
      organisation: { id: 'region-gotland', name: 'Region Gotland', kind: 'region', partOfMunicipality: '0980', partOfCounty: '09' },
    });
    expect(org('Länsstyrelsen i Gotlands län')).toMatchObject({ id: 'lansstyrelsen-gotlands-lan', partOfCounty: '09' });
  });

  it('gives a municipal company together with its owner', () => {
    expect(attributeDocument('CSR-strategi. Koncernen Stockholm Business Region', '')).toEqual({
      municipality: { code: '0180', name: 'Stockholm' },
      organisation: { id: 'stockholm-business-region', name: 'Stockholm Business Region', kind: 'company', partOfMunicipality: '0180' },
    });
    expect(org('CSR strategi för koncernen Stokab')).toMatchObject({ id: 'stokab', kind: 'company', partOfMunicipality: '0180' });
  });

  it('gives universities and national bodies no municipality', () => {
    expect(attributeDocument('Vision och strategi Universitetsbiblioteket', '')).toEqual({
      municipality: null,
      organisation: { id: 'universitetsbiblioteket', name: 'Universitetsbiblioteket', kind: 'university' },
    });
    expect(attributeDocument('Strategi för Lunds universitet', '').organisation).toMatchObject({ id: 'lunds-universitet', kind: 'university' });
    expect(code('Strategi för Lunds universitet')).toBeNull();
    expect(org('Workshop för att formulera målen för svenskt vattenbruk')).toMatchObject({ id: 'svenskt-vattenbruk', kind: 'national' });
    expect(org('Några nycklar. Per Sandgren, Arena för Tillväxt')).toMatchObject({ id: 'arena-for-tillvaxt', kind: 'national' });
    expect(org('Tillväxtverkets rapport')).toMatchObject({ id: 'tillvaxtverket', name: 'Tillväxtverket', kind: 'national' });
    expect(org('Rapport från Tillväxtverket')).toMatchObject({ id: 'tillvaxtverket', kind: 'national' });
  });

  it('prefers whichever named body comes first in the title', () => {
    expect(org('Region Skåne och Malmö stad: gemensam strategi')?.id).toBe('region-skane');
    expect(code('Malmö stads yttrande till Region Skåne')).toBe('1280');
  });
});

describe('attribution from the body', () => {
  const seed = readFileSync(
    fileURLToPath(new URL('../../../../samples/seed/lerum-naringslivsstrategi-forklaring.txt', import.meta.url)),
    'utf8',
  );
  const transcript = seed.slice(seed.indexOf('Transkript:') + 'Transkript:'.length);

  it('gives the Lerum transcript to Lerum although it also names Göteborg', () => {
    expect(transcript).toContain('Business Region Göteborg');
    expect(attributeDocument('Förklaringsdokument', transcript)).toEqual({
      municipality: { code: '1441', name: 'Lerum' },
      organisation: null,
    });
  });

  it('lets the title decide over the body', () => {
    expect(code('Näringslivsplan för Trosa kommun', transcript)).toBe('0488');
  });

  it('weighs official forms over passing mentions', () => {
    const text = 'Lerums kommun ska samverka med Göteborg. Göteborg, Göteborg och Göteborg är grannar. Alingsås också.';
    expect(code('Strategi', text)).toBe('1441');
  });

  it('gives none when the body only lists places', () => {
    expect(code('Strategi', 'Vi samarbetar med Alingsås, Borås, Göteborg och Partille kommuner.')).toBeNull();
    expect(code('Strategi', 'Lerums kommun och Alingsås kommun har en gemensam strategi.')).toBeNull();
  });

  it('gives a body that keeps naming one organisation to it', () => {
    const text = 'Region Gävleborg ska … Region Gävleborg vill … Region Gävleborg arbetar med Gävle.';
    expect(attributeDocument('Politisk inriktning', text)).toMatchObject({
      municipality: null,
      organisation: { id: 'region-gavleborg', kind: 'region' },
    });
  });

  it('does not take credits for the publisher: the colophon names firms, a funder pays', () => {
    const colophon = 'Turismstrategi för ön\nVåra mål för besöksnäringen fram till 2030.\nAnsvarig utgivare: Eva Ek | Layout och grafisk formgivning: Byrån Sju, Kalmar Tryck: Tryckhuset AB';
    expect(code('Turismstrategi för ön', colophon)).toBeNull();
    expect(code('Turismstrategi för ön', 'Foto: Anna Berg, Kalmar\nSå ska vi växa.')).toBeNull();
    // a funder in the title is not its publisher; the body names the municipality that got the money
    const funded = attributeDocument('Utvecklingsarbete med stöd av Tillväxtverket', 'Tillväxtverket beviljar Hylte kommun stöd för projektet. Hylte kommun ska under två år utveckla dialogen.');
    expect(funded).toEqual({ municipality: { code: '1315', name: 'Hylte' }, organisation: null });
    expect(org('Projektplan, delfinansierad av Tillväxtverket')).toBeNull();
    // a credit label inside running text blanks nothing that is not a credit
    expect(code('Strategi', 'En bild av Lerum: Lerums kommun ska växa. Lerums kommun ska vara hållbar.')).toBe('1441');
  });

  it('gives a strategy for a region named after its city to the region the text names, never to the city', () => {
    expect(attributeDocument('Landsbygdsstrategi för Stockholmsregionen', 'Strategin är antagen av Region Stockholm 2020.')).toMatchObject({
      municipality: null,
      organisation: { id: 'region-stockholm' },
    });
    // a list of municipalities in the title stays a joint document, whatever region helped
    expect(attributeDocument('Turismstrategi för Alingsås, Lerum och Partille', 'Arbetet har fått stöd från Västra Götalandsregionen.')).toEqual({ municipality: null, organisation: null });
  });

  it('gives none for empty input', () => {
    expect(attributeDocument('', '')).toEqual({ municipality: null, organisation: null });
  });
});

describe('slugify', () => {
  it('makes stable lower-case ASCII ids', () => {
    expect(slugify('Region Gävleborg')).toBe('region-gavleborg');
    expect(slugify('Länsstyrelsen Jämtlands län')).toBe('lansstyrelsen-jamtlands-lan');
    expect(slugify('Göteborg & Co')).toBe('goteborg-co');
    expect(slugify('Renée Öberg')).toBe('renee-oberg');
  });
});
