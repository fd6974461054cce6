/**
 * Scores similar-goal linking on labelled pairs: for each "similar" pair, the rank of each goal in the
 * other's candidate list (the better of the two directions, as links are undirected), giving hit@1,
 * hit@5 and MRR; for each "hard-negative" pair, whether the linker would link it.
 */
import type { Split } from '../labels.js';
import type { Pair } from './pairs.js';

export interface PairOutcome {
  pair: Pair;
  split: Split;
  /** 1-based rank of the counterpart, the better direction; null when not among the candidates */
  rank: number | null;
  linked: boolean;
}

export interface SimilarFigures {
  similar: number;
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  /** similar pairs the linker would store */
  similarLinked: number;
  hardNegatives: number;
  hardNegativesLinked: number;
}

export function similarFigures(outcomes: readonly PairOutcome[]): SimilarFigures {
  const similar = outcomes.filter((o) => o.pair.kind === 'similar');
  const negatives = outcomes.filter((o) => o.pair.kind === 'hard-negative');
  const share = (n: number, of: number) => (of ? n / of : 0);
  return {
    similar: similar.length,
    hitAt1: share(similar.filter((o) => o.rank === 1).length, similar.length),
    hitAt5: share(similar.filter((o) => o.rank !== null && o.rank <= 5).length, similar.length),
    mrr: share(similar.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0), similar.length),
    similarLinked: share(similar.filter((o) => o.linked).length, similar.length),
    hardNegatives: negatives.length,
    hardNegativesLinked: negatives.filter((o) => o.linked).length,
  };
}
