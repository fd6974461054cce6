import { distinctShingles } from './shingles.js';

/**
 * Boilerplate is text that many publishers share: letterheads, legal phrases, "Antagen av
 * kommunfullmäktige …". A shingle (or a whole paragraph) counts as boilerplate when more publishers
 * use it than max(5, 2 % of all publishers) — 6 of 290 municipalities. Counting publishers rather
 * than documents keeps a municipality's own template (in all thirty of its documents) from hiding a
 * passage that one other municipality copied.
 */
export function boilerplateLimit(ownerCount: number, options: { minOwners?: number; ownerFraction?: number } = {}): number {
  const minOwners = options.minOwners ?? 5;
  const fraction = options.ownerFraction ?? 0.02;
  return Math.max(minOwners, Math.ceil(fraction * ownerCount));
}

/**
 * The shingles used by more than `maxOwners` publishers. `byOwner` holds, per publisher, the shingle
 * hashes of each of its documents. Memory stays proportional to the distinct shingles: one sort, no hash map.
 */
export function frequentShingles(byOwner: Iterable<Float64Array[]>, maxOwners: number): Set<number> {
  const perOwner: Float64Array[] = [];
  let total = 0;
  for (const documents of byOwner) {
    const merged = documents.length === 1 ? distinctShingles(documents[0]!) : distinctShingles(concat(documents));
    perOwner.push(merged);
    total += merged.length;
  }
  const all = new Float64Array(total);
  let offset = 0;
  for (const set of perOwner) {
    all.set(set, offset);
    offset += set.length;
  }
  all.sort();
  const frequent = new Set<number>();
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i > maxOwners) frequent.add(all[i]!);
    i = j;
  }
  return frequent;
}

function concat(arrays: Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}
