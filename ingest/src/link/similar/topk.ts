/**
 * Keeps the `capacity` largest keys seen (a bounded min-heap), for choosing a few best candidates out
 * of thousands without sorting them all.
 */
export class TopK {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** Offers a value; ties with the current minimum are not admitted (the earlier offer stays). */
  offer(key: number, value: number): void {
    if (this.size === this.capacity) {
      if (this.capacity === 0 || key <= this.keys[0]!) return;
    } else {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.keys[parent]! <= key) break;
        this.keys[i] = this.keys[parent]!;
        this.values[i] = this.values[parent]!;
        i = parent;
      }
      this.keys[i] = key;
      this.values[i] = value;
      return;
    }
    // replace the minimum and sift down
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.keys[right]! < this.keys[left]! ? right : left;
      if (this.keys[child]! >= key) break;
      this.keys[i] = this.keys[child]!;
      this.values[i] = this.values[child]!;
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** The kept values, in no particular order. */
  items(): number[] {
    return Array.from(this.values.subarray(0, this.size));
  }
}
