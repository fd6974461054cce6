import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../taxonomy/index.js';
import {
  CONCEPT_IDS,
  CONCEPTS,
  conceptAncestors,
  conceptLabelsSv,
  conceptsOfTheme,
  findConcept,
  getConcept,
  narrowerConcepts,
} from './index.js';

/**
 * Capitalised words and mixed-case abbreviations that labels may contain: proper names of organisations,
 * programmes, places and brands. Anything else must be lower-case or an upper-case abbreviation ("LOU",
 * "5G", "FN:s", "UF-företag").
 */
const PROPER_WORDS = new Set([
  // organisations, authorities and networks
  'Adda', 'Arbetsförmedlingen', 'Business', 'Sweden', 'Kolada', 'Myndigheten', 'Nyföretagarcentrum',
  'Svenskt', 'Näringslivs', 'Trafikverket', 'Ung', 'Företagsamhet', 'Vinnova', 'Klimatkommunerna', 'Fritidsbanken',
  'Folkets',
  // railway lines
  'Ostkustbanan', 'Norrbotniabanan', 'Ostlänken', 'Mittbanan', 'Ådalsbanan', 'Botniabanan', 'Inlandsbanan', 'Västkustbanan',
  'Södra', 'Norra',
  // programmes, methods, certifications and brands
  'Agenda', 'Baccalaureate', 'International', 'Corporate', 'Social', 'Responsibility', 'Effektiv', 'El', 'Sistema',
  'Erasmus', 'Erasmus+', 'Fairtrade', 'Fossilfritt', 'Sverige', 'Håll', 'Rent', 'Industritekniska', 'Insikt',
  'Interreg', 'Interregprojekt', 'Klimatklivet', 'Kommunens', 'Leader', 'Leaderområde', 'Leaderprojekt', 'Miljöbas',
  'Miljöbyggnad', 'Nöjd', 'Kund', 'Index', 'Skapande', 'Svensk', 'Teknikcollege', 'Vård',
  // places
  'Bryssel', 'Brysselkontor', 'Europakontor', 'Europafrågor', 'Östersjön', 'Västerhavet',
  // the names in lex Sarah and lex Maria
  'Sarah', 'Maria',
  // mixed-case abbreviations
  'BmSS', 'FoU', 'IoT', 'KKiK',
]);

/** Words so generic that a label made of one of them alone would match nearly every strategy document. */
const TOO_GENERIC = new Set([
  'utveckling', 'arbete', 'kommun', 'kommunen', 'hållbar', 'samverkan', 'samarbete', 'kompetens', 'näringsliv',
  'strategi', 'plan', 'mål', 'verksamhet', 'projekt', 'service', 'kvalitet', 'ekonomi', 'samhälle', 'insatser',
  'åtgärder', 'stöd', 'miljö', 'klimat', 'kultur', 'utbildning', 'skola', 'vård', 'region', 'invånare', 'tillväxt',
  'framtid', 'styrning', 'ledning', 'information', 'dialog',
]);

/**
 * Short labels, usually abbreviations, that read as everyday Swedish words once lower-cased ("SKA" ~ "ska",
 * "LOV" ~ "sommarlov", "SoL" ~ "sol"); a case-insensitive matcher would find them everywhere.
 */
const READS_AS_A_WORD = new Set([
  'ska', 'sig', 'lov', 'far', 'sol', 'rus', 'man', 'vi', 'fri', 'hem', 'el', 'is', 'av', 'om', 'en', 'ett', 'de',
  'den', 'det', 'som', 'för', 'med', 'till', 'på', 'nu', 'ja', 'alla', 'får', 'kan', 'bra', 'mer', 'när', 'var',
  'insikt', 'bär', 'dag', 'tid',
]);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An upper-case abbreviation, optionally with a genitive ":s" ("FN:s") or a trailing "+" */
const ABBREVIATION = /^[A-ZÅÄÖ0-9]*[A-ZÅÄÖ][A-ZÅÄÖ0-9]*(?::s)?\+?$|^[0-9]+[A-ZÅÄÖ]+$/;

function key(label: string): string {
  return label.trim().toLowerCase();
}

/** Why a label breaks the casing rule, or null when it is fine. */
function casingProblem(label: string): string | null {
  for (const word of label.split(/\s+/)) {
    for (const part of word.split('-').filter((p) => p.length > 0)) {
      const bare = part.replace(/[,.()]/g, '');
      if (bare === bare.toLowerCase()) continue;
      if (ABBREVIATION.test(bare)) continue;
      if (PROPER_WORDS.has(bare)) continue;
      return `"${bare}" in "${label}" is neither lower-case, an abbreviation nor a known proper name`;
    }
  }
  return null;
}

