/**
 * Adapts how many operations run at once to how Neo4j copes (additive increase, multiplicative decrease):
 * an operation that timed out, or found Neo4j unreachable, halves the admission limit (down to `min`); each one
 * answered cleanly raises it by one again (up to the configured MAX_CONCURRENT_REQUESTS).
 *
 * After a restart Neo4j must plan and compile every query again, which on a small machine takes seconds each:
 * a full complement of such queries at once makes each of them slower and none finish. Starting again with a
 * few lets the first answers come within seconds, and the limit is back at its ceiling after a handful of them.
 * Under plain overload nothing times out, so the limit stays where it is and the queue does the work.
 */
import type { Limiter } from './limiter.js';

export type Outcome = 'clean' | 'struggling' | 'neutral';

export class AdaptiveConcurrency {
  private readonly min: number;

  constructor(
    private readonly limiter: Limiter,
    private readonly max: number,
    min = 2,
  ) {
    this.min = Math.max(1, Math.min(min, max));
  }

  record(outcome: Outcome): void {
    const now = this.limiter.concurrency;
    if (outcome === 'clean' && now < this.max) this.limiter.resize(now + 1);
    else if (outcome === 'struggling' && now > this.min) this.limiter.resize(Math.max(this.min, Math.floor(now / 2)));
  }
}

/** What an answered operation says about Neo4j: timeouts and unavailability mean it struggles; refusals by the API itself say nothing. */
export function outcomeOf(codes: readonly string[]): Outcome {
  if (codes.some((c) => c === 'QUERY_TIMEOUT' || c === 'SERVICE_UNAVAILABLE')) return 'struggling';
  if (codes.includes('SERVICE_OVERLOADED') || codes.includes('INTERNAL_SERVER_ERROR')) return 'neutral';
  return 'clean';
}
