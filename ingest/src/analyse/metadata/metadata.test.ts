import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '@strategigrafen/schema';
import { AREAS, readMetadata, type DocumentMetadata } from './index.js';

const SEED = fileURLToPath(new URL('../../../../samples/seed/lerum-naringslivsstrategi-forklaring.txt', import.meta.url));
const seed = readFileSync(SEED, 'utf8');
const lines = seed.split(/\r?\n/);
const seedTitles = lines
  .slice(lines.findIndex((l) => l.trim() === 'Relevanta dokument') + 1, lines.findIndex((l) => l.trim() === 'Transkript:'))
  .map((l) => l.trim())
  .filter(Boolean);

type Row = [title: string, kind: string, area: string | null, year: number | null, adoptedBy: string | null, adoptedOn: string | null, dnr: string | null];

/**
 * Every seed title with its metadata as read from the title alone, reviewed one by one. Notes on the
 * less obvious rows: the first kind word wins ("Aktivitetslista Näringslivsprogrammet", "Handlingsplan för.
 * Skara kommuns landsbygdsstrategi"); "Vision 2030" and "Strategi 2020" are target years, not document
 * years; "Dnr KA 2016/281" dates the matter when nothing else does; "övergripande" is the area of overall
 * steering (vision, strategisk plan, politisk inriktning, styrdokument).
 */