function depth(id: string): number {
  return conceptAncestors(id).length + 1;
}

describe('CONCEPTS', () => {
  it('has at least 350 concepts with unique kebab-case ids', () => {
    expect(CONCEPTS.length).toBeGreaterThanOrEqual(350);
    expect(new Set(CONCEPT_IDS).size).toBe(CONCEPT_IDS.length);
    for (const id of CONCEPT_IDS) expect(id, id).toMatch(KEBAB);
  });

  it('links every broader id to an existing concept other than itself', () => {
    for (const concept of CONCEPTS) {
      if (concept.broader === null) continue;
      expect(findConcept(concept.broader), `${concept.id} → ${concept.broader}`).toBeDefined();
      expect(concept.broader, concept.id).not.toBe(concept.id);
    }
  });

  it('forms a forest without cycles, at most five levels deep, with real depth', () => {
    for (const concept of CONCEPTS) {
      const ids = conceptAncestors(concept.id).map((c) => c.id);
      expect(ids, concept.id).not.toContain(concept.id);
      expect(new Set(ids).size, concept.id).toBe(ids.length);
      expect(depth(concept.id), concept.id).toBeLessThanOrEqual(5);
    }
    const depths = CONCEPT_IDS.map(depth);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(4);
    // most concepts hang below a top concept, and every top concept has narrower concepts
    const tops = CONCEPTS.filter((c) => c.broader === null);
    expect(tops.length).toBeLessThan(CONCEPTS.length / 5);
    for (const top of tops) expect(narrowerConcepts(top.id).length, top.id).toBeGreaterThan(0);
  });

  it('puts every concept under at least one existing theme, each theme once', () => {
    for (const concept of CONCEPTS) {
      expect(concept.themes.length, concept.id).toBeGreaterThan(0);
      expect(new Set(concept.themes).size, concept.id).toBe(concept.themes.length);
      for (const themeId of concept.themes) expect(THEME_IDS, `${concept.id}: ${themeId}`).toContain(themeId);
    }
  });

  it('covers every theme of the taxonomy', () => {
    for (const themeId of THEME_IDS) expect(conceptsOfTheme(themeId).length, themeId).toBeGreaterThanOrEqual(5);
  });

  it('gives every concept an English label and at least two Swedish labels, none repeated', () => {
    for (const concept of CONCEPTS) {
      expect(concept.prefLabelEn.trim().length, concept.id).toBeGreaterThan(1);
      const labels = conceptLabelsSv(concept);
      expect(labels.length, concept.id).toBeGreaterThanOrEqual(2);
      expect(new Set(labels.map(key)).size, `${concept.id}: ${labels.join(' | ')}`).toBe(labels.length);
    }
  });

  it('gives each Swedish label to one concept only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of CONCEPTS) {
      for (const label of conceptLabelsSv(concept)) {
        const other = owner.get(key(label));
        if (other !== undefined && other !== concept.id) clashes.push(`"${label}": ${other} and ${concept.id}`);
        owner.set(key(label), concept.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes labels tidily: trimmed, single-spaced, lower-case except proper names and abbreviations', () => {
    const problems: string[] = [];
    for (const concept of CONCEPTS) {
      for (const label of conceptLabelsSv(concept)) {
        if (label !== label.trim() || /\s{2,}/.test(label) || label.length < 2) problems.push(`"${label}" (${concept.id})`);
        if (/[.;!?]$/.test(label)) problems.push(`"${label}" ends with punctuation (${concept.id})`);
        const casing = casingProblem(label);
        if (casing) problems.push(`${casing} (${concept.id})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('avoids labels so generic they would match everything', () => {
    for (const concept of CONCEPTS) {
      for (const label of conceptLabelsSv(concept)) expect(TOO_GENERIC.has(key(label)), `${concept.id}: ${label}`).toBe(false);
    }
  });

  it('avoids abbreviations and short labels that read as everyday words', () => {
    for (const concept of CONCEPTS) {
      for (const label of conceptLabelsSv(concept)) expect(READS_AS_A_WORD.has(key(label)), `${concept.id}: ${label}`).toBe(false);
    }
  });

  it('writes each definition as one Swedish sentence', () => {
    const defined = CONCEPTS.filter((c) => c.definition !== undefined);
    expect(defined.length).toBeGreaterThan(30);
    for (const concept of defined) {
      const definition = concept.definition ?? '';
      expect(definition, concept.id).toMatch(/^[A-ZÅÄÖ].*\.$/);
      expect(definition, concept.id).not.toMatch(/[.!?]\s/);
      expect(definition, concept.id).toMatch(/[åäö]|\b(och|att|som|för|med|i)\b/);
    }
    // every top concept says what it means
    for (const top of CONCEPTS.filter((c) => c.broader === null)) expect(top.definition, top.id).toBeDefined();
  });
});

describe('essential synonyms', () => {
  const labelsOf = (id: string) => conceptLabelsSv(getConcept(id));

  it('knows broadband as fibre and connectivity', () => {
    expect(labelsOf('broadband')).toEqual(expect.arrayContaining(['bredband', 'fiber', 'fibernät', 'uppkoppling', 'bredbandsutbyggnad', 'snabbt internet']));
    expect(conceptAncestors('fiber-rollout').map((c) => c.id)).toEqual(['broadband', 'digital-infrastructure', 'digitalisation']);
  });

  it('knows the business climate by its usual names', () => {
    expect(labelsOf('business-climate')).toEqual(
      expect.arrayContaining(['företagsklimat', 'näringslivsklimat', 'företagarvänlig', 'attityder till företagande']),
    );
  });

  it('knows emissions by their usual names', () => {
    expect(labelsOf('emissions')).toEqual(expect.arrayContaining(['utsläpp', 'växthusgaser', 'klimatpåverkan', 'koldioxidutsläpp']));
    expect(conceptAncestors('emissions').map((c) => c.id)).toEqual(['climate']);
  });

  it('knows local suppliers in procurement', () => {
    expect(labelsOf('local-suppliers')).toEqual(
      expect.arrayContaining(['lokala leverantörer', 'småföretag i upphandling', 'mindre företag lämna anbud']),
    );
    expect(getConcept('local-suppliers').themes).toContain('procurement');
  });

  it('knows educational attainment and population growth', () => {
    expect(labelsOf('education-level')).toEqual(expect.arrayContaining(['utbildningsnivå', 'eftergymnasial utbildning', 'akademisk utbildning']));
    expect(labelsOf('population-growth')).toEqual(expect.arrayContaining(['befolkningstillväxt', 'invånarantal', 'inflyttning']));
  });

  it('keeps the core terms of the strategist', () => {
    const expected: Record<string, string> = {
      LOU: 'public-procurement',
      kompetensförsörjning: 'skills-supply',
      översiktsplan: 'comprehensive-plan',
      klimatanpassning: 'climate-adaptation',
      fossilfri: 'fossil-free',
      medborgardialog: 'citizen-dialogue',
      jämställdhet: 'gender-equality',
      'gång- och cykelväg': 'cycle-paths',
      'Agenda 2030': 'agenda-2030',
      hemtjänst: 'home-care',
    };
    for (const [label, id] of Object.entries(expected)) expect(labelsOf(id), label).toContain(label);
  });
});

describe('concept helpers', () => {
  it('finds and gets concepts by id', () => {
    expect(findConcept('broadband')?.prefLabelSv).toBe('bredband');
    expect(findConcept('no-such-concept')).toBeUndefined();
    expect(() => getConcept('no-such-concept')).toThrow(/no-such-concept/);
    expect(() => conceptAncestors('no-such-concept')).toThrow(/no-such-concept/);
  });

  it('lists ancestors nearest first and narrower concepts directly below', () => {
    expect(conceptAncestors('digitalisation')).toEqual([]);
    expect(narrowerConcepts('broadband').map((c) => c.id)).toEqual(expect.arrayContaining(['fiber-rollout', 'city-network']));
    expect(narrowerConcepts('digitalisation').map((c) => c.id)).not.toContain('broadband');
    expect(narrowerConcepts('fiber-rollout')).toEqual([]);
    expect(narrowerConcepts('no-such-concept')).toEqual([]);
    for (const concept of CONCEPTS) {
      for (const child of narrowerConcepts(concept.id)) expect(child.broader).toBe(concept.id);
    }
  });

  it('lists the concepts of a theme, optionally with its subthemes', () => {
    const digital = conceptsOfTheme('digital-broadband').map((c) => c.id);
    expect(digital).toEqual(expect.arrayContaining(['broadband', 'fiber-rollout', 'e-services']));
    const infrastructure = conceptsOfTheme('infrastructure').map((c) => c.id);
    expect(infrastructure).not.toContain('fiber-rollout');
    const withSubthemes = conceptsOfTheme('infrastructure', { includeSubthemes: true }).map((c) => c.id);
    expect(withSubthemes).toEqual(expect.arrayContaining(['public-transport', 'fiber-rollout']));
    expect(new Set(withSubthemes).size).toBe(withSubthemes.length);
    // school-business sits two levels below labour-market
    expect(conceptsOfTheme('labour-market', { includeSubthemes: true }).map((c) => c.id)).toContain('prao');
    expect(() => conceptsOfTheme('no-such-theme')).toThrow(/no-such-theme/);
  });
});
