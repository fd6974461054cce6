/**
 * Bounded concurrency with a short queue: at most `maxConcurrent` holders at once, at most `maxQueue`
 * waiting (per class of work), none waiting longer than `maxWaitMs`. When the queue is full — or the work
 * ahead would keep a newcomer waiting longer than that anyway — a caller is refused at once (Overloaded),
 * never parked for seconds; an AbortSignal takes a waiting caller out of the queue.
 *
 * Work is light or heavy (a full-text search, a comparison: see src/load/cost.ts). Heavy work may hold at
 * most `maxHeavy` slots, so that the rest stay free for light work: a burst of slow searches (a cold Neo4j
 * plans them for seconds) never locks out the quick pages. Waiters are served in order, except that a heavy
 * one that may not start yet lets light ones behind it pass.
 */

export type OverloadReason = 'queue-full' | 'queue-wait';

export class Overloaded extends Error {
  override name = 'Overloaded';
  constructor(
    readonly reason: OverloadReason,
    /** a fair guess of when a retry has a chance, in whole seconds (for Retry-After) */
    readonly retryAfterSeconds: number,
  ) {
    super(reason === 'queue-full' ? 'the queue is full' : 'waited too long in the queue');
  }
}

export interface LimiterOptions {
  maxConcurrent: number;
  /** heavy holders allowed at once (default maxConcurrent: no difference between the classes) */
  maxHeavy?: number;
  /** callers of one class allowed to wait; 0 refuses as soon as no slot is free; Infinity never refuses */
  maxQueue: number;
  /** longest wait in the queue; Infinity waits until a slot frees or the signal aborts */
  maxWaitMs: number;
  now?: () => number;
}

export interface LimiterStats {
  /** holders allowed now */
  concurrency: number;
  active: number;
  activeHeavy: number;
  queued: number;
  /** admitted since creation */
  admitted: number;
  /** refused since creation, by reason */
  refused: Record<OverloadReason, number>;
  /** exponentially weighted mean time a slot is held, ms */
  meanHoldMs: number;
}

interface Waiter {
  heavy: boolean;
  grant: (release: () => void) => void;
  fail: (error: unknown) => void;
}

export class Limiter {
  private active = 0;
  private activeHeavy = 0;
  private readonly queue: Waiter[] = [];
  private admitted = 0;
  private readonly refused: Record<OverloadReason, number> = { 'queue-full': 0, 'queue-wait': 0 };
  private meanHoldMs = 0;
  private readonly now: () => number;
  /** the configured ceilings */
  private readonly ceiling: number;
  private readonly heavyCeiling: number;
  /** the current limits (resize() moves them below the ceilings) */
  private limit: number;
  private maxHeavy: number;

  constructor(private readonly options: LimiterOptions) {
    if (!(options.maxConcurrent >= 1)) throw new RangeError('maxConcurrent must be at least 1');
    this.ceiling = options.maxConcurrent;
    this.heavyCeiling = Math.max(1, Math.min(options.maxHeavy ?? options.maxConcurrent, options.maxConcurrent));
    this.limit = this.ceiling;
    this.maxHeavy = this.heavyCeiling;
    this.now = options.now ?? Date.now;
  }

  /** the number of holders allowed now */
  get concurrency(): number {
    return this.limit;
  }

  /** true while resize() holds the limit below maxConcurrent */
  get reduced(): boolean {
    return this.limit < this.ceiling;
  }

  /**
   * Changes how many holders are allowed (1 … maxConcurrent). Below maxConcurrent two slots are kept for light
   * work and heavy work gets at most half of the others (and none at a limit of two or less: while Neo4j is slow,
   * the slowest work waits). Holders above a lowered limit finish as they are.
   */
  resize(concurrency: number): void {
    this.limit = Math.max(1, Math.min(this.ceiling, Math.round(concurrency)));
    this.maxHeavy = this.limit === this.ceiling ? this.heavyCeiling : Math.min(this.heavyCeiling, Math.ceil(this.limit / 2), Math.max(0, this.limit - 2));
    this.next();
  }

