import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { GoalConnection } from '../goal/goal.type.js';
import { Comparison, ComparisonCell } from './compare.type.js';

@Resolver(() => Comparison)
export class CompareResolver {
  @Query(() => Comparison, { description: '2–6 municipalities side by side: theme matrix, goals per theme, gaps.' })
  compare(
    @Arg('codes', () => [String], { description: '2–6 municipality codes; the order of the columns.' }) codes: string[],
    @Arg('themes', () => [String], { nullable: true, description: 'Theme ids to compare on; default every theme any of them addresses.' }) themes: string[] | null,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.services.compare.compare(codes, themes ?? null);
  }
}

@Resolver(() => ComparisonCell)
export class ComparisonCellResolver {
  @FieldResolver(() => GoalConnection, { description: 'The municipality\'s goals about the row\'s theme (as tagged, subthemes not included).' })
  async goals(@Root() cell: ComparisonCell, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.goals.onTheme(cell.themeId, cell.municipality.code, false, page), page);
  }
}
