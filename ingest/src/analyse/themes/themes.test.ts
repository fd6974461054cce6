import { THEMES } from '@strategigrafen/schema';
import { describe, expect, it } from 'vitest';
import { matchThemes } from './matcher.js';
import { tagDocumentThemes, tagThemes } from './tag.js';

const ids = (text: string): string[] => [...new Set(matchThemes(text).map((m) => m.themeId))].sort();

describe('matchThemes', () => {
  it('finds procurement in every form of the word', () => {
    for (const text of ['upphandlingen', 'upphandlingar', 'offentlig upphandling', 'Upphandlingsprocessen', 'kommunens upphandlingar']) {
      expect(ids(text)).toContain('procurement');
    }
    expect(matchThemes('Dialog om offentlig upphandling').find((m) => m.themeId === 'procurement')?.surface).toBe('offentlig upphandling');
  });

  it('lets a compound term match its parts across words', () => {
    expect(ids('näringslivets klimat')).toContain('business-climate');
    expect(ids('en strategi för näringslivet')).toContain('business-climate');
    expect(ids('försörjning av mark')).toContain('land-and-premises');
    // the other way round only with a preposition between: "klimatet, dvs. företaget" is no "företagsklimat"
    expect(ids('känsla av klimatet dvs företaget')).not.toContain('business-climate');
  });

  it('matches parts inside compounds, and a longer term hides the terms inside it', () => {
    expect(ids('kompetensförsörjningsbehovet')).toEqual(['skills-supply']);
    expect(ids('näringslivsklimatet')).toEqual(['business-climate']); // not environment-climate
    expect(ids('arbetsmiljön')).toEqual(['personnel-leadership']); // not environment-climate
    expect(ids('klimatet och miljön')).toEqual(['environment-climate']);
  });

  it('reads "miljö" and "klimat" as the theme only as a word or a compound\'s first part', () => {
    expect(ids('Skolan ska ge eleverna en trygg lärandemiljö')).not.toContain('environment-climate');
    expect(ids('en god livsmiljö för alla')).not.toContain('environment-climate');
    expect(ids('Samarbetsklimatet i förvaltningen är gott')).not.toContain('environment-climate');
    expect(ids('Miljön och klimatet går före')).toEqual(['environment-climate']);
    expect(ids('Miljöfrågorna lyfts i varje nämnd')).toEqual(['environment-climate']);
  });

  it('keeps the left one of two terms that overlap inside a compound', () => {
    // arbets|miljö|policy: a policy on the work environment, not an environmental policy
    expect(ids('Vi har en ny arbetsmiljöpolicy')).toEqual(['personnel-leadership']);
  });

  it('names the matched term by its base forms, the same for every inflection', () => {
    expect(matchThemes('miljömålen').map((m) => m.term)).toEqual(matchThemes('miljömål').map((m) => m.term));
    expect(matchThemes('strategi för näringslivet')[0]?.term).toBe(matchThemes('näringslivsstrategin')[0]?.term);
  });

  it('finds the plain words municipalities use for dialogue, population, visits and work', () => {
    expect(ids('Vi bjuder in till invånardialog i höst')).toContain('democracy-dialogue');
    expect(ids('Befolkningsutvecklingen har vänt uppåt')).toContain('marketing-attractiveness');
    expect(ids('en kommun där man vill bo, verka och leva')).toContain('marketing-attractiveness');
    expect(ids('Orten ska bli en självklar besöksort')).toContain('tourism');
    expect(ids('Fler ska nå egen försörjning')).toContain('labour-market');
    expect(ids('Ärenden ska hanteras rättssäkert och snabbt')).toContain('service-permits');
    // words that every document uses are no theme of their own
    expect(ids('Invånarna och medborgarna i kommunen')).toEqual([]);
  });

  it('does not confuse the local adjective with premises', () => {
    expect(ids('det lokala näringslivet')).toEqual([]);
    expect(ids('lediga lokaler')).toEqual(['land-and-premises']);
    expect(ids('Kommunens mark- och lokalförsörjningsplaner')).toEqual(['land-and-premises']);
  });

  it('does not read an adjective in -lig as the noun it was made from', () => {
    expect(ids('en naturlig del av vardagen')).toEqual([]);
    expect(ids('naturen runt sjön')).toEqual(['nature-water']);
  });

  it('tags real sentences of the Lerum transcript', () => {
    expect(ids('Den kommunala upphandlingen ska: - Förbättra möjligheterna för företag inom närområdet att bli leverantörer till kommunen.')).toEqual(['procurement']);
    expect(ids('Kommunen ska aktivt arbeta för att öka samhällsansvaret (CSR - Corporate Social Responsibility) inom näringslivet.')).toEqual(['csr-sustainability']);
    expect(ids('Stödja samverkan mellan skola-näringsliv för att bland annat arbeta med framtida kompetensförsörjningsbehov.')).toEqual([
      'collaboration-dialogue',
      'school-business',
      'skills-supply',
    ]);
    expect(ids('Kommunen ska ligga i framkant på IT-området.')).toEqual(['digital-broadband']);
    expect(ids('Lerum ska samverka med regionala aktörer gällande marknadsföring, nationellt och internationellt, av kommunen som en attraktiv kommun att bo i, verka i samt besöka.')).toEqual([
      'collaboration-dialogue',
      'international',
      'marketing-attractiveness',
    ]);
  });
});

