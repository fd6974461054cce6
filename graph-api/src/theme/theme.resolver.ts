import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { DocumentConnection } from '../document/document.type.js';
import { GoalConnection } from '../goal/goal.type.js';
import { checkCode } from '../validate.js';
import { Theme, ThemeConnection } from './theme.type.js';
import { ThemeMunicipalityConnection, ThemeMunicipalityEdge } from './theme-coverage.type.js';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => ThemeConnection, { description: 'Themes of the taxonomy, by Swedish label.' })
  async themes(
    @Arg('parent', () => String, { nullable: true, description: 'Only the subthemes of this theme.' }) parent: string | null,
    @Arg('rootsOnly', () => Boolean, { defaultValue: false, description: 'Only themes without a parent.' }) rootsOnly: boolean,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = ctx.page({ first: args.first ?? 100, after: args.after });
    return toConnection(await ctx.services.themes.list({ parent: parent ?? null, rootsOnly }, page), page);
  }

  @Query(() => Theme, { nullable: true, description: 'NOT_FOUND when there is none.' })
  async theme(@Arg('id', () => String) id: string, @Ctx() ctx: ApiContext) {
    const theme = await ctx.services.themes.byId(id);
    if (!theme) throw notFound(`No theme with id "${id}".`);
    return theme;
  }

  @FieldResolver(() => Theme, { nullable: true })
  parent(@Root() theme: Theme, @Ctx() ctx: ApiContext) {
    return theme.parentId ? ctx.services.themes.byId(theme.parentId) : null;
  }

  @FieldResolver(() => [Theme])
  children(@Root() theme: Theme, @Ctx() ctx: ApiContext) {
    return ctx.services.themes.children(theme.id);
  }

  @FieldResolver(() => Int, { description: 'Documents addressing the theme or a subtheme.' })
  async documentCount(@Root() theme: Theme, @Ctx() ctx: ApiContext) {
    return (await ctx.services.themes.counts(theme.id)).documentCount;
  }

  @FieldResolver(() => Int, { description: 'Goals about the theme or a subtheme.' })
  async goalCount(@Root() theme: Theme, @Ctx() ctx: ApiContext) {
    return (await ctx.services.themes.counts(theme.id)).goalCount;
  }

  @FieldResolver(() => Int, { description: 'Municipalities with a document addressing the theme or a subtheme.' })
  async municipalityCount(@Root() theme: Theme, @Ctx() ctx: ApiContext) {
    return (await ctx.services.themes.counts(theme.id)).municipalityCount;
  }

  @FieldResolver(() => ThemeMunicipalityConnection, { description: 'Municipalities addressing the theme, ranked by weight; each edge carries their goals on it.' })
  async municipalities(
    @Root() theme: Theme,
    @Arg('county', () => String, { nullable: true, description: 'Only municipalities in this county.' }) county: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    if (county) checkCode(county, 'county', 'county');
    const page = ctx.page(args);
    const coverage = await ctx.services.themes.municipalities(theme.id, county ?? null, page);
    return toConnection(coverage, page, (item, cursor): ThemeMunicipalityEdge => ({ cursor, node: item.municipality, weight: item.weight, share: item.share, documentCount: item.documentCount, goalCount: item.goalCount, themeId: theme.id }));
  }

  @FieldResolver(() => DocumentConnection, { description: 'Documents addressing the theme or a subtheme, by title.' })
  async documents(@Root() theme: Theme, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.documents.ofTheme(theme.id, page), page);
  }

  @FieldResolver(() => GoalConnection, { description: 'Goals about the theme or a subtheme, newest documents first, each in document order.' })
  async goals(@Root() theme: Theme, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.goals.ofTheme(theme.id, page), page);
  }
}

@Resolver(() => ThemeMunicipalityEdge)
export class ThemeMunicipalityEdgeResolver {
  @FieldResolver(() => GoalConnection, { description: 'This municipality\'s goals on the theme or a subtheme, newest documents first, each in document order.' })
  async goals(@Root() edge: ThemeMunicipalityEdge, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.goals.onTheme(edge.themeId, edge.node.code, true, page), page);
  }
}
