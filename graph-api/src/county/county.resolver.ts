import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { MunicipalityConnection } from '../municipality/municipality.type.js';
import { checkCode } from '../validate.js';
import { County, CountyConnection } from './county.type.js';

@Resolver(() => County)
export class CountyResolver {
  @Query(() => CountyConnection, { description: 'The 21 counties, by code.' })
  async counties(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page({ first: args.first ?? 21, after: args.after });
    return toConnection(await ctx.services.counties.list(page), page);
  }

  @Query(() => County, { nullable: true, description: 'NOT_FOUND when there is none.' })
  async county(@Arg('code', () => String) code: string, @Ctx() ctx: ApiContext) {
    checkCode(code, 'code', 'county');
    const county = await ctx.services.counties.byCode(code);
    if (!county) throw notFound(`No county with code ${code}.`);
    return county;
  }

  @FieldResolver(() => MunicipalityConnection, { description: 'Its municipalities, alphabetically.' })
  async municipalities(@Root() county: County, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.municipalities.ofCounty(county.code, page), page);
  }

  @FieldResolver(() => Int)
  async municipalityCount(@Root() county: County, @Ctx() ctx: ApiContext) {
    return (await ctx.services.counties.counts(county.code)).municipalities;
  }

  @FieldResolver(() => Int, { description: 'Documents published by its municipalities.' })
  async documentCount(@Root() county: County, @Ctx() ctx: ApiContext) {
    return (await ctx.services.counties.counts(county.code)).documents;
  }
}
