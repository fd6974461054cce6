import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { checkCode } from '../validate.js';
import { GoalLikeFilter } from './goals-like.input.js';
import type { GoalLikeItem } from './goals-like.service.js';
import { GoalLikeConnection, type GoalLikeEdge } from './goals-like.type.js';

/** The longest draft accepted (a goal is a sentence or two; this is a paragraph). */
export const MAX_DRAFT_LENGTH = 1000;

@Resolver(() => GoalLikeConnection)
export class GoalsLikeResolver {
  @Query(() => GoalLikeConnection, {
    description:
      'Stored goals like a draft goal, most alike first: the free text scored against every goal with the similar-goal engine the linker uses ' +
      '(`engine: SIMILAR`), or, while that engine is being built after a start or a change of the graph, with the full-text index (`engine: FULLTEXT`).',
  })
  async goalsLike(
    @Arg('text', () => String, { description: `The draft goal, at most ${MAX_DRAFT_LENGTH} characters.` }) text: string,
    @Arg('filter', () => GoalLikeFilter, { nullable: true }) filter: GoalLikeFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const draft = text.trim();
    if (!draft) throw badInput('text is empty; write the goal to compare.', 'text');
    if (text.length > MAX_DRAFT_LENGTH) throw badInput(`text is too long (${text.length} characters); use at most ${MAX_DRAFT_LENGTH}.`, 'text');
    const page = ctx.page(args);
    const f = filter ?? {};
    if (f.municipality) checkCode(f.municipality, 'filter.municipality');
    if (f.county) checkCode(f.county, 'filter.county', 'county');
    if (f.theme && !(await ctx.services.themes.all()).has(f.theme)) throw badInput(`filter.theme "${f.theme}" is not a theme of the taxonomy.`, 'filter.theme');
    const result = await ctx.services.goalsLike.like(draft, f, page);
    return {
      ...toConnection(result, page, (item: GoalLikeItem, cursor): GoalLikeEdge => ({ cursor, node: item.goal, score: item.score, sharedTerms: item.sharedTerms })),
      engine: result.engine,
    };
  }
}
