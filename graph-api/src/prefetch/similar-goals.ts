/**
 * A goal's similar goals, started together with the goal: `goal(id) { similar { … } }` would otherwise read
 * the goal, and only then its similar goals. Both are keyed by the goal's id, so the page can be asked for at
 * once; the field resolver then finds it in the request's loader.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GoalService } from '../goal/goal.service.js';
import { checkScore } from '../validate.js';
import { childField, selectionOf, type PageOf } from './selection.js';

export function startSimilarGoals(info: GraphQLResolveInfo, pageOf: PageOf, goals: GoalService, id: string): void {
  const root = selectionOf(info);
  const similar = root && childField(root, 'similar');
  if (!similar) return;
  try {
    const { minScore, otherMunicipalitiesOnly } = similar.args as { minScore: number; otherMunicipalitiesOnly: boolean };
    checkScore(minScore, 'minScore');
    // a failure is the field resolver's to report, when it awaits the same load
    goals.similar(id, { minScore, otherMunicipalitiesOnly }, pageOf(similar.args)).catch(() => {});
  } catch {
    // arguments the field resolver will reject: it says so
  }
}
