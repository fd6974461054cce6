/**
 * THE KEY TEST: every title in the "Relevanta dokument" list of the Lerum seed page, with its publisher as
 * read by a person from the title alone (reviewed one by one). A title that names no body expects none.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeDocument, type Attribution } from './index.js';

const SEED = fileURLToPath(new URL('../../../../samples/seed/lerum-naringslivsstrategi-forklaring.txt', import.meta.url));

function seedTitles(): string[] {
  const lines = readFileSync(SEED, 'utf8').split(/\r?\n/);
  const from = lines.findIndex((l) => l.trim() === 'Relevanta dokument');
  const to = lines.findIndex((l) => l.trim() === 'Transkript:');
  if (from < 0 || to < from) throw new Error(`${SEED}: no "Relevanta dokument" … "Transkript:" section`);
  return lines.slice(from + 1, to).map((l) => l.trim()).filter(Boolean);
}

interface Truth {
  municipality: string | null;
  organisation: { id: string; kind: string; partOfMunicipality?: string; partOfCounty?: string } | null;
}
type Row = { title: string; truth: Truth; missed?: string };

const M = (code: string): Truth => ({ municipality: code, organisation: null });
const NONE: Truth = { municipality: null, organisation: null };
const company = (id: string, owner: string): Truth => ({ municipality: owner, organisation: { id, kind: 'company', partOfMunicipality: owner } });
const body = (id: string, kind: string, partOfCounty?: string): Truth => ({
  municipality: null,
  organisation: partOfCounty ? { id, kind, partOfCounty } : { id, kind },
});

/** In file order. `missed` marks a truth the gazetteer cannot reach: the attribution must then be none, never wrong. */
const ROWS: Row[] = [
  { title: 'CSR-strategi. Koncernen Stockholm Business Region', truth: company('stockholm-business-region', '0180') },
  { title: 'Habo kommun - Den hållbara kommunen med ett välmående näringsliv', truth: M('0643') },
  { title: 'Näringslivspolicy för Lidingö stad', truth: M('0186') },
  { title: 'Näringslivsstrategi Näringslivsstrategi Kommunfullmäktige /Paragraf Dnr KA 2016/281 Sid 1/7', truth: NONE },
  { title: 'Näringsliv och utveckling', truth: NONE },
  { title: 'Näringslivsprogram Tillsammans mot nya jobb', truth: NONE },
  { title: 'Näringslivspolitiskt program', truth: NONE },
  { title: 'Nä ringslivssträtegi fö r Sötenä s kömmun', truth: M('1427') },
  { title: '3. Gävle kommun skapar de bästa förutsättningarna för företagande i jämförelse med andra kommuner i Stockholmsregionen', truth: M('2180') },
  { title: 'Sundbybergs stads näringslivspolicy 1', truth: M('0183') },
  { title: 'Näringslivsplan för Trosa kommun', truth: M('0488') },
  { title: 'Näringslivsprogram', truth: NONE },
  { title: 'Näringslivsplan för Trosa kommun', truth: M('0488') },
  { title: 'Aktivitetslista Näringslivsprogrammet', truth: NONE },
  { title: 'Näringslivsstrategi Strömstads kommun', truth: M('1486') },
  { title: 'Plattform för Strategi 2020', truth: NONE },
  { title: 'Information kring VG2020 och strategisk styrning', truth: body('vastra-gotalandsregionen', 'region', '14') },
  { title: 'REMISS GÖTEBORG STADS NÄRINGSLIVSSTRATEGISKA PROGRAM', truth: M('1480') },
  { title: '1(8) Personalpolitiskt program. Styrdokument', truth: NONE },
  { title: 'Näringslivsstrategi. för Staffanstorps kommun. Antagen av Kommunstyrelsen , Dnr 2016-KS-249', truth: M('1230') },
  { title: 'Näringslivspolicy för Hällefors kommun', truth: M('1863') },
  { title: 'Näringslivsplan', truth: NONE },
  { title: 'Den goda kommunen med invånare Antagen av kommunfullmäktige', truth: NONE },
  { title: 'Plan för näringsliv och arbete', truth: NONE },
  { title: 'Nytt ledarskap för Borlänge Framåt!', truth: M('2081') },
  { title: 'Näringslivsstrategi för Strängnäs kommun', truth: M('0486') },
  { title: 'Antagen av KF , 145. Vision 2030', truth: NONE },
  { title: 'I Mellerud finns cirka invånare och 800 företag. Näringslivsplanen är framtagen för att bidra till ett bra företagsklimat i kommunen.', truth: M('1461') },
  { title: 'Näringslivsstrategi för Botkyrka kommun', truth: M('0127') },
  { title: 'Agendan för tillväxt. Näringslivspolicy för Trelleborgs kommun Policy 1 (5) KS 2017/150', truth: M('1287') },
  { title: 'MED GEMENSAM KRAFT LEDAR- OCH MEDARBETARPOLICY', truth: NONE },
  { title: 'VISION och strategisk plan. grunden till varför vi gör det vi gör...', truth: NONE },
  { title: '(9) Rapport 28/5 29/5. Workshop för att formulera de övergripande målen för svenskt vattenbruk. Processledare: Lisa Renander, GoEnterprise', truth: body('svenskt-vattenbruk', 'national') },
  { title: 'Förslag till Verksamhetsplan 2011', truth: NONE },
  { title: 'Österåkers kommuns styrdokument', truth: M('0117') },
  { title: 'Antagen av kommunfullmäktige 25 januari 2016, 14/16', truth: NONE },
  { title: 'Näringslivsprogram Karlshamns kommun', truth: M('1082') },
  { title: 'Handlingsplan för. Skara kommuns landsbygdsstrategi', truth: M('1495') },
  { title: 'Vision Vision. Diarienummer: KS 2012/817 Dokumentansvarig: Håkan Hambeson Beredande politiskt organ: Demokratiberedningen', truth: NONE },
  { title: 'Kommunens ambition är att inom mandatperioden: Ligga topp 5 i Svenskt Näringslivs ranking av kommunernas företagsklimat.', truth: NONE },
  { title: 'Förslag till ägardirektiv för Business Region Göteborg AB', truth: company('business-region-goteborg', '1480') },
  { title: 'Internationell strategi Sävsjö Kommun', truth: M('0684') },
  { title: 'MED GEMENSAM KRAFT LEDAR- OCH MEDARBETARPOLICY', truth: NONE },
  { title: 'Besöksnäringsstrategi', truth: NONE },
  { title: 'NÄRINGSLIVSSTRATEGI STRÖMSUNDS KOMMUN', truth: M('2313') },
  { title: 'Aktivitetslista för utveckling av näringslivsklimatet', truth: NONE },
  { title: 'Vision och strategi Universitetsbiblioteket', truth: body('universitetsbiblioteket', 'university') },
  { title: 'Näringslivsstrategi Det ska vara roligt och lönsamt att driva företag i Laholm.', truth: M('1381') },
  { title: 'Näringsliv, arbetsmarknad & idéburen sektor', truth: NONE },
  { title: 'Strategiska planen', truth: NONE },
  { title: 'Göteborgs Stads program för IT', truth: M('1480') },
  { title: 'MÄNNISKOR SÄGER INTE VAD DE TÄNKER. DE VET INTE VAD DE KÄNNER OCH GÖR INTE SOM DE SÄGER.', truth: NONE },
  { title: 'Uppdrag Affärsidé Vision Mål Strategier Budskap', truth: NONE },
  { title: 'Ärende 12. Näringslivsstrategi för Karlskoga kommun', truth: M('1883') },
  { title: 'Strategi. Kulturstrategi', truth: NONE },
  { title: 'Internationell strategi - Åmåls kommun', truth: M('1492') },
  // the Värmland agreement between the public sector and civil society, coordinated by the region
  { title: 'Överenskommelsen Värmland', truth: body('region-varmland', 'region', '17') },
  { title: 'Linköpings kommuns riktlinjer för arbetsmarknad och integration', truth: M('0580') },
  { title: 'Strategisk plan', truth: NONE },
  { title: 'NÄRINGSLIVSPOLICY FASTSTÄLLD AV KOMMUNFULLMÄKTIGE Näringslivspolicy. för Vallentuna kommun', truth: M('0115') },
  { title: 'Linköpings personalpolitiska program', truth: M('0580') },
  { title: 'Näringslivsstrategi Renée Mohlkert Näringslivs- och marknadsdirektör', truth: NONE },
  { title: 'Dialogmöten Näringslivsstrategi', truth: NONE },
  { title: 'Framtidsbild KS Kommunfullmäktiges presidium', truth: NONE },
  { title: 'Näringslivsprogram för Eda kommun Antaget av kommunstyrelsen 2010-', truth: M('1730') },
  { title: 'Vision Länsstyrelsen Jämtlands län med sikte på framtiden', truth: body('lansstyrelsen-jamtlands-lan', 'länsstyrelse', '23') },
  { title: 'Internationell strategi. för Gävle kommun', truth: M('2180') },
  { title: 'Kommunikationspolicy för Linköpings kommun', truth: M('0580') },
  { title: 'för inflyttning, kompetensförsörjning och social sammanhållning', truth: NONE },
  { title: 'Med sikte på framtiden', truth: NONE },
  { title: 'Dnr 03/18 HANDLINGSPLAN. Antagen av kommunfullmäktige , 50', truth: NONE },
  { title: 'NÄRINGSLIVSPOLITISKT PROGRAM OCH HANDLINGSPLAN', truth: NONE },
  { title: 'Ett hållbart Varberg Socialt - Ekonomiskt - Ekologiskt', truth: M('1383') },
  { title: 'CSR strategi för koncernen Stokab', truth: company('stokab', '0180') },
  { title: 'Politisk inriktning för Region Gävleborg', truth: body('region-gavleborg', 'region', '21') },
  { title: 'Riktlinjer. Internationellt arbete. Mariestad. Antaget av Kommunfullmäktige Mariestad', truth: M('1493') },
  { title: 'Näringslivsprogram 2018', truth: NONE },
  { title: 'Några nycklar till stöd för det lokala och regionala näringslivsarbetet. 17 november Per Sandgren, Processledare, Arena för Tillväxt', truth: body('arena-for-tillvaxt', 'national') },
  { title: 'Näringslivspolitiskt program', truth: NONE },
  { title: 'Näringslivsstrategi. Antagen av kommunfullmäktige', truth: NONE },
  { title: 'Handlingsplan näringslivsfunktionen 2019', truth: NONE },
  { title: 'Vision, politisk inriktning, övergripande utvecklingsmål, övergripande kvalitetsområden och styrmodell för Falkenbergs kommun.', truth: M('1382') },
  { title: 'Krokoms kommuns styrdokument', truth: M('2309') },
  { title: 'Analys näringslivsklimat', truth: NONE },
  { title: 'Bilagor till Näringslivsstrategi', truth: NONE },
  { title: 'Handlingsplan för näringsliv och arbete', truth: NONE },
  { title: 'Handlingsplan för ett integrerat samhälle', truth: NONE },
  { title: 'TVG Handlingsplan 2015', truth: NONE },
  { title: 'Strategi för näringslivssamverkan', truth: NONE },
  { title: '2 Internationell policy', truth: NONE },
  { title: 'Söderhamns Besöksnäringsstrategi Söderhamn är det naturliga valet som besöksmål', truth: M('2182') },
  { title: 'Reviderad Näringslivsprogram i Sala', truth: M('1981') },
  { title: 'STRATEGISK PLAN. Styrdokument antaget av kommunfullmäktige den XXX', truth: NONE },
  { title: 'En stad medarbetare. En vision.', truth: NONE },
  { title: 'Personalpolitiskt program', truth: NONE },
  { title: 'Förslag till effektmål 2017 för bygg-, miljö- och hälsoskyddsnämndens verksamhet', truth: NONE },
  { title: 'Näringslivsstrategi för Mora', truth: M('2062') },
  {
    title: '- mer än bara en informationsplats. - Dalsjöfors',
    truth: M('1490'),
    missed: 'Dalsjöfors is a locality of Borås; the gazetteer knows municipalities and their seats, not every locality',
  },
  { title: 'RIKTLINJER FÖR NÄRINGSLIVSRÅD', truth: NONE },
];

