import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { PageArgs } from '../pagination/connection.js';
import { checkCode, checkDocumentKind, checkYears } from '../validate.js';
import { badInput } from '../errors.js';
import { searchResults, type Results } from './results.js';
import { SearchFilter } from './search.input.js';
import { SearchFacets, SearchResults } from './search.type.js';

@Resolver(() => SearchResults)
export class SearchResolver {
  @Query(() => SearchResults, {
    description:
      'Full-text search over documents (title and text) and goals with Swedish stemming, ranked by relevance. ' +
      'Syntax: words (any may match unless filter.mode is ALL; hits with all of them, with them together or in the title rank higher), ' +
      '"exact phrases", prefix* (3+ letters). Words that name a concept of the thesaurus also find its synonyms, ranked below exact matches, ' +
      'and documents addressing the themes the query names rank higher (parsedQuery.expanded, parsedQuery.themes). ' +
      'Anything else — field:, brackets, ~, ^, AND/OR/NOT — is ignored and reported in parsedQuery.ignored.',
  })
  async search(
    @Arg('query', () => String) query: string,
    @Arg('filter', () => SearchFilter, { nullable: true }) filter: SearchFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<Results> {
    const page = ctx.page(args);
    const f = filter ?? {};
    if (f.kinds && f.kinds.length === 0) throw badInput('filter.kinds is empty; leave it out to get documents and goals.', 'filter.kinds');
    checkDocumentKind(f.documentKind, 'filter.documentKind');
    checkYears(f.yearFrom, f.yearTo);
    if (f.municipality) checkCode(f.municipality, 'filter.municipality');
    if (f.county) checkCode(f.county, 'filter.county', 'county');
    return searchResults(ctx.services.search, query, f, page);
  }

  @FieldResolver(() => SearchFacets, { description: 'Counts over all hits, for narrowing the search.' })
  facets(@Root() results: Results, @Ctx() ctx: ApiContext) {
    return ctx.services.search.facets(results.request);
  }
}
