/**
 * Publishers that real pages name in other ways than "<Name> kommun": colloquial names and demonyms,
 * municipal and destination companies, regions and the bodies they replaced, joint documents of several
 * municipalities, short pages, and the site a document was found on. The sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../index.js';
import { attributeDocument } from './index.js';

const code = (title: string, text = '', sourceUrl?: string) => attributeDocument(title, text, { sourceUrl }).municipality?.code ?? null;
const org = (title: string, text = '', sourceUrl?: string) => attributeDocument(title, text, { sourceUrl }).organisation;

describe('colloquial names and demonyms', () => {
  it('reads colloquial and abbreviated names as the municipality', () => {
    expect(code('Evenemang', 'Välkommen till Ö-vik! Här i Ö-vik finns mycket att göra.')).toBe('2284');
    expect(code('Cykelplan för Sthlm')).toBe('0180');
    expect(code('Nyheter', 'Gbg växer. Fler bostäder byggs i Gbg varje år.')).toBe('1480');
    expect(code('Övik satsar på turism')).toBe('2284');
  });

  it('counts a demonym as weak evidence in the body, not in a title', () => {
    expect(code('Pendling', 'Många kungsbackabor arbetar på annan ort. Kungsbacka växer snabbt.')).toBe('1384');
    expect(code('Pendling', 'Göteborgarna cyklar mer än förr och göteborgare åker spårvagn.')).toBe('1480');
    expect(code('Lerumsborna tycker till')).toBeNull();
  });

  it('does not read demonyms of names that are ordinary words', () => {
    expect(code('Pendling', 'Markbor och bergare är inga ord som säger något om en kommun.')).toBeNull();
  });
});

describe('companies named after their municipality', () => {
  it.each([
    ['Affärsplan för Skellefteå Kraft AB', 'skelleftea-kraft', '2482'],
    ['Miljöpolicy Umeå Energi', 'umea-energi', '2480'],
    ['Hållbarhetsredovisning Uppsala Vatten och Avfall AB', 'uppsala-vatten-och-avfall', '0380'],
    ['Göteborgs Hamn: strategi 2030', 'goteborgs-hamn', '1480'],
    ['Kalmarhem – ägardirektiv', 'kalmarhem', '0880'],
    ['Halmstad Business Region verksamhetsplan', 'halmstad-business-region', '1380'],
    ['Destination Ystad AB: besöksstrategi', 'destination-ystad', '1286'],
    ['Visit Växjö affärsplan', 'visit-vaxjo', '0780'],
  ])('%s → %s of %s', (title, id, owner) => {
    expect(attributeDocument(title, '')).toEqual({
      municipality: expect.objectContaining({ code: owner }),
      organisation: expect.objectContaining({ id, kind: 'company', partOfMunicipality: owner }),
    });
  });

  it('gives a destination company named after another place no municipality', () => {
    expect(attributeDocument('Visit Fjällby Norrås affärsplan', '')).toEqual({
      municipality: null,
      organisation: { id: 'visit-fjallby-norras', name: 'Visit Fjällby Norrås', kind: 'company' },
    });
    expect(org('Visit Skåne om besöksnäringen')).toMatchObject({ kind: 'company', partOfCounty: '12' });
    expect(code('Visit Skåne om besöksnäringen')).toBeNull();
  });

  it('does not take a topic for a company', () => {
    expect(attributeDocument('Karlstads Energi- och klimatstrategi', '')).toEqual({
      municipality: { code: '1780', name: 'Karlstad' },
      organisation: null,
    });
    expect(org('Lerums Energi och klimat')).toBeNull();
    expect(org('Möte i Stockholms Stadshus')).toBeNull();
  });

  it('gives a body that keeps naming a company to the company and its owner', () => {
    const text = 'Umeå Energi ska minska utsläppen. Umeå Energi vill bygga mer solkraft. Bolaget ägs av Umeå kommun.';
    expect(attributeDocument('Hållbarhetsplan', text)).toMatchObject({
      municipality: { code: '2480' },
      organisation: { id: 'umea-energi', kind: 'company' },
    });
  });

  it('does not let one passing mention of a company outweigh the municipality the page is about', () => {
    const text = 'Kungsbacka ligger nära Göteborg och Göteborgs Hamn. Många Kungsbackabor pendlar.';
    expect(attributeDocument('Näringsliv', text).organisation).toBeNull();
  });
});

describe('regions and regional bodies', () => {
  it('reads regions also in the genitive, and the older bodies by the name the text uses', () => {
    expect(org('Region Värmlands kulturplan')).toMatchObject({ id: 'region-varmland', kind: 'region', partOfCounty: '17' });
    expect(org('Landstinget i Värmland: plan för folkhälsa')).toMatchObject({ name: 'Landstinget i Värmland', kind: 'region', partOfCounty: '17' });
    expect(org('Regionförbundet i Kalmar län')).toMatchObject({ name: 'Regionförbundet i Kalmar län', partOfCounty: '08' });
    expect(attributeDocument('Landsbygdsstrategi, Stockholms läns landsting', '')).toEqual({
      municipality: null,
      organisation: { id: 'stockholms-lans-landsting', name: 'Stockholms läns landsting', kind: 'region', partOfCounty: '01' },
    });
    expect(org('Västra Götalandsregionens miljöplan')).toMatchObject({ id: 'vastra-gotalandsregionen' });
  });

  it('gives a body that speaks of its county and region, but names no municipality, to the region', () => {
    const text = [
      'Blekinges regionala utvecklingsstrategi pekar ut vägen.',
      'Fler ska vilja bo i Blekinge och länet ska växa.',
      'Blekinge ska vara känt i omvärlden.',
    ].join('\n');
    expect(attributeDocument('Strategisk inriktning', text)).toMatchObject({ municipality: null, organisation: { id: 'region-blekinge' } });
  });

  it('gives a region named once to the region when the text also speaks of its county', () => {
    const text = 'Region Västerbotten ansvarar för arbetet i Västerbotten. Regionen samordnar kommunerna.';
    expect(attributeDocument('Kompetensförsörjning', text)).toMatchObject({ municipality: null, organisation: { id: 'region-vasterbotten' } });
  });

  it('gives the region’s address block no municipality', () => {
    const text = 'Jämtlands län ska växa. Fler flyttar till länet. Jämtlands län lockar.\nREGION JÄMTLAND HÄRJEDALEN\nBox 1, 831 00 Östersund';
    expect(attributeDocument('Mål', text)).toMatchObject({ municipality: null, organisation: { id: 'region-jamtland-harjedalen' } });
  });

  it('does not give a municipality’s page that mentions its county once to the region', () => {
    const text = 'Alla kommuner i Jämtlands län samarbetar om folkhälsan. Läs mer på regionens webbplats.';
    expect(attributeDocument('Folkhälsa', text)).toEqual({ municipality: null, organisation: null });
  });

  it('gives Region Gotland both the municipality and the region', () => {
    const text = 'Region Gotland har ett miljöprogram. Region Gotlands mål gäller alla nämnder.';
    expect(attributeDocument('Kontakt', text)).toEqual({
      municipality: { code: '0980', name: 'Gotland' },
      organisation: { id: 'region-gotland', name: 'Region Gotland', kind: 'region', partOfMunicipality: '0980', partOfCounty: '09' },
    });
  });

  it('knows the associations of a county’s municipalities', () => {
    const text = 'Norrbottens Kommuner stöttar kommunerna i Norrbotten. Norrbottens Kommuners mål är jämställdhet.';
    expect(attributeDocument('Jämställdhet', text)).toEqual({
      municipality: null,
      organisation: { id: 'norrbottens-kommuner', name: 'Norrbottens Kommuner', kind: 'other' },
    });
  });
});

describe('joint documents of several municipalities', () => {
  it('gives a list of member municipalities no municipality', () => {
    expect(code('Avfallsplan', 'Planen gäller för alla som bor i Falköping, Hjo, Karlsborg och Skövde kommuner samt Skara kommun.')).toBeNull();
    expect(code('Turismplan', 'Planen är framtagen av kommunerna Forshaga, Grums, Hammarö, Karlstad och Kil.')).toBeNull();
    expect(code('Avfallsplan för Lessebo, Markaryds och Växjö kommuner')).toBeNull();
  });

  it('lets the listed members outweigh a bare name in the title', () => {
    const text = 'Alingsås, Lerum och Vårgårda kommuner har tillsammans tagit fram planen.';
    expect(code('Alingsås turismplan', text)).toBeNull();
    expect(code('Alingsås turismplan', 'Planen gäller hela kommunen.')).toBe('1489');
  });

  it('reads valleys and regions named after one municipality in a title as joint', () => {
    expect(code('Samverkan längs Skellefteå älvdal', 'Norsjö kommun, Malå kommun och Skellefteå kommun samverkar.')).toBeNull();
    expect(code('Karlstadsregionens besöksstrategi')).toBeNull();
  });

  it('names the joint body when the text does', () => {
    const text = 'Kommunalförbundet Norra Dalsland har tagit fram planen för kommunerna Bengtsfors och Dals-Ed.';
    expect(attributeDocument('Avfallsplan', text)).toEqual({
      municipality: null,
      organisation: { id: 'kommunalforbundet-norra-dalsland', name: 'Kommunalförbundet Norra Dalsland', kind: 'other' },
    });
  });

  it('keeps a municipality’s own document that mentions a joint effort', () => {
    const text = 'Lerums kommun samverkar med kommunerna Alingsås och Partille om kollektivtrafiken. Lerums kommun ska också bygga fler pendelparkeringar.';
    expect(code('Trafikstrategi', text)).toBe('1441');
  });
});

describe('municipalities and organisations in one body', () => {
  it('keeps a municipality named officially although a region is cited twice', () => {
    const text = 'Lerums kommun arbetar enligt VGR:s strategi. VGR stöttar arbetet.';
    expect(attributeDocument('Kulturplan', text)).toEqual({ municipality: { code: '1441', name: 'Lerum' }, organisation: null });
  });

  it('gives a region that keeps naming itself the document, although it names a municipality officially once', () => {
    const text = 'Region Halland leder arbetet. Region Halland samordnar länet. Region Halland bjuder in Halmstads kommun.';
    expect(attributeDocument('Samarbete', text)).toMatchObject({ municipality: null, organisation: { id: 'region-halland' } });
  });
});

describe('short pages', () => {
  it('gives a short page that names one municipality once to it', () => {
    expect(code('Naturvårdsprogram', 'Programmet beskriver Linköpings natur. Det antogs av kommunfullmäktige.')).toBe('0580');
    expect(code('Bostäder', 'Nya bostäder byggs i Charlottenberg. Kommunen planerar för fler.')).toBe('1730');
  });

  it('gives none when the short page names two municipalities, or when a long text names one in passing', () => {
    expect(code('Naturvård', 'Naturen i Linköping och i Norrköping är rik.')).toBeNull();
    expect(code('Naturvård', `${'Kommunen arbetar med naturvård. '.repeat(150)}Ett exempel finns i Linköping.`)).toBeNull();
  });
});

describe('the site a document was found on', () => {
  it('gives a page that names no publisher to the municipality whose site it is on', () => {
    expect(code('Miljöpolicy', 'Vi tar ansvar för miljön.', 'https://www.svenljunga.se/miljo/miljopolicy')).toBe('1465');
    expect(code('Avfall', 'Avfallet ska minska.', 'https://miljobarometern.ekero.se/avfall/')).toBe('0125');
    expect(attributeDocument('Kompetensförsörjning', 'Regionens arbetsliv behöver kompetens.', { sourceUrl: 'https://www.regionkalmar.se/x' })).toEqual({
      municipality: null,
      organisation: { id: 'region-kalmar-lan', name: 'Region Kalmar län', kind: 'region', partOfCounty: '08' },
    });
  });

  it('lets the site outweigh weak evidence in the text', () => {
    expect(code('Näringsliv', 'Närheten till Göteborg är en styrka.', 'https://www.alvesta.se/naringsliv')).toBe('0764');
  });

  it('follows the text when it clearly says otherwise', () => {
    expect(code('Lerums kommuns miljöpolicy', '', 'https://www.alvesta.se/x')).toBe('1441');
    expect(code('Turismplan', 'Planen är framtagen av kommunerna Forshaga, Grums, Hammarö, Karlstad och Kil.', 'https://karlstad.se/turism')).toBeNull();
    expect(code('Miljöpolicy', 'Vi tar ansvar för miljön.', 'https://docplayer.se/123-miljopolicy.html')).toBeNull();
  });

  it('is passed from the source document through the analyser', () => {
    const doc = analyseDocument({ path: null, title: 'Miljöpolicy', text: 'Vi tar ansvar för miljön.', relatedTitles: [], sourceUrl: 'https://www.ystad.se/miljo' });
    expect(doc.municipality).toEqual({ code: '1286', name: 'Ystad' });
    expect(analyseDocument({ path: null, title: 'Miljöpolicy', text: 'Vi tar ansvar för miljön.', relatedTitles: [] }).municipality).toBeNull();
  });
});
