import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { badInput, notFound } from '../errors.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { County } from '../county/county.type.js';
import { DocumentConnection } from '../document/document.type.js';
import { DocumentFilter, DocumentOrder } from '../document/document.input.js';
import { GoalConnection } from '../goal/goal.type.js';
import { GoalFilter } from '../goal/goal.input.js';
import { OrganisationConnection } from '../organisation/organisation.type.js';
import { prefetched } from '../prefetch/attached.js';
import { planMunicipalityPages } from '../prefetch/municipality-pages.js';
import { checkCode, checkDocumentKind, checkGoalLevel, checkYears } from '../validate.js';
import { Municipality, MunicipalityConnection, ThemeWeight } from './municipality.type.js';
import { MunicipalityFilter, MunicipalityOrder } from './municipality.input.js';
import { SimilarMunicipalityConnection, type SimilarMunicipalityEdge } from './similar-municipality.type.js';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities, alphabetically unless ordered otherwise.' })
  async municipalities(
    @Arg('filter', () => MunicipalityFilter, { nullable: true }) filter: MunicipalityFilter | null,
    @Arg('orderBy', () => MunicipalityOrder, { defaultValue: MunicipalityOrder.NAME }) orderBy: MunicipalityOrder,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = ctx.page(args);
    if (filter?.county) checkCode(filter.county, 'filter.county', 'county');
    const found = await ctx.services.municipalities.list(filter ?? {}, orderBy, page);
    // the documents (goals, themes) of the whole page in one more query
    const plan = planMunicipalityPages(info, ctx.page, ['edges', 'node']);
    if (!plan || !found.items.length) return toConnection(found, page);
    const fetched = await ctx.services.municipalityPages.fetch(found.items.map((m) => m.code), plan);
    return toConnection({ ...found, items: found.items.map((m) => fetched.get(m.code) ?? m) }, page);
  }

  @Query(() => Municipality, { nullable: true, description: 'One municipality by code or by name (give exactly one). NOT_FOUND when there is none.' })
  async municipality(
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if ((code == null) === (name == null)) throw badInput('Give either code or name, not both and not neither.', code == null ? 'code' : 'name');
    if (code != null) checkCode(code, 'code');
    // with its documents asked for, the municipality comes with them (and their goals and themes) in one query
    const plan = code != null ? planMunicipalityPages(info, ctx.page) : null;
    const found = plan
      ? ((await ctx.services.municipalityPages.fetch([code!], plan)).get(code!) ?? null)
      : code != null
        ? await ctx.services.municipalities.byCode(code)
        : await ctx.services.municipalities.byName(name!);
    if (!found) throw notFound(code != null ? `No municipality with code ${code}.` : `No municipality named "${name}".`);
    return found;
  }

  @Query(() => SimilarMunicipalityConnection, { description: 'Municipalities most like this one in theme profile and goal overlap, most similar first.' })
  async similarMunicipalities(@Arg('code', () => String) code: string, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    checkCode(code, 'code');
    const page = ctx.page(args);
    const similar = await ctx.services.municipalities.similarPage(code, page);
    if (!similar) throw notFound(`No municipality with code ${code}.`);
    return toConnection(similar, page, (item, cursor): SimilarMunicipalityEdge => ({ cursor, ...item }));
  }

  @FieldResolver(() => County, { nullable: true })
  county(@Root() municipality: Municipality, @Ctx() ctx: ApiContext) {
    return municipality.countyCode ? ctx.services.counties.byCode(municipality.countyCode) : null;
  }

  @FieldResolver(() => DocumentConnection, { description: 'Documents published by the municipality or by one of its organisations.' })
  async documents(
    @Root() municipality: Municipality,
    @Arg('filter', () => DocumentFilter, { nullable: true }) filter: DocumentFilter | null,
    @Arg('orderBy', () => DocumentOrder, { defaultValue: DocumentOrder.TITLE }) orderBy: DocumentOrder,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = ctx.page(args);
    if (filter?.text) throw badInput('The text filter is available on the top-level `documents` query and `search`, not on a municipality\'s documents.', 'filter.text');
    checkDocumentKind(filter?.kind, 'filter.kind');
    checkYears(filter?.yearFrom, filter?.yearTo);
    return toConnection(prefetched(municipality).documents ?? (await ctx.services.documents.ofMunicipality(municipality.code, filter ?? {}, orderBy, page)), page);
  }

  @FieldResolver(() => GoalConnection, { description: 'Goals in the municipality\'s own documents, newest documents first, each in document order.' })
  async goals(
    @Root() municipality: Municipality,
    @Arg('filter', () => GoalFilter, { nullable: true }) filter: GoalFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = ctx.page(args);
    if (filter?.text) throw badInput('The text filter is available on the top-level `goals` query and `search`, not on a municipality\'s goals.', 'filter.text');
    checkGoalLevel(filter?.level, 'filter.level');
    checkDocumentKind(filter?.documentKind, 'filter.documentKind');
    return toConnection(await ctx.services.goals.ofMunicipality(municipality.code, filter ?? {}, page), page);
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Bodies that are part of the municipality (companies, boards…).' })
  async organisations(@Root() municipality: Municipality, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.organisations.ofMunicipality(municipality.code, page), page);
  }

  @FieldResolver(() => [ThemeWeight], { description: 'The themes its documents address, strongest first.' })
  themeProfile(@Root() municipality: Municipality, @Ctx() ctx: ApiContext) {
    return ctx.services.municipalities.themeProfile(municipality.code);
  }

  @FieldResolver(() => Int, { description: 'Documents published by the municipality or by one of its organisations (the size of `documents`).' })
  async documentCount(@Root() municipality: Municipality, @Ctx() ctx: ApiContext) {
    return (await ctx.services.municipalities.counts(municipality.code)).documents;
  }

  @FieldResolver(() => Int, { description: 'Goals in its own documents (the size of `goals`).' })
  async goalCount(@Root() municipality: Municipality, @Ctx() ctx: ApiContext) {
    return (await ctx.services.municipalities.counts(municipality.code)).goals;
  }
}