  /** Resolves with a release function once a slot is free; rejects with Overloaded, or the signal's reason. */
  acquire(signal?: AbortSignal, heavy = false): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (heavy && this.maxHeavy === 0) {
      this.refused['queue-full']++;
      return Promise.reject(new Overloaded('queue-full', this.retryAfterSeconds()));
    }
    if (this.mayStart(heavy) && !this.queue.some((w) => w.heavy === heavy || !w.heavy)) return Promise.resolve(this.grant(heavy));
    // refuse at once when the queue is full, or when the work ahead would keep this caller waiting past maxWaitMs anyway
    const ahead = this.queue.filter((w) => w.heavy === heavy || !w.heavy).length;
    const slots = heavy ? Math.max(1, this.maxHeavy) : this.limit;
    if (this.queue.filter((w) => w.heavy === heavy).length >= this.options.maxQueue || this.expectedWaitMs(ahead + 1, slots) > this.options.maxWaitMs) {
      this.refused['queue-full']++;
      return Promise.reject(new Overloaded('queue-full', this.retryAfterSeconds()));
    }
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const leave = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        leave();
        reject(signal!.reason);
      };
      const waiter: Waiter = {
        heavy,
        grant: (release) => {
          leave();
          resolve(release);
        },
        fail: (error) => {
          leave();
          reject(error);
        },
      };
      this.queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (Number.isFinite(this.options.maxWaitMs)) {
        timer = setTimeout(() => {
          this.refused['queue-wait']++;
          waiter.fail(new Overloaded('queue-wait', this.retryAfterSeconds()));
        }, this.options.maxWaitMs);
        timer.unref?.();
      }
    });
  }

  /** Runs `work` in a slot. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal, heavy = false): Promise<T> {
    const release = await this.acquire(signal, heavy);
    try {
      return await work();
    } finally {
      release();
    }
  }

  stats(): LimiterStats {
    return {
      concurrency: this.limit,
      active: this.active,
      activeHeavy: this.activeHeavy,
      queued: this.queue.length,
      admitted: this.admitted,
      refused: { ...this.refused },
      meanHoldMs: Math.round(this.meanHoldMs),
    };
  }

  /** How long until the work ahead of a newcomer is likely done: queue and running work over the slots, at least 1 s. */
  retryAfterSeconds(): number {
    const ahead = this.active + this.queue.length;
    const seconds = (ahead * Math.max(this.meanHoldMs, 50)) / this.limit / 1000;
    return Math.min(30, Math.max(1, Math.ceil(seconds)));
  }

  private mayStart(heavy: boolean): boolean {
    return this.active < this.limit && (!heavy || this.activeHeavy < this.maxHeavy);
  }

  /** the expected wait of the caller at `position` among those it queues behind, from the mean time a slot is held */
  private expectedWaitMs(position: number, slots: number): number {
    if (this.meanHoldMs === 0) return 0;
    return Math.ceil(position / slots) * this.meanHoldMs;
  }

  private grant(heavy: boolean): () => void {
    this.active++;
    if (heavy) this.activeHeavy++;
    this.admitted++;
    const started = this.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      if (heavy) this.activeHeavy--;
      const held = this.now() - started;
      this.meanHoldMs = this.meanHoldMs === 0 ? held : this.meanHoldMs * 0.9 + held * 0.1;
      this.next();
    };
  }

  /** Starts waiters in order while slots are free; a heavy waiter that may not start yet lets light ones pass. */
  private next(): void {
    for (let i = 0; i < this.queue.length && this.active < this.limit; ) {
      const waiter = this.queue[i]!;
      if (!this.mayStart(waiter.heavy)) {
        i++;
        continue;
      }
      waiter.grant(this.grant(waiter.heavy)); // removes it from the queue
    }
  }
}
