/**
 * Per-query score accumulators: an open-addressing hash table from goal index to a running sum.
 * A query touches a few thousand goals out of hundreds of thousands; keeping their sums in a table
 * sized for the query (not for the collection) keeps it in the CPU cache, so the cost of a query does
 * not grow with the collection.
 */
export class Accumulator {
  /** goal index + 1 per slot; 0 = empty */
  private readonly keys: Int32Array;
  /** the running sum per slot: NaN when just inserted, -Infinity when the goal is excluded */
  readonly values: Float64Array;
  /** the occupied slots, in insertion order */
  readonly used: Int32Array;
  size = 0;
  private readonly mask: number;
  private readonly shift: number;

  /** `capacity`: the most goals one query can touch (the table keeps a load factor ≤ 1/2) */
  constructor(capacity: number) {
    const bits = Math.max(6, Math.ceil(Math.log2(2 * Math.max(1, capacity))));
    this.keys = new Int32Array(1 << bits);
    this.values = new Float64Array(1 << bits);
    this.used = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** The slot of `goal`, inserted (value NaN) when absent. */
  slot(goal: number): number {
    let slot = Math.imul(goal + 1, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = this.keys[slot]!;
      if (key === goal + 1) return slot;
      if (key === 0) {
        this.keys[slot] = goal + 1;
        this.values[slot] = NaN;
        this.used[this.size++] = slot;
        return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  goalAt(slot: number): number {
    return this.keys[slot]! - 1;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.keys[this.used[i]!] = 0;
    this.size = 0;
  }
}
