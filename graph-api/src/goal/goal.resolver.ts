import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, Info, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { Document } from '../document/document.type.js';
import { Municipality } from '../municipality/municipality.type.js';
import { prefetched } from '../prefetch/attached.js';
import { goalWithSimilar } from '../prefetch/similar-goals.js';
import { parseQuery, toLucene } from '../search/query.js';
import { ThemeTag } from '../theme/theme.type.js';
import { checkCode, checkDocumentKind, checkGoalLevel, checkScore } from '../validate.js';
import { Goal, GoalConnection, SimilarGoalConnection, type SimilarGoalEdge } from './goal.type.js';
import { GoalFilter } from './goal.input.js';

@Resolver(() => Goal)
export class GoalResolver {
  @Query(() => GoalConnection, { description: 'Goals; newest documents first (each in document order), or by relevance when filter.text is given.' })
  async goals(@Arg('filter', () => GoalFilter, { nullable: true }) filter: GoalFilter | null, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    const f = filter ?? {};
    checkGoalLevel(f.level, 'filter.level');
    checkDocumentKind(f.documentKind, 'filter.documentKind');
    if (f.municipality) checkCode(f.municipality, 'filter.municipality');
    if (f.county) checkCode(f.county, 'filter.county', 'county');
    const lucene = f.text ? toLucene(parseQuery(f.text, 'filter.text')) : null;
    return toConnection(await ctx.services.goals.list(f, lucene, page), page);
  }

  @Query(() => Goal, { nullable: true, description: 'NOT_FOUND when there is none.' })
  async goal(@Arg('id', () => String) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    // with its similar goals asked for, the goal comes with them in one query
    const withSimilar = await goalWithSimilar(info, ctx.page, ctx.services.goals, id);
    const goal = withSimilar === undefined ? await ctx.services.goals.byId(id) : withSimilar;
    if (!goal) throw notFound(`No goal with id "${id}".`);
    return goal;
  }

  @FieldResolver(() => Document, { description: 'The document the goal stands in.' })
  async document(@Root() goal: Goal, @Ctx() ctx: ApiContext) {
    return ctx.services.documents.byId(goal.documentId);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality that published the goal\'s document.' })
  municipality(@Root() goal: Goal, @Ctx() ctx: ApiContext) {
    return goal.municipalityCode ? ctx.services.municipalities.byCode(goal.municipalityCode) : null;
  }

  @FieldResolver(() => [ThemeTag], { description: 'The themes the goal is about, strongest first.' })
  themes(@Root() goal: Goal, @Ctx() ctx: ApiContext) {
    return prefetched(goal).themes ?? ctx.services.goals.themes(goal.id);
  }

  @FieldResolver(() => SimilarGoalConnection, { description: 'Goals like this one, most similar first, each with its score and the shared terms that explain it.' })
  async similar(
    @Root() goal: Goal,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('minScore', () => Float, { defaultValue: 0, description: 'Leave out links scoring below this (0..1).' }) minScore: number,
    @Arg('otherMunicipalitiesOnly', () => Boolean, { defaultValue: true, description: 'Leave out goals of the same municipality.' }) otherMunicipalitiesOnly: boolean,
    @Ctx() ctx: ApiContext,
  ) {
    checkScore(minScore, 'minScore');
    const page = ctx.page(args);
    const similar = prefetched(goal).similar ?? (await ctx.services.goals.similar(goal.id, { minScore, otherMunicipalitiesOnly }, page));
    return toConnection(similar, page, (item, cursor): SimilarGoalEdge => ({ cursor, node: item.goal, score: item.score, sharedTerms: item.sharedTerms }));
  }
}