const ROWS: Row[] = [
  ['CSR-strategi. Koncernen Stockholm Business Region', 'strategi', 'CSR', null, null, null, null],
  ['Habo kommun - Den hållbara kommunen med ett välmående näringsliv', 'övrigt', 'näringsliv', null, null, null, null],
  ['Näringslivspolicy för Lidingö stad', 'policy', 'näringsliv', null, null, null, null],
  ['Näringslivsstrategi Näringslivsstrategi Kommunfullmäktige /Paragraf Dnr KA 2016/281 Sid 1/7', 'strategi', 'näringsliv', 2016, null, null, 'KA 2016/281'],
  ['Näringsliv och utveckling', 'övrigt', 'näringsliv', null, null, null, null],
  ['Näringslivsprogram Tillsammans mot nya jobb', 'program', 'näringsliv', null, null, null, null],
  ['Näringslivspolitiskt program', 'program', 'näringsliv', null, null, null, null],
  ['Nä ringslivssträtegi fö r Sötenä s kömmun', 'strategi', 'näringsliv', null, null, null, null],
  ['3. Gävle kommun skapar de bästa förutsättningarna för företagande i jämförelse med andra kommuner i Stockholmsregionen', 'övrigt', 'näringsliv', null, null, null, null],
  ['Sundbybergs stads näringslivspolicy 1', 'policy', 'näringsliv', null, null, null, null],
  ['Näringslivsplan för Trosa kommun', 'plan', 'näringsliv', null, null, null, null],
  ['Näringslivsprogram', 'program', 'näringsliv', null, null, null, null],
  ['Näringslivsplan för Trosa kommun', 'plan', 'näringsliv', null, null, null, null],
  ['Aktivitetslista Näringslivsprogrammet', 'aktivitetslista', 'näringsliv', null, null, null, null],
  ['Näringslivsstrategi Strömstads kommun', 'strategi', 'näringsliv', null, null, null, null],
  ['Plattform för Strategi 2020', 'strategi', null, null, null, null, null],
  ['Information kring VG2020 och strategisk styrning', 'övrigt', 'övergripande', null, null, null, null],
  ['REMISS GÖTEBORG STADS NÄRINGSLIVSSTRATEGISKA PROGRAM', 'remiss', 'näringsliv', null, null, null, null],
  ['1(8) Personalpolitiskt program. Styrdokument', 'program', 'personal', null, null, null, null],
  ['Näringslivsstrategi. för Staffanstorps kommun. Antagen av Kommunstyrelsen , Dnr 2016-KS-249', 'strategi', 'näringsliv', 2016, 'kommunstyrelsen', null, '2016-KS-249'],
  ['Näringslivspolicy för Hällefors kommun', 'policy', 'näringsliv', null, null, null, null],
  ['Näringslivsplan', 'plan', 'näringsliv', null, null, null, null],
  ['Den goda kommunen med invånare Antagen av kommunfullmäktige', 'övrigt', null, null, 'kommunfullmäktige', null, null],
  ['Plan för näringsliv och arbete', 'plan', 'näringsliv', null, null, null, null],
  ['Nytt ledarskap för Borlänge Framåt!', 'övrigt', 'personal', null, null, null, null],
  ['Näringslivsstrategi för Strängnäs kommun', 'strategi', 'näringsliv', null, null, null, null],
  ['Antagen av KF , 145. Vision 2030', 'vision', 'övergripande', null, 'kommunfullmäktige', null, null],
  ['I Mellerud finns cirka invånare och 800 företag. Näringslivsplanen är framtagen för att bidra till ett bra företagsklimat i kommunen.', 'plan', 'näringsliv', null, null, null, null],
  ['Näringslivsstrategi för Botkyrka kommun', 'strategi', 'näringsliv', null, null, null, null],
  ['Agendan för tillväxt. Näringslivspolicy för Trelleborgs kommun Policy 1 (5) KS 2017/150', 'policy', 'näringsliv', 2017, null, null, 'KS 2017/150'],
  ['MED GEMENSAM KRAFT LEDAR- OCH MEDARBETARPOLICY', 'policy', 'personal', null, null, null, null],
  ['VISION och strategisk plan. grunden till varför vi gör det vi gör...', 'vision', 'övergripande', null, null, null, null],
  ['(9) Rapport 28/5 29/5. Workshop för att formulera de övergripande målen för svenskt vattenbruk. Processledare: Lisa Renander, GoEnterprise', 'rapport', null, null, null, null, null],
  ['Förslag till Verksamhetsplan 2011', 'verksamhetsplan', null, 2011, null, null, null],
  ['Österåkers kommuns styrdokument', 'styrdokument', 'övergripande', null, null, null, null],
  ['Antagen av kommunfullmäktige 25 januari 2016, 14/16', 'övrigt', null, 2016, 'kommunfullmäktige', '2016-01-25', null],
  ['Näringslivsprogram Karlshamns kommun', 'program', 'näringsliv', null, null, null, null],
  ['Handlingsplan för. Skara kommuns landsbygdsstrategi', 'handlingsplan', 'landsbygd', null, null, null, null],
  ['Vision Vision. Diarienummer: KS 2012/817 Dokumentansvarig: Håkan Hambeson Beredande politiskt organ: Demokratiberedningen', 'vision', 'övergripande', 2012, null, null, 'KS 2012/817'],
  ['Kommunens ambition är att inom mandatperioden: Ligga topp 5 i Svenskt Näringslivs ranking av kommunernas företagsklimat.', 'övrigt', 'näringsliv', null, null, null, null],
  ['Förslag till ägardirektiv för Business Region Göteborg AB', 'ägardirektiv', 'näringsliv', null, null, null, null],
  ['Internationell strategi Sävsjö Kommun', 'strategi', 'internationellt', null, null, null, null],
  ['MED GEMENSAM KRAFT LEDAR- OCH MEDARBETARPOLICY', 'policy', 'personal', null, null, null, null],
  ['Besöksnäringsstrategi', 'strategi', 'besöksnäring', null, null, null, null],
  ['NÄRINGSLIVSSTRATEGI STRÖMSUNDS KOMMUN', 'strategi', 'näringsliv', null, null, null, null],
  ['Aktivitetslista för utveckling av näringslivsklimatet', 'aktivitetslista', 'näringsliv', null, null, null, null],
  ['Vision och strategi Universitetsbiblioteket', 'vision', 'övergripande', null, null, null, null],
  ['Näringslivsstrategi Det ska vara roligt och lönsamt att driva företag i Laholm.', 'strategi', 'näringsliv', null, null, null, null],
  ['Näringsliv, arbetsmarknad & idéburen sektor', 'övrigt', 'näringsliv', null, null, null, null],
  ['Strategiska planen', 'plan', 'övergripande', null, null, null, null],
  ['Göteborgs Stads program för IT', 'program', 'IT', null, null, null, null],
  ['MÄNNISKOR SÄGER INTE VAD DE TÄNKER. DE VET INTE VAD DE KÄNNER OCH GÖR INTE SOM DE SÄGER.', 'övrigt', null, null, null, null, null],
  ['Uppdrag Affärsidé Vision Mål Strategier Budskap', 'vision', 'övergripande', null, null, null, null],
  ['Ärende 12. Näringslivsstrategi för Karlskoga kommun', 'strategi', 'näringsliv', null, null, null, null],
  ['Strategi. Kulturstrategi', 'strategi', 'kultur', null, null, null, null],
  ['Internationell strategi - Åmåls kommun', 'strategi', 'internationellt', null, null, null, null],
  ['Överenskommelsen Värmland', 'överenskommelse', null, null, null, null, null],
  ['Linköpings kommuns riktlinjer för arbetsmarknad och integration', 'riktlinjer', 'arbetsmarknad', null, null, null, null],
  ['Strategisk plan', 'plan', 'övergripande', null, null, null, null],
  ['NÄRINGSLIVSPOLICY FASTSTÄLLD AV KOMMUNFULLMÄKTIGE Näringslivspolicy. för Vallentuna kommun', 'policy', 'näringsliv', null, 'kommunfullmäktige', null, null],
  ['Linköpings personalpolitiska program', 'program', 'personal', null, null, null, null],
  ['Näringslivsstrategi Renée Mohlkert Näringslivs- och marknadsdirektör', 'strategi', 'näringsliv', null, null, null, null],
  ['Dialogmöten Näringslivsstrategi', 'strategi', 'näringsliv', null, null, null, null],
  ['Framtidsbild KS Kommunfullmäktiges presidium', 'vision', 'övergripande', null, null, null, null],
  ['Näringslivsprogram för Eda kommun Antaget av kommunstyrelsen 2010-', 'program', 'näringsliv', 2010, 'kommunstyrelsen', '2010', null],
  ['Vision Länsstyrelsen Jämtlands län med sikte på framtiden', 'vision', 'övergripande', null, null, null, null],
  ['Internationell strategi. för Gävle kommun', 'strategi', 'internationellt', null, null, null, null],
  ['Kommunikationspolicy för Linköpings kommun', 'policy', 'kommunikation', null, null, null, null],
  ['för inflyttning, kompetensförsörjning och social sammanhållning', 'övrigt', 'arbetsmarknad', null, null, null, null],
  ['Med sikte på framtiden', 'övrigt', null, null, null, null, null],
  ['Dnr 03/18 HANDLINGSPLAN. Antagen av kommunfullmäktige , 50', 'handlingsplan', null, null, 'kommunfullmäktige', null, '03/18'],
  ['NÄRINGSLIVSPOLITISKT PROGRAM OCH HANDLINGSPLAN', 'program', 'näringsliv', null, null, null, null],
  ['Ett hållbart Varberg Socialt - Ekonomiskt - Ekologiskt', 'övrigt', 'hållbarhet', null, null, null, null],
  ['CSR strategi för koncernen Stokab', 'strategi', 'CSR', null, null, null, null],
  ['Politisk inriktning för Region Gävleborg', 'övrigt', 'övergripande', null, null, null, null],
  ['Riktlinjer. Internationellt arbete. Mariestad. Antaget av Kommunfullmäktige Mariestad', 'riktlinjer', 'internationellt', null, 'kommunfullmäktige', null, null],
  ['Näringslivsprogram 2018', 'program', 'näringsliv', 2018, null, null, null],
  ['Några nycklar till stöd för det lokala och regionala näringslivsarbetet. 17 november Per Sandgren, Processledare, Arena för Tillväxt', 'övrigt', 'näringsliv', null, null, null, null],
  ['Näringslivspolitiskt program', 'program', 'näringsliv', null, null, null, null],
  ['Näringslivsstrategi. Antagen av kommunfullmäktige', 'strategi', 'näringsliv', null, 'kommunfullmäktige', null, null],
  ['Handlingsplan näringslivsfunktionen 2019', 'handlingsplan', 'näringsliv', 2019, null, null, null],
  ['Vision, politisk inriktning, övergripande utvecklingsmål, övergripande kvalitetsområden och styrmodell för Falkenbergs kommun.', 'vision', 'övergripande', null, null, null, null],
  ['Krokoms kommuns styrdokument', 'styrdokument', 'övergripande', null, null, null, null],
  ['Analys näringslivsklimat', 'rapport', 'näringsliv', null, null, null, null],
  ['Bilagor till Näringslivsstrategi', 'övrigt', 'näringsliv', null, null, null, null],
  ['Handlingsplan för näringsliv och arbete', 'handlingsplan', 'näringsliv', null, null, null, null],
  ['Handlingsplan för ett integrerat samhälle', 'handlingsplan', 'integration', null, null, null, null],
  ['TVG Handlingsplan 2015', 'handlingsplan', null, 2015, null, null, null],
  ['Strategi för näringslivssamverkan', 'strategi', 'näringsliv', null, null, null, null],
  ['2 Internationell policy', 'policy', 'internationellt', null, null, null, null],
  ['Söderhamns Besöksnäringsstrategi Söderhamn är det naturliga valet som besöksmål', 'strategi', 'besöksnäring', null, null, null, null],
  ['Reviderad Näringslivsprogram i Sala', 'program', 'näringsliv', null, null, null, null],
  ['STRATEGISK PLAN. Styrdokument antaget av kommunfullmäktige den XXX', 'plan', 'övergripande', null, 'kommunfullmäktige', null, null],
  ['En stad medarbetare. En vision.', 'vision', 'personal', null, null, null, null],
  ['Personalpolitiskt program', 'program', 'personal', null, null, null, null],
  ['Förslag till effektmål 2017 för bygg-, miljö- och hälsoskyddsnämndens verksamhet', 'övrigt', 'miljö', 2017, null, null, null],
  ['Näringslivsstrategi för Mora', 'strategi', 'näringsliv', null, null, null, null],
  ['- mer än bara en informationsplats. - Dalsjöfors', 'övrigt', null, null, null, null, null],
  ['RIKTLINJER FÖR NÄRINGSLIVSRÅD', 'riktlinjer', 'näringsliv', null, null, null, null],
];

