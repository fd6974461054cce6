import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { GoalConnection } from '../goal/goal.type.js';
import { Municipality } from '../municipality/municipality.type.js';
import { Organisation } from '../organisation/organisation.type.js';
import { prefetched } from '../prefetch/attached.js';
import { parseQuery, toLucene } from '../search/query.js';
import { ThemeTag } from '../theme/theme.type.js';
import { checkCode, checkDocumentKind, checkYears } from '../validate.js';
import { Document, DocumentConnection, ReusedPassagesConnection, TextSection } from './document.type.js';
import { DocumentFilter, DocumentOrder } from './document.input.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: 'Documents; by title unless ordered otherwise, by relevance when filter.text is given.' })
  async documents(
    @Arg('filter', () => DocumentFilter, { nullable: true }) filter: DocumentFilter | null,
    @Arg('orderBy', () => DocumentOrder, { defaultValue: DocumentOrder.TITLE }) orderBy: DocumentOrder,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = ctx.page(args);
    const f = filter ?? {};
    checkDocumentKind(f.kind, 'filter.kind');
    checkYears(f.yearFrom, f.yearTo);
    if (f.municipality) checkCode(f.municipality, 'filter.municipality');
    if (f.county) checkCode(f.county, 'filter.county', 'county');
    const lucene = f.text ? toLucene(parseQuery(f.text, 'filter.text')) : null;
    return toConnection(await ctx.services.documents.list({ filter: f, orderBy, lucene }, page), page);
  }

  @Query(() => Document, { nullable: true, description: 'NOT_FOUND when there is none.' })
  async document(@Arg('id', () => String) id: string, @Ctx() ctx: ApiContext) {
    const document = await ctx.services.documents.byId(id);
    if (!document) throw notFound(`No document with id "${id}".`);
    return document;
  }

  @FieldResolver(() => String, { description: 'The full text; empty for title-only documents. Plain text: render it as text.' })
  async text(@Root() document: Document, @Ctx() ctx: ApiContext) {
    return (await ctx.services.documents.textOf(document.id)).text;
  }

  @FieldResolver(() => [TextSection], { description: 'The text under its headings, in order.' })
  sections(@Root() document: Document, @Ctx() ctx: ApiContext) {
    return ctx.services.documents.sections(document.id);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The publishing municipality, if a municipality published it.' })
  municipality(@Root() document: Document, @Ctx() ctx: ApiContext) {
    return document.municipalityCode ? ctx.services.municipalities.byCode(document.municipalityCode) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The publishing organisation, if an organisation published it.' })
  organisation(@Root() document: Document, @Ctx() ctx: ApiContext) {
    return document.organisationId ? ctx.services.organisations.byId(document.organisationId) : null;
  }

  @FieldResolver(() => GoalConnection, { description: 'Its goals in the order they appear.' })
  async goals(@Root() document: Document, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(prefetched(document).goals ?? (await ctx.services.goals.ofDocument(document.id, page)), page);
  }

  @FieldResolver(() => [ThemeTag], { description: 'The themes it addresses, strongest first.' })
  themes(@Root() document: Document, @Ctx() ctx: ApiContext) {
    return ctx.services.documents.themes(document.id);
  }

  @FieldResolver(() => DocumentConnection, { description: 'Documents listed together with it (RELATED_TO, either direction), by title.' })
  async related(@Root() document: Document, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.documents.related(document.id, page), page);
  }

  @FieldResolver(() => ReusedPassagesConnection, { description: 'Documents sharing passages with this one, largest overlap first, with the passages side by side.' })
  async reusedPassages(@Root() document: Document, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = ctx.page(args);
    return toConnection(await ctx.services.documents.reusedPassages(document.id, page), page);
  }

  @FieldResolver(() => Int)
  async goalCount(@Root() document: Document, @Ctx() ctx: ApiContext) {
    return prefetched(document).goalCount ?? (await ctx.services.goals.ofDocument(document.id, { skip: 0, limit: 0 })).total;
  }
}
