/** A search query's page of results: the stored hits it finds, highlighted and explained, and the query as read. */
import { findTheme } from '@strategigrafen/schema';
import { toConnection } from '../pagination/connection.js';
import type { PageRequest } from '../pagination/cursor.js';
import { compileMatcher, findMatches, merge, snippet, type Matcher, type Range } from './highlight.js';
import { labelWords, queryConcepts } from './concepts.js';
import { parseQuery, type ParsedQuery } from './query.js';
import { searchLucene } from './ranking.js';
import type { SearchFilter } from './search.input.js';
import type { SearchQuery, SearchService, StoredHit } from './search.service.js';
import { SearchHitKind, SearchMode, type MatchReason, type SearchHit, type SearchResults } from './search.type.js';

/** SearchResults plus what the facets field needs to re-run the query. */
export type Results = SearchResults & { request: SearchQuery };

const SNIPPET_LENGTH = 240;

const themeLabel = (id: string) => findTheme(id)?.labelSv ?? id;

/** The page, shared with the other requests for the same page of the same search during the cache period. */
export function searchResults(service: SearchService, query: string, f: SearchFilter, page: PageRequest): Promise<Results> {
  const parsed = parseQuery(query); // rejects what cannot be searched before anything is remembered
  return service.results.get(`page:${JSON.stringify([parsed, f, page])}`, () => resultsOf(service, parsed, f, page));
}

async function resultsOf(service: SearchService, parsed: ParsedQuery, f: SearchFilter, page: PageRequest): Promise<Results> {
  const concepts = queryConcepts(parsed);
  const request = {
    lucene: searchLucene(parsed, f.mode ?? SearchMode.ANY, concepts, service.weights),
    themes: concepts.themes,
    filter: f,
  };
  const hits = await service.search(request, page);
  // narrower concepts' labels are searched (and shown) only when the ranking weighs them
  const expanded = concepts.expansions.map((e) => ({ ...e, narrower: service.weights.narrower > 0 ? e.narrower : [] }));
  const matchers = { own: compileMatcher(parsed), synonyms: synonymMatcher(expanded) };
  const items = hits.items.map((hit) => toSearchHit(hit, matchers, themeLabel));
  const parsedQuery = {
    ...parsed,
    expanded,
    themes: concepts.themes.map((t) => ({ id: t.theme, label: themeLabel(t.theme), from: t.from, concept: t.concept })),
  };
  return { ...toConnection({ total: hits.total, items }, page), parsedQuery, request };
}

/** What to highlight in hits: the query's own terms, and the other labels of the concepts it named. */
export interface HitMatchers {
  own: Matcher;
  /** null when the query named no concept */
  synonyms: Matcher | null;
}

/** A matcher for the labels searched through the concept layer (single words and phrases). */
export function synonymMatcher(expansions: readonly { terms: string[]; narrower: string[] }[]): Matcher | null {
  const labels = expansions.flatMap((e) => [...e.terms, ...e.narrower]).map((label) => labelWords(label).join(' ')).filter(Boolean);
  if (labels.length === 0) return null;
  return compileMatcher({ words: labels.filter((l) => !l.includes(' ')), phrases: labels.filter((l) => l.includes(' ')), prefixes: [], ignored: [] });
}

/** Where the query's own terms and the concept labels occur in a text; the snippet is cut around the own terms when there are any. */
function matchIn(text: string, matchers: HitMatchers): { ranges: Range[]; anchors: Range[]; own: string[]; synonyms: string[] } {
  const own = findMatches(text, matchers.own);
  const synonyms = matchers.synonyms ? findMatches(text, matchers.synonyms) : { ranges: [], terms: [] };
  const ranges = merge([...own.ranges, ...synonyms.ranges]);
  return { ranges, anchors: own.ranges.length ? own.ranges : ranges, own: own.terms, synonyms: synonyms.terms.map((t) => t.replace(/^"|"$/g, '')) };
}

/**
 * Highlights a stored hit and explains it: which of the query's terms were found in which field, which
 * labels of the concepts it named (field "concept"), and which of its themes the document addresses (field "theme").
 */
export function toSearchHit(hit: StoredHit, matchers: HitMatchers, themeLabel: (id: string) => string = (id) => id): SearchHit {
  const title = matchIn(hit.document.title, matchers);
  const why: MatchReason[] = [];
  if (title.own.length) why.push({ field: 'title', terms: title.own });
  const isGoal = hit.kind === SearchHitKind.GOAL && hit.goal !== null;
  const text = isGoal ? hit.goal!.text : hit.text || hit.document.title;
  const body = matchIn(text, matchers);
  if (body.own.length && (isGoal || hit.text)) why.push({ field: isGoal ? 'goal' : 'text', terms: body.own });
  const synonyms = [...new Set([...title.synonyms, ...(isGoal || hit.text ? body.synonyms : [])])];
  if (synonyms.length) why.push({ field: 'concept', terms: synonyms });
  if (hit.themes.length) why.push({ field: 'theme', terms: hit.themes.map(themeLabel) });
  return {
    kind: hit.kind,
    score: hit.score,
    document: hit.document,
    goal: hit.goal,
    title: snippet(hit.document.title, title.ranges, Number.MAX_SAFE_INTEGER),
    snippet: snippet(text, body.ranges, isGoal ? Number.MAX_SAFE_INTEGER : SNIPPET_LENGTH, body.anchors),
    matchedTerms: [...new Set([...title.own, ...body.own])],
    why,
  };
}