const asRow = (title: string, m: DocumentMetadata): Row => [title, m.kind, m.area, m.year, m.adoptedBy, m.adoptedOn, m.dnr];

describe('metadata of the seed page’s related titles', () => {
  it('covers every title of the seed page, in order', () => {
    expect(ROWS.map((r) => r[0])).toEqual(seedTitles);
  });

  it.each(ROWS.map((r, i) => [i + 1, r] as const))('#%i', (_, row) => {
    expect(asRow(row[0], readMetadata(row[0], ''))).toEqual(row);
  });

  it('uses only known kinds and areas', () => {
    for (const [, kind, area] of ROWS) {
      expect(DOCUMENT_KINDS).toContain(kind);
      if (area !== null) expect(AREAS).toContain(area);
    }
  });
});

describe('metadata of the Lerum transcript', () => {
  const title = lines[0]!.trim();
  const text = seed.slice(seed.indexOf('Transkript:') + 'Transkript:'.length);

  it('is an explanatory document about the business sector, with no adoption or diarienummer', () => {
    // The transcript mentions 2011 and 2016 as working years and kommunfullmäktige as a debating
    // forum, but names no adoption: year and adoption stay unknown rather than guessed.
    expect(readMetadata(title, text)).toEqual({
      kind: 'förklaringsdokument',
      area: 'näringsliv',
      year: null,
      adoptedBy: null,
      adoptedOn: null,
      dnr: null,
    });
  });

  it('reads the area from the body when the title names none', () => {
    expect(readMetadata('Med sikte på framtiden', text).area).toBe('näringsliv');
  });
});

