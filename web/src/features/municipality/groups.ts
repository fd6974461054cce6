/** Goals grouped under the themes they are about, for "goals by theme". */
import type { GoalTheme, MunicipalityGoal } from './types.ts';

export interface GoalGroup {
  /** null: the goals about no theme */
  theme: GoalTheme | null;
  goals: MunicipalityGoal[];
}

/** Goals grouped under each theme they are about; a goal about two themes appears under both. Groups follow `order` (theme ids), those without theme last. */
export function groupByTheme(goals: readonly MunicipalityGoal[], order: readonly string[]): GoalGroup[] {
  const groups = new Map<string, GoalGroup>();
  for (const goal of goals) {
    if (goal.themes.length === 0) {
      const none = groups.get('') ?? { theme: null, goals: [] };
      none.goals.push(goal);
      groups.set('', none);
    }
    for (const tag of goal.themes) {
      const group = groups.get(tag.theme.id) ?? { theme: tag.theme, goals: [] };
      group.goals.push(goal);
      groups.set(tag.theme.id, group);
    }
  }
  const rank = (id: string) => (id === '' ? Number.MAX_SAFE_INTEGER : order.indexOf(id) === -1 ? order.length : order.indexOf(id));
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, g]) => g);
}
