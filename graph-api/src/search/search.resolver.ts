import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { PageArgs, toConnection } from '../pagination/connection.js';
import { checkCode, checkDocumentKind, checkYears } from '../validate.js';
import { badInput } from '../errors.js';
import { compileMatcher, findMatches, highlight, snippet, type Matcher } from './highlight.js';
import { parseQuery, toLucene } from './query.js';
import { SearchFilter } from './search.input.js';
import type { StoredHit, SearchQuery } from './search.service.js';
import { SearchFacets, SearchHit, SearchHitKind, SearchMode, SearchResults, type MatchReason } from './search.type.js';

/** SearchResults plus what the facets field needs to re-run the query. */
type Results = SearchResults & { request: SearchQuery };

const SNIPPET_LENGTH = 240;

@Resolver(() => SearchResults)
export class SearchResolver {
  @Query(() => SearchResults, {
    description:
      'Full-text search over documents (title and text) and goals with Swedish stemming, ranked by relevance. ' +
      'Syntax: words (all must match unless filter.mode is ANY), "exact phrases", prefix* (3+ letters). ' +
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
    const parsed = parseQuery(query);
    const request = { lucene: toLucene(parsed, f.mode ?? SearchMode.ALL), filter: f };
    const hits = await ctx.services.search.search(request, page);
    const matcher = compileMatcher(parsed);
    const items = hits.items.map((hit) => toSearchHit(hit, matcher));
    return { ...toConnection({ total: hits.total, items }, page), parsedQuery: parsed, request };
  }

  @FieldResolver(() => SearchFacets, { description: 'Counts over all hits, for narrowing the search.' })
  facets(@Root() results: Results, @Ctx() ctx: ApiContext) {
    return ctx.services.search.facets(results.request);
  }
}

/** Highlights a stored hit and explains it: which of the query's terms were found in which field. */
export function toSearchHit(hit: StoredHit, matcher: Matcher): SearchHit {
  const title = findMatches(hit.document.title, matcher);
  const why: MatchReason[] = [];
  if (title.terms.length) why.push({ field: 'title', terms: title.terms });
  let body: ReturnType<typeof highlight>;
  if (hit.kind === SearchHitKind.GOAL && hit.goal) {
    body = highlight(hit.goal.text, matcher, Number.MAX_SAFE_INTEGER);
    if (body.terms.length) why.push({ field: 'goal', terms: body.terms });
  } else {
    body = highlight(hit.text || hit.document.title, matcher, SNIPPET_LENGTH);
    if (hit.text && body.terms.length) why.push({ field: 'text', terms: body.terms });
  }
  return {
    kind: hit.kind,
    score: hit.score,
    document: hit.document,
    goal: hit.goal,
    title: snippet(hit.document.title, title.ranges, Number.MAX_SAFE_INTEGER),
    snippet: body.highlighted,
    matchedTerms: [...new Set(why.flatMap((w) => w.terms))],
    why,
  };
}
