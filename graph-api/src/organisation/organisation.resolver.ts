import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { County } from '../county/county.type.js';
import { DocumentConnection } from '../document/document.type.js';
import { Municipality } from '../municipality/municipality.type.js';
import { checkOrganisationKind } from '../validate.js';
import { Organisation, OrganisationConnection } from './organisation.type.js';
import { OrganisationFilter } from './organisation.input.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations other than municipalities, by name.' })
  async organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = ctx.page(args);
    checkOrganisationKind(filter?.kind, 'filter.kind');
    return toConnection(await ctx.services.organisations.list(filter ?? {}, page), page);
  }

  @Query(() => Organisation, { nullable: true, description: 'NOT_FOUND when there is none.' })
  async organisation(@Arg('id', () => String) id: string, @Ctx() ctx: ApiContext) {
    const organisation = await ctx.services.organisations.byId(id);
    if (!organisation) throw notFound(`No organisation with id "${id}".`);
    return organisation;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality it is part of, if any.' })
  municipality(@Root() organisation: Organisation, @Ctx() ctx: ApiContext) {
    return organisation.municipalityCode ? ctx.services.municipalities.byCode(organisation.municipalityCode) : null;
  }

  @FieldResolver(() => County, { nullable: true, description: 'Its county, directly or through its municipality.' })
  county(@Root() organisation: Organisation, @Ctx() ctx: ApiContext) {
    return organisation.countyCode ? ctx.services.counties.byCode(organisation.countyCode) : null;
  }

  @FieldResolver(() => DocumentConnection)
  async documents(@Root() organisation: Organisation, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.documents.ofOrganisation(organisation.id, page), page);
  }
}
