/**
 * How search ranks: one Lucene query per search, BM25 over the full-text indexes, in which
 *  - every word, "phrase" and prefix* of the query is a clause of its own (any may match; in ALL mode
 *    every one must),
 *  - hits with all of them, with the words next to each other, or in the document title score extra,
 *  - the other labels of the concepts the query names (and, weaker, of their narrower concepts) are
 *    optional clauses with a lower weight, so that "fiber" also finds "bredband", below the texts that
 *    say "fiber";
 * then, in Cypher (search.service.ts), each index's scores are scaled by its best hit so documents and
 * goals compare, a document addressing a theme the query names is a hit by that too (ANY mode), and
 * every hit's score grows with how much its document addresses those themes:
 * score × (1 + theme · Σ weight × strength).
 *
 * The weights were chosen on the tuning queries of the development set (npm run eval:search); each
 * part's effect is in the eval's --ablation report. Every term that reaches Lucene is letters and digits only
 * (parseQuery, labelWords), so the query cannot fail to parse; the operators around them are ours.
 */
import { labelWords, type Expansion, type QueryConcepts } from './concepts.js';
import { escapeLucene, type ParsedQuery, type QueryMode } from './query.js';

export interface RankingWeights {
  /** boost of the query's clauses in the document title (0 = no title clause) */
  title: number;
  /** boost of a clause requiring all the query's words and phrases (queries of two or more) */
  allWords: number;
  /** boost of the query's words as a phrase with some slop (queries of two or more words) */
  phrase: number;
  /** words allowed between the query's words in that phrase */
  phraseSlop: number;
  /** boost of a named concept's other labels */
  expansion: number;
  /** boost of the labels of its narrower concepts (0 = not searched) */
  narrower: number;
  /** β in score × (1 + β · Σ theme weight × strength) */
  theme: number;
  /** scale each index's scores by its best score before documents and goals are merged */
  normalise: boolean;
  /** factor on goal hits' scores, after normalising */
  goal: number;
  /** score of a document that addresses a theme the query names, per unit of its theme weight, whether or not its text matches (0 = only text hits) */
  themeHits: number;
  /** the least theme weight that makes a document a hit by its theme */
  themeHitMin: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = {
  title: 1,
  allWords: 1,
  phrase: 1,
  phraseSlop: 3,
  expansion: 0.4,
  narrower: 0.2,
  theme: 2,
  normalise: true,
  goal: 1,
  themeHits: 0.4,
  themeHitMin: 0.5,
};

/** A boost as Lucene writes it: digits and a dot only. */
const boost = (value: number) => `^${Number(value.toFixed(3))}`;

/** A label or a query phrase as a Lucene clause: a word, or a quoted phrase of words. */
function termClause(text: string): string | null {
  const words = labelWords(text);
  if (words.length === 0) return null;
  return words.length === 1 ? escapeLucene(words[0]!) : `"${words.map(escapeLucene).join(' ')}"`;
}

function queryClauses(query: ParsedQuery): string[] {
  return [
    ...query.words.map((w) => escapeLucene(w)),
    ...query.phrases.map((p) => `"${escapeLucene(p)}"`),
    ...query.prefixes.map((p) => `${escapeLucene(p)}*`),
  ];
}

const group = (clauses: string[]) => (clauses.length === 1 ? clauses[0]! : `(${clauses.join(' ')})`);

function expansionClauses(expansion: Expansion, weights: RankingWeights): string[] {
  const out: string[] = [];
  const terms = expansion.terms.map(termClause).filter((c): c is string => c !== null);
  if (terms.length && weights.expansion > 0) out.push(`${group(terms)}${boost(weights.expansion)}`);
  const narrower = expansion.narrower.map(termClause).filter((c): c is string => c !== null);
  if (narrower.length && weights.narrower > 0) out.push(`${group(narrower)}${boost(weights.narrower)}`);
  return out;
}

/** The Lucene query of a search: the query's clauses (each required in ALL mode), then the optional boosts and expansions. */
export function searchLucene(query: ParsedQuery, mode: QueryMode, concepts: QueryConcepts, weights: RankingWeights = DEFAULT_WEIGHTS): string {
  const core = queryClauses(query);
  const required = mode === 'ALL' ? '+' : '';
  const parts = core.map((c) => required + c);
  if (weights.title > 0) parts.push(`title:${group(core)}${boost(weights.title)}`);
  if (core.length > 1 && weights.allWords > 0 && mode === 'ANY') parts.push(`(${core.map((c) => `+${c}`).join(' ')})${boost(weights.allWords)}`);
  if (query.words.length > 1 && weights.phrase > 0) {
    parts.push(`"${query.words.map(escapeLucene).join(' ')}"~${Math.max(0, Math.round(weights.phraseSlop))}${boost(weights.phrase)}`);
  }
  for (const expansion of concepts.expansions) parts.push(...expansionClauses(expansion, weights));
  return parts.join(' ');
}

