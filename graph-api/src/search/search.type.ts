import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../pagination/connection.js';
import { Document } from '../document/document.type.js';
import { Goal } from '../goal/goal.type.js';

export enum SearchHitKind {
  DOCUMENT = 'DOCUMENT',
  GOAL = 'GOAL',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind', description: 'What a search hit is.' });

export enum SearchMode {
  ALL = 'ALL',
  ANY = 'ANY',
}
registerEnumType(SearchMode, {
  name: 'SearchMode',
  description: 'How the words of a query combine.',
  valuesConfig: {
    ALL: { description: 'Every word or phrase must match, as written (synonyms only rank).' },
    ANY: { description: 'Any word or phrase may match (default); hits with more of them, or with them together, rank higher.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A character range [start, end) in a text, in UTF-16 code units (JavaScript string indices).' })
export class TextRange {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Plain text plus the ranges to highlight. Never HTML: render the text as text and wrap the ranges yourself.' })
export class HighlightedText {
  @Field(() => String)
  text!: string;

  @Field(() => [TextRange], { description: 'Non-overlapping, in order.' })
  highlights!: TextRange[];

  @Field(() => Boolean, { description: 'True when text was cut at the start (show an ellipsis).' })
  truncatedStart!: boolean;

  @Field(() => Boolean, { description: 'True when text was cut at the end.' })
  truncatedEnd!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'Why a hit matched: which query terms were found in which field, which synonyms, which themes.' })
export class MatchReason {
  @Field(() => String, {
    description:
      'title, text (document body) or goal: the query\'s own words and phrases found there; ' +
      'concept: other labels of a concept the query named (parsedQuery.expanded) found in the hit; ' +
      'theme: themes the query named (parsedQuery.themes) that the document addresses.',
  })
  field!: string;

  @Field(() => [String], { description: 'Query words and phrases as the user wrote them, the concept labels found, or the theme labels.' })
  terms!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A document or goal matching a search.' })
export class SearchHit {
  @Field(() => SearchHitKind)
  kind!: SearchHitKind;

  @Field(() => Float, { description: 'Relevance, for ordering: the full-text score (BM25 with boosts, each index scaled by its best hit), plus a share for a document addressing a theme the query names, raised by how much the document addresses those themes. Comparable within one search only.' })
  score!: number;

  @Field(() => Document, { description: 'The matching document, or the document a matching goal stands in.' })
  document!: Document;

  @Field(() => Goal, { nullable: true, description: 'The matching goal, for GOAL hits.' })
  goal!: Goal | null;

  @Field(() => HighlightedText, { description: 'The document title, highlighted.' })
  title!: HighlightedText;

  @Field(() => HighlightedText, { description: 'The goal text, or the best passage of the document text, highlighted.' })
  snippet!: HighlightedText;

  @Field(() => [String], { description: 'The query\'s own words and phrases found in the hit (synonyms found are in why, field concept).' })
  matchedTerms!: string[];

  @Field(() => [MatchReason])
  why!: MatchReason[];
}

@ObjectType({ simpleResolvers: true })
export class SearchHitEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => SearchHit)
  node!: SearchHit;
}

@ObjectType({ simpleResolvers: true, description: 'A concept of the thesaurus that a query named, and the other labels searched for it (ranked below exact matches).' })
export class ConceptExpansion {
  @Field(() => String, { description: 'The concept id, e.g. broadband.' })
  concept!: string;

  @Field(() => String, { description: 'The concept\'s preferred Swedish label, e.g. bredband.' })
  label!: string;

  @Field(() => String, { description: 'The words of the query that named it, as parsed, e.g. fiber.' })
  from!: string;

  @Field(() => [String], { description: 'The concept\'s labels searched besides the query\'s own words.' })
  terms!: string[];

  @Field(() => [String], { description: 'Labels of narrower concepts also searched, with a lower weight (empty when they are not).' })
  narrower!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A theme the query names, directly or through a concept; documents addressing it rank higher.' })
export class QueryTheme {
  @Field(() => String, { description: 'Theme id.' })
  id!: string;

  @Field(() => String, { description: 'Swedish label of the theme.' })
  label!: string;

  @Field(() => String, { description: 'The words of the query that named it.' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'The concept that led to the theme; null when the words are one of the theme\'s own terms.' })
  concept!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'How the query was read, so the UI can show what was searched for.' })
export class ParsedQuery {
  @Field(() => [String], { description: 'Single words.' })
  words!: string[];

  @Field(() => [String], { description: '"Quoted phrases".' })
  phrases!: string[];

  @Field(() => [String], { description: 'Prefixes written as word*.' })
  prefixes!: string[];

  @Field(() => [String], { description: 'Parts of the input that were ignored (operators, stray punctuation).' })
  ignored!: string[];

  @Field(() => [ConceptExpansion], { description: 'Concepts the query named, whose other labels were searched too.' })
  expanded!: ConceptExpansion[];

  @Field(() => [QueryTheme], { description: 'Themes the query named; documents addressing them rank higher.' })
  themes!: QueryTheme[];
}

@ObjectType({ simpleResolvers: true, description: 'One value of a facet and how many hits have it.' })
export class FacetValue {
  @Field(() => String, { description: 'Filter value: a code, id, kind or year.' })
  value!: string;

  @Field(() => String, { description: 'Display label.' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts of all hits (not only this page) by county, municipality, theme, document kind and year.' })
export class SearchFacets {
  @Field(() => [FacetValue])
  kinds!: FacetValue[];

  @Field(() => [FacetValue])
  counties!: FacetValue[];

  @Field(() => [FacetValue])
  municipalities!: FacetValue[];

  @Field(() => [FacetValue])
  themes!: FacetValue[];

  @Field(() => [FacetValue])
  documentKinds!: FacetValue[];

  @Field(() => [FacetValue])
  years!: FacetValue[];
}

@ObjectType({ simpleResolvers: true, description: 'Ranked search hits.' })
export class SearchResults {
  @Field(() => [SearchHitEdge])
  edges!: SearchHitEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All hits (capped at 1000 per kind).' })
  totalCount!: number;

  @Field(() => ParsedQuery)
  parsedQuery!: ParsedQuery;
}
