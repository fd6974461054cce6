/**
 * What the API has lately seen of Neo4j, shared by every reader of one Graph: when it was last
 * unreachable. A query that times out shortly after an outage ran on a database that is still cold
 * (caches empty, indexes loading) and is reported as such, not as a query to narrow down.
 */
import type { Graph } from '@strategigrafen/graph-db';

/** how long after the last failure to reach Neo4j a timeout still counts as its warm-up */
export const WARM_UP_WINDOW_MS = 60_000;

export class DatabaseHealth {
  private lastUnreachableAt = Number.NEGATIVE_INFINITY;
  private lastAnswerAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = Date.now) {}

  unreachable(): void {
    this.lastUnreachableAt = this.now();
  }

  answered(): void {
    this.lastAnswerAt = this.now();
  }

  /** the last thing seen of Neo4j was a failure to reach it (no answer since) */
  get down(): boolean {
    return this.lastUnreachableAt > this.lastAnswerAt;
  }

  /** Neo4j was unreachable within the warm-up window */
  get warmingUp(): boolean {
    return this.now() - this.lastUnreachableAt < WARM_UP_WINDOW_MS;
  }

  snapshot(): { lastUnreachableAt: number | null; lastAnswerAt: number | null } {
    const finite = (t: number) => (Number.isFinite(t) ? t : null);
    return { lastUnreachableAt: finite(this.lastUnreachableAt), lastAnswerAt: finite(this.lastAnswerAt) };
  }
}

const byGraph = new WeakMap<Graph, DatabaseHealth>();

export function healthOf(graph: Graph): DatabaseHealth {
  let health = byGraph.get(graph);
  if (!health) {
    health = new DatabaseHealth();
    byGraph.set(graph, health);
  }
  return health;
}
