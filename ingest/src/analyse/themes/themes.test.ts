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

  it('does not confuse the local adjective with premises', () => {
    expect(ids('det lokala näringslivet')).toEqual([]);
    expect(ids('lediga lokaler')).toEqual(['land-and-premises']);
    expect(ids('Kommunens mark- och lokalförsörjningsplaner')).toEqual(['land-and-premises']);
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
  it('reads themes from a title alone', () => {
    expect(tagDocumentThemes('Besöksnäringsstrategi', '').map((t) => t.id)).toEqual(['tourism']);
    expect(tagDocumentThemes('Internationell strategi Sävsjö Kommun', '').map((t) => t.id)).toEqual(['international']);
    expect(tagDocumentThemes('CSR strategi för koncernen Stokab', '').map((t) => t.id)).toEqual(['csr-sustainability']);
    expect(tagDocumentThemes('Handlingsplan för. Skara kommuns landsbygdsstrategi', '').map((t) => t.id)).toEqual(['rural-development']);
    expect(tagDocumentThemes('Personalpolitiskt program', '').map((t) => t.id)).toEqual(['personnel-leadership']);
  });

  it('weighs the title higher than one mention in a long body', () => {
    const body = `${'Kommunen arbetar med många frågor i hela organisationen. '.repeat(60)}Turismen nämns en gång.`;
    const inTitle = tagDocumentThemes('Besöksnäringsstrategi', body).find((t) => t.id === 'tourism');
    const inBody = tagDocumentThemes('Strategi', body).find((t) => t.id === 'tourism');
    expect(inTitle!.weight).toBeGreaterThan(0.5);
    expect(inBody).toBeUndefined();
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