describe('kind', () => {
  it.each([
    ['Näringslivsstrategi', 'strategi'],
    ['Besöksnäringsstrategin för Åre', 'strategi'],
    ['Näringslivspolitiskt program', 'program'],
    ['Handlingsplan för. Skara kommuns landsbygdsstrategi', 'handlingsplan'],
    ['Förklaringsdokument till näringslivsstrategi för Lerums kommun', 'förklaringsdokument'],
    ['Strategisk plan', 'plan'],
    ['NÄRINGSLIVSSTRATEGISKA PROGRAMMET', 'program'],
    ['Verksamhetsplan och budget 2020', 'verksamhetsplan'],
    ['Ägardirektiv för Stokab', 'ägardirektiv'],
    ['Remissversion: Kulturstrategi', 'remiss'],
    ['Avsiktsförklaring om samverkan', 'överenskommelse'],
    ['Riktlinjer för representation', 'riktlinjer'],
    ['Omvärldsanalys 2019', 'rapport'],
    ['Revision av näringslivsarbetet', 'övrigt'],
    ['Bilaga 2 till Näringslivsstrategi', 'övrigt'],
    ['Nä ringslivssträtegi fö r Sötenä s kömmun', 'strategi'],
  ])('%s → %s', (title, kind) => {
    expect(readMetadata(title, '').kind).toBe(kind);
  });

  it('reads the opening of the body when the title names no kind', () => {
    expect(readMetadata('Lerum växer', 'Näringslivsprogram för Lerums kommun 2020–2024. …').kind).toBe('program');
    expect(readMetadata('Lerum växer', '').kind).toBe('övrigt');
  });
});

