/**
 * Whole-graph aggregates (theme counts and coverage, every municipality's theme profile) and search results
 * cost tens to hundreds of milliseconds on a national graph but change only when documents are ingested.
 * They are kept here for a short time and shared by all requests; AGGREGATE_CACHE_MS = 0 turns this off.
 */
export class AggregateCache {
  private readonly entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    /** beyond this many entries the oldest is dropped (for caches keyed by user input, such as search results) */
    private readonly maxEntries = Number.POSITIVE_INFINITY,
  ) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.expires > this.now()) return entry.value as Promise<T>;
    const value = compute();
    if (this.ttlMs > 0) {
      for (const [k, e] of this.entries) if (e.expires <= this.now()) this.entries.delete(k);
      this.entries.set(key, { expires: this.now() + this.ttlMs, value });
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      // a failure (e.g. Neo4j down) must not be remembered
      value.catch(() => this.entries.delete(key));
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
