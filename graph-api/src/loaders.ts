/**
 * Per-request DataLoaders. Sibling fields asking for the same kind of data with the same arguments
 * (e.g. the documents of 20 municipalities, first: 5) share one loader and so one database round trip.
 */
import DataLoader from 'dataloader';

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /**
   * The loader for `name` with these arguments, created on first use.
   * `batch` gets the distinct keys and must return one value per key, in order.
   */
  get<K, V>(name: string, args: unknown, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    const id = `${name}:${JSON.stringify(args ?? null)}`;
    let loader = this.loaders.get(id) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, { cacheKeyFn: (key) => (typeof key === 'string' ? key : JSON.stringify(key)), maxBatchSize: 1000 });
      this.loaders.set(id, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows to match keys, as DataLoader requires. */
export function byKey<K, R, V = R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K, missing: V, value: (row: R) => V = (row) => row as unknown as V): V[] {
  const index = new Map<string, V>();
  for (const row of rows) index.set(JSON.stringify(keyOf(row)), value(row));
  return keys.map((key) => index.get(JSON.stringify(key)) ?? missing);
}