describe('tagThemes', () => {
  it('weighs each theme 0..1 and lists the words that triggered it', () => {
    const tags = tagThemes('Den kommunala upphandlingen ska förbättra möjligheterna för företag att bli leverantörer till kommunen.');
    expect(tags).toHaveLength(1);
    expect(tags[0]!.id).toBe('procurement');
    expect(tags[0]!.terms).toEqual(['upphandlingen', 'leverantörer']);
    expect(tags[0]!.weight).toBeGreaterThan(0.5);
    expect(tags[0]!.weight).toBeLessThanOrEqual(1);
  });

  it('returns no tags for a text without theme terms', () => {
    expect(tagThemes('Förklaringarna till målen är kursiverade.')).toEqual([]);
  });
});

describe('tagDocumentThemes', () => {
  const doc = (title: string, sentences: string[] = [], goals: string[] = []) => tagDocumentThemes({ title, sentences, goals }).map((t) => t.id);

  it('reads themes from a title alone', () => {
    expect(doc('Besöksnäringsstrategi')).toEqual(['tourism']);
    expect(doc('Internationell strategi Sävsjö Kommun')).toEqual(['international']);
    expect(doc('CSR strategi för koncernen Stokab')).toEqual(['csr-sustainability']);
    expect(doc('Handlingsplan för. Skara kommuns landsbygdsstrategi')).toEqual(['rural-development']);
    expect(doc('Personalpolitiskt program')).toEqual(['personnel-leadership']);
    expect(doc('Bostadsförsörjningsprogram 2025–2030')).toEqual(['housing']);
    expect(doc('Folkhälsoplan')).toEqual(['public-health']);
  });

  // the sentences are written for this test
  it('is about what most of the text covers, not every theme a word touches', () => {
    const sentences = [
      'Kommunens inköp ska göras affärsmässigt och med god konkurrens.',
      'Vid varje upphandling ska miljökrav och sociala krav prövas.',
      'Små och lokala leverantörer ska kunna lämna anbud.',
      'Avtalstroheten ska följas upp varje år.',
      'Inköpen ska bidra till kommunens klimatmål.',
      'Policyn gäller alla nämnder och bolag.',
    ];
    const tags = tagDocumentThemes({ title: 'Inköpspolicy', sentences });
    expect(tags[0]!.id).toBe('procurement');
    expect(tags.length).toBeLessThanOrEqual(2);
    expect(tags.map((t) => t.id)).not.toContain('collaboration-dialogue');
    expect(tags[0]!.weight).toBe(1);
    for (const t of tags.slice(1)) expect(t.weight).toBeLessThan(1);
  });

  it('keeps a theme mentioned once in a long text out', () => {
    const sentences = [...Array.from({ length: 40 }, () => 'Kommunen arbetar med bostäder och bostadsbyggande i alla kommundelar.'), 'Turismen nämns en gång.'];
    expect(doc('Program', sentences)).toEqual(['housing']);
  });

  it('ranks a theme named by several of its terms above one word said again', () => {
    const sentences = [
      'Vi bygger ut järnvägen.',
      'Kollektivtrafiken ska gå oftare.',
      'Infrastrukturen behöver underhåll.',
      'Kommunen ska vara trygg.',
      'Alla ska känna sig trygga.',
      'Det ska vara tryggt att gå hem.',
    ];
    const tags = tagDocumentThemes({ title: 'Program', sentences });
    expect(tags[0]?.id).toBe('infrastructure');
    expect(tags.find((t) => t.id === 'safety')?.weight ?? 0).toBeLessThan(1);
  });

  it('reads a document that touches many subjects lightly as about the place as a whole', () => {
    const vision = [
      'Norrvik är en attraktiv kommun med närhet till allt.',
      'Här växer barn upp i goda skolor.',
      'Det är tryggt att bo i alla kommundelar.',
      'Kollektivtrafiken knyter ihop orterna.',
      'Föreningslivet är rikt och kulturen levande.',
      'Företagen hittar mark för att växa.',
      'Invånarna har god hälsa.',
      'Vi tar vara på naturen och sjöarna.',
    ];
    expect(doc('Vision Norrvik 2040', vision)).toContain('marketing-attractiveness');
    // one mention in a document that is about one subject is incidental
    const procurement = [
      'Kommunens inköp ska göras affärsmässigt.',
      'Vid varje upphandling ska miljökrav prövas.',
      'Upphandlingen ska vara öppen för små leverantörer.',
      'Avtal ska följas upp.',
      'En attraktiv upphandling lockar fler anbud.',
    ];
    expect(doc('Inköpspolicy', procurement)).not.toContain('marketing-attractiveness');
  });

  it('has no theme for a text without theme terms', () => {
    expect(doc('Dokument', ['Förklaringarna till målen är kursiverade.'])).toEqual([]);
  });
});

describe('the taxonomy terms', () => {
  it('each find their own theme', () => {
    for (const theme of THEMES) {
      for (const term of theme.terms) {
        expect(matchThemes(term).map((m) => m.themeId), `${theme.id}: ${term}`).toContain(theme.id);
      }
    }
  });
});
