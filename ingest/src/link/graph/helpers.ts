import type { Graph } from '@strategigrafen/graph-db';
import neo4j, { type Integer } from 'neo4j-driver';

/** neo4j-driver sends JS numbers as floats; LIMIT and SKIP need integers. */
export function int(value: number): Integer {
  return neo4j.int(value);
}

/** Splits a list into batches for UNWIND statements. */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Keyset pagination over rows ordered by a unique `id`: `fetch(after)` returns up to `size` rows with
 * ids greater than `after`. The next page is requested before the current one is handed out, so the
 * database reads while the caller computes.
 */
export async function* pages<T extends { id: string }>(fetch: (after: string) => Promise<T[]>, size: number): AsyncGenerator<T[]> {
  // a prefetched page that fails while the caller is busy must not count as an unhandled rejection;
  // awaiting it below still throws
  const request = (after: string) => {
    const page = fetch(after);
    page.catch(() => undefined);
    return page;
  };
  let next: Promise<T[]> | null = request('');
  while (next) {
    const rows: T[] = await next;
    next = rows.length === size ? request(rows[rows.length - 1]!.id) : null;
    if (rows.length) yield rows;
  }
}

/** How many relationships of a type exist (answered from the count store, instantly). */
export async function countRelationships(graph: Graph, type: 'SIMILAR_TO' | 'REUSES'): Promise<number> {
  const [row] = await graph.read<{ n: number }>(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
  return row?.n ?? 0;
}

/**
 * Runs `write` for every batch with up to `concurrency` transactions in flight, so that Neo4j uses
 * more than one core while this process prepares the next batches. The batches must not depend on
 * each other; a transaction that deadlocks with another is retried by the driver. Rethrows the first
 * failure once the transactions in flight have settled. Batches that take long to compute should come
 * from an async iterable that yields the event loop now and then: a transaction's round trips (begin,
 * run, commit) wait for it.
 */
export async function writeConcurrently<T>(batches: Iterable<T> | AsyncIterable<T>, write: (batch: T) => Promise<unknown>, concurrency = 2): Promise<number> {
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  let count = 0;
  for await (const batch of batches) {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) break;
    const pending: Promise<void> = write(batch).then(
      () => void inFlight.delete(pending),
      (error: unknown) => {
        failure ??= { error };
        inFlight.delete(pending);
      },
    );
    inFlight.add(pending);
    count++;
  }
  await Promise.all(inFlight);
  if (failure) throw (failure as { error: unknown }).error;
  return count;
}
