import { describe, expect, it } from 'vitest';
import { groupByTheme } from './groups.ts';
import type { MunicipalityGoal } from './types.ts';

const theme = (id: string) => ({ id, labelSv: id, labelEn: id });
const goal = (id: string, ...themes: string[]): MunicipalityGoal => ({
  id,
  text: id,
  level: 'GOAL',
  measurable: false,
  themes: themes.map((t) => ({ weight: 0.5, theme: theme(t) })),
  document: { id: 'd', title: 'd' },
});

describe('groupByTheme', () => {
  it('lists a goal under each of its themes, in the order given, unknown themes after, goals without theme last', () => {
    const groups = groupByTheme([goal('g1'), goal('g2', 'energy', 'procurement'), goal('g3', 'rare'), goal('g4', 'procurement')], ['procurement', 'energy']);
    expect(groups.map((g) => [g.theme?.id ?? null, g.goals.map((x) => x.id)])).toEqual([
      ['procurement', ['g2', 'g4']],
      ['energy', ['g2']],
      ['rare', ['g3']],
      [null, ['g1']],
    ]);
  });

  it('has no groups without goals', () => {
    expect(groupByTheme([], ['procurement'])).toEqual([]);
  });
});