describe('adoption', () => {
  it.each([
    ['Antagen av kommunfullmäktige 25 januari 2016', 'kommunfullmäktige', '2016-01-25'],
    ['Antaget av kommunstyrelsen 2010-', 'kommunstyrelsen', '2010'],
    ['Antagen av KF', 'kommunfullmäktige', null],
    ['Antagen av KF , 145. Vision 2030', 'kommunfullmäktige', null],
    ['FASTSTÄLLD AV KOMMUNFULLMÄKTIGE', 'kommunfullmäktige', null],
    ['Beslutad i KS 2016-02-24 § 23', 'kommunstyrelsen', '2016-02-24'],
    ['Antagen av kommunfullmäktige den 12 maj 2015, § 45', 'kommunfullmäktige', '2015-05-12'],
    ['Antagen av kommunfullmäktige § 45, 2015-05-12', 'kommunfullmäktige', '2015-05-12'],
    ['Godkänd av barn- och utbildningsnämnden 2018-11-06', 'barn- och utbildningsnämnden', '2018-11-06'],
    ['Fastställd av bygg-, miljö- och hälsoskyddsnämnden', 'bygg-, miljö- och hälsoskyddsnämnden', null],
    ['Antagen av regionfullmäktige 2019-06-18', 'regionfullmäktige', '2019-06-18'],
    ['Antagen 2014-03-31', null, '2014-03-31'],
  ])('%s → %s, %s', (text, by, on) => {
    const m = readMetadata('Strategi', text);
    expect([m.adoptedBy, m.adoptedOn]).toEqual([by, on]);
  });

  it('rejects impossible dates', () => {
    expect(readMetadata('Antagen av KF 2016-02-30', '').adoptedOn).toBeNull();
  });

  it('ignores kommunfullmäktige mentioned without an adoption', () => {
    expect(readMetadata('Strategi', 'En debatt i kommunfullmäktige 2016 ledde till strategin.').adoptedBy).toBeNull();
  });
});

describe('diarienummer', () => {
  it.each([
    ['Dnr KS 2012/817', 'KS 2012/817'],
    ['Diarienummer: KS 2012/817', 'KS 2012/817'],
    ['Dnr 2016-KS-249', '2016-KS-249'],
    ['Policy 1 (5) KS 2017/150', 'KS 2017/150'],
    ['Dnr KA 2016/281 Sid 1/7', 'KA 2016/281'],
    ['Dnr: 03/18', '03/18'],
    ['Dnr. KS  2019/12', 'KS 2019/12'],
  ])('%s → %s', (text, dnr) => {
    expect(readMetadata(text, '').dnr).toBe(dnr);
  });

  it('finds none in page numbers, dates and paragraph references', () => {
    expect(readMetadata('Sid 1/7. Rapport 28/5 29/5. 14/16', '').dnr).toBeNull();
  });

  it('prefers the title’s number to the body’s', () => {
    expect(readMetadata('Strategi Dnr KS 2018/5', 'Dnr KS 2011/99').dnr).toBe('KS 2018/5');
    expect(readMetadata('Strategi', 'Bakgrund. Dnr KS 2011/99').dnr).toBe('KS 2011/99');
  });
});

describe('year', () => {
  it.each([
    ['Antagen av kommunfullmäktige 25 januari 2016', 2016],
    ['Verksamhetsplan 2011', 2011],
    ['Näringslivsprogram 2016–2020', 2016],
    ['Vision 2030', null],
    ['Plattform för Strategi 2020', null],
    ['Näringslivsstrategi 2020', null],
    ['Mål 2030 för Lerum', null],
    ['Information kring VG2020', null],
    ['Förslag till effektmål 2017', 2017],
    ['Vision 2030. Dnr KS 2012/817', 2012],
    ['Dnr KA 2016/281 Kulturplan 2018', 2018],
    ['Dnr 03/18 Handlingsplan', null],
  ])('%s → %s', (title, year) => {
    expect(readMetadata(title, '').year).toBe(year);
  });

  it('takes the adoption date from the body when the title has none', () => {
    expect(readMetadata('Näringslivsprogram', 'Text … Antagen av kommunfullmäktige 2013-09-26 § 112').year).toBe(2013);
  });
});
