import { describe, expect, it } from 'vitest';
import type { Municipality } from '../municipality/municipality.type.js';
import type { ThemeProfileEntry } from '../municipality/municipality.service.js';
import type { Theme } from '../theme/theme.type.js';
import { buildComparison } from './compare.service.js';

const theme = (id: string): Theme => ({ id, labelSv: id, labelEn: id, description: null, terms: [], parentId: null });
const municipality = (code: string): Municipality => ({ code, name: code, lat: null, lon: null, countyCode: null });
const entry = (id: string, weight: number, goalCount = 0): ThemeProfileEntry => ({ theme: theme(id), weight, share: 0, documentCount: weight > 0 ? 1 : 0, goalCount });

describe('buildComparison', () => {
  const a = municipality('A');
  const b = municipality('B');
  const profiles = [
    [entry('procurement', 2, 3), entry('tourism', 1)],
    [entry('procurement', 1), entry('culture', 0, 2)],
  ];

  it('builds the theme matrix, strongest theme first, cells in the given order', () => {
    const comparison = buildComparison([a, b], profiles, null);
    expect(comparison.rows.map((r) => r.theme.id)).toEqual(['procurement', 'tourism', 'culture']);
    expect(comparison.rows[0]!.cells.map((c) => [c.municipality.code, c.weight, c.goalCount, c.covered])).toEqual([
      ['A', 2, 3, true],
      ['B', 1, 0, true],
    ]);
    // a theme with goals but no document weight still counts as covered
    expect(comparison.rows[2]!.cells.map((c) => c.covered)).toEqual([false, true]);
    expect(comparison.rows.every((r) => r.cells.every((c) => c.themeId === r.theme.id))).toBe(true);
  });

  it('names the shared themes and the gaps', () => {
    const comparison = buildComparison([a, b], profiles, null);
    expect(comparison.shared.map((t) => t.id)).toEqual(['procurement']);
    expect(comparison.gaps.map((g) => [g.theme.id, g.coveredBy.map((m) => m.code), g.missing.map((m) => m.code)])).toEqual([
      ['tourism', ['A'], ['B']],
      ['culture', ['B'], ['A']],
    ]);
  });

  it('compares on the chosen themes only, including ones nobody covers', () => {
    const comparison = buildComparison([a, b], profiles, [theme('tourism'), theme('innovation')]);
    expect(comparison.rows.map((r) => r.theme.id)).toEqual(['tourism', 'innovation']);
    expect(comparison.gaps.map((g) => g.theme.id)).toEqual(['tourism']);
    expect(comparison.shared).toEqual([]);
  });
});
