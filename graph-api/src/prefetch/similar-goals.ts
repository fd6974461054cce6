/**
 * A goal with its similar goals in one query: `goal(id) { similar { … } }` would otherwise read the goal and its
 * similar goals in two. The similar goals are projected for the fields asked for below `similar.edges.node`, and
 * their page travels on the goal returned (src/prefetch/attached.ts), where the field resolver finds it.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GoalService } from '../goal/goal.service.js';
import type { Goal } from '../goal/goal.type.js';
import { checkScore } from '../validate.js';
import { attach } from './attached.js';
import { childField, descend, fieldNames, selectionOf, type PageOf } from './selection.js';

/** The goal `id`, carrying its similar goals when the query asks for them in a way this answers; undefined when it does not (the loaders then do it). */
export async function goalWithSimilar(info: GraphQLResolveInfo, pageOf: PageOf, goals: GoalService, id: string): Promise<Goal | null | undefined> {
  const root = selectionOf(info);
  const similar = root && childField(root, 'similar');
  if (!similar) return undefined;
  let plan;
  try {
    const { minScore, otherMunicipalitiesOnly } = similar.args as { minScore: number; otherMunicipalitiesOnly: boolean };
    checkScore(minScore, 'minScore');
    const node = descend(similar.selection, 'edges', 'node');
    plan = { options: { minScore, otherMunicipalitiesOnly }, page: pageOf(similar.args), fields: node ? fieldNames(node) : [] };
  } catch {
    // arguments the field resolver will reject: it says so
    return undefined;
  }
  const found = await goals.withSimilar(id, plan.options, plan.page, plan.fields);
  return found && attach({ ...found.goal }, { similar: found.similar });
}
