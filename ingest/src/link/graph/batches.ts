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
  let next: Promise<T[]> | null = fetch('');
  while (next) {
    const rows: T[] = await next;
    next = rows.length === size ? fetch(rows[rows.length - 1]!.id) : null;
    if (rows.length) yield rows;
  }
}
