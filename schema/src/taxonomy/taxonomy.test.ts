import { describe, expect, it } from 'vitest';
import { findTheme, getTheme, subthemes, THEME_IDS, THEMES, themeAncestors } from './index.js';

const REQUIRED_IDS = [
  'business-climate', 'csr-sustainability', 'procurement', 'skills-supply', 'entrepreneurship', 'land-and-premises',
  'tourism', 'international', 'digital-broadband', 'infrastructure', 'marketing-attractiveness', 'service-permits',
  'school-business', 'diversity-inclusion', 'innovation', 'rural-development', 'environment-climate', 'labour-market',
  'collaboration-dialogue',
  // the main areas of municipal strategy documents beyond business (issue #9)
  'housing', 'public-health', 'education', 'energy', 'waste-circular', 'safety', 'democracy-dialogue', 'culture',
];

describe('THEMES', () => {
  it('has the required ids, each once, and few enough themes to tell apart', () => {
    expect(new Set(THEME_IDS).size).toBe(THEME_IDS.length);
    for (const id of REQUIRED_IDS) expect(THEME_IDS).toContain(id);
    expect(THEME_IDS.length).toBeLessThanOrEqual(35);
    for (const id of THEME_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('gives every theme labels, a Swedish description and terms', () => {
    for (const theme of THEMES) {
      expect(theme.labelSv.length, theme.id).toBeGreaterThan(2);
      expect(theme.labelEn.length, theme.id).toBeGreaterThan(2);
      expect(theme.description, theme.id).toMatch(/[åäö]|\boch\b/);
      expect(theme.terms.length, theme.id).toBeGreaterThanOrEqual(8);
      expect(new Set(theme.terms.map((t) => t.toLowerCase())).size, theme.id).toBe(theme.terms.length);
    }
  });

  it('forms a forest: parents exist and no theme is its own ancestor', () => {
    for (const theme of THEMES) {
      if (theme.parentId !== null) expect(findTheme(theme.parentId), theme.id).toBeDefined();
      expect(themeAncestors(theme.id).map((t) => t.id)).not.toContain(theme.id);
    }
    expect(themeAncestors('school-business').map((t) => t.id)).toEqual(['skills-supply', 'labour-market']);
    expect(subthemes('business-climate').map((t) => t.id).sort()).toEqual(['entrepreneurship', 'land-and-premises', 'procurement', 'service-permits']);
  });

  it('names an unknown id in its error', () => {
    expect(() => getTheme('no-such-theme')).toThrow(/no-such-theme/);
  });
});