function asTruth(a: Attribution): Truth {
  const o = a.organisation;
  const organisation = o
    ? {
        id: o.id,
        kind: o.kind,
        ...(o.partOfMunicipality ? { partOfMunicipality: o.partOfMunicipality } : {}),
        ...(o.partOfCounty ? { partOfCounty: o.partOfCounty } : {}),
      }
    : null;
  return { municipality: a.municipality?.code ?? null, organisation };
}

describe('attribution of the seed page’s related titles', () => {
  it('covers every title of the seed page, in order', () => {
    expect(ROWS.map((r) => r.title)).toEqual(seedTitles());
  });

  it.each(ROWS.map((r, i) => [i + 1, r] as const))('#%i %s', (_, row) => {
    const got = asTruth(attributeDocument(row.title, ''));
    expect(got).toEqual(row.missed ? NONE : row.truth);
  });

  it('gets every reachable title right and none wrong', () => {
    const isNone = (t: Truth) => t.municipality === null && t.organisation === null;
    const same = (a: Truth, b: Truth) => JSON.stringify(a) === JSON.stringify(b);
    const results = ROWS.map((row) => ({ title: row.title, row, got: asTruth(attributeDocument(row.title, '')) }));
    expect(results.filter(({ row, got }) => !isNone(got) && !same(got, row.truth)).map((r) => r.title)).toEqual([]);
    const right = results.filter(({ row, got }) => same(got, row.truth));
    expect(right).toHaveLength(ROWS.filter((r) => !r.missed).length);
    expect(right.length).toBeGreaterThanOrEqual(98);
  });

  it('returns the municipality with its name, and a company together with its owner', () => {
    const lerum = attributeDocument('Förklaringsdokument till näringslivsstrategi för Lerums kommun', '');
    expect(lerum).toEqual({ municipality: { code: '1441', name: 'Lerum' }, organisation: null });
    const brg = attributeDocument('Förslag till ägardirektiv för Business Region Göteborg AB', '');
    expect(brg.organisation?.name).toBe('Business Region Göteborg');
    expect(brg.municipality).toEqual({ code: '1480', name: 'Göteborg' });
  });
});
