import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestDeadline, DeadlineExceeded } from './deadline.js';
import { Limiter, Overloaded } from './limiter.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('Limiter', () => {
  it('never lets more than maxConcurrent in, and admits waiters in order as slots free', async () => {
    const limiter = new Limiter({ maxConcurrent: 2, maxQueue: 10, maxWaitMs: Number.POSITIVE_INFINITY });
    const order: number[] = [];
    let running = 0;
    let peak = 0;
    const job = (id: number) =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await settle();
        order.push(id);
        running--;
      });
    await Promise.all([1, 2, 3, 4, 5].map(job));
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(limiter.stats()).toMatchObject({ active: 0, queued: 0, admitted: 5 });
  });

  it('refuses at once when the queue is full, with a Retry-After guess', async () => {
    const limiter = new Limiter({ maxConcurrent: 1, maxQueue: 1, maxWaitMs: Number.POSITIVE_INFINITY });
    const release = await limiter.acquire();
    const waiting = limiter.acquire();
    const started = Date.now();
    const refused = await limiter.acquire().catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(50);
    expect(refused).toBeInstanceOf(Overloaded);
    expect((refused as Overloaded).reason).toBe('queue-full');
    expect((refused as Overloaded).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    release();
    (await waiting)();
    expect(limiter.stats()).toMatchObject({ active: 0, queued: 0, refused: { 'queue-full': 1, 'queue-wait': 0 } });
  });

  it('gives up on a waiter after maxWaitMs, and takes aborted waiters out of the queue', async () => {
    vi.useFakeTimers();
    const limiter = new Limiter({ maxConcurrent: 1, maxQueue: 5, maxWaitMs: 1000 });
    const release = await limiter.acquire();
    const late = limiter.acquire().catch((e: unknown) => e);
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal).catch((e: unknown) => e);
    expect(limiter.stats().queued).toBe(2);
    controller.abort(new Error('client left'));
    expect(await aborted).toEqual(new Error('client left'));
    expect(limiter.stats().queued).toBe(1);
    vi.advanceTimersByTime(1000);
    const error = await late;
    expect(error).toBeInstanceOf(Overloaded);
    expect((error as Overloaded).reason).toBe('queue-wait');
    release();
    expect(limiter.stats()).toMatchObject({ active: 0, queued: 0 });
  });

  it('refuses a newcomer at once when the work ahead would outlast maxWaitMs', async () => {
    let now = 0;
    const limiter = new Limiter({ maxConcurrent: 1, maxQueue: 100, maxWaitMs: 1000, now: () => now });
    // a slot held for 600 ms teaches the limiter how long work takes
    const first = await limiter.acquire();
    now = 600;
    first();
    const holding = await limiter.acquire();
    const second = limiter.acquire(); // expected wait 600 ms: queued
    const refused = await limiter.acquire().catch((e: unknown) => e); // expected wait 1200 ms: refused now
    expect(refused).toBeInstanceOf(Overloaded);
    expect((refused as Overloaded).reason).toBe('queue-full');
    holding();
    (await second)();
  });

  it('ignores a second release of the same slot', async () => {
    const limiter = new Limiter({ maxConcurrent: 1, maxQueue: 0, maxWaitMs: 0 });
    const release = await limiter.acquire();
    release();
    release();
    expect(limiter.stats().active).toBe(0);
    const again = await limiter.acquire();
    await expect(limiter.acquire()).rejects.toBeInstanceOf(Overloaded);
    again();
  });
});

describe('RequestDeadline', () => {
  it('aborts its signal when the time is up, and counts down until then', async () => {
    vi.useFakeTimers();
    const deadline = new RequestDeadline(500);
    expect(deadline.expired).toBe(false);
    vi.advanceTimersByTime(200);
    expect(deadline.remainingMs()).toBe(300);
    vi.advanceTimersByTime(300);
    expect(deadline.expired).toBe(true);
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineExceeded);
  });

  it('takes a waiting request out of a limiter\'s queue when it expires', async () => {
    vi.useFakeTimers();
    const limiter = new Limiter({ maxConcurrent: 1, maxQueue: 5, maxWaitMs: Number.POSITIVE_INFINITY });
    const release = await limiter.acquire();
    const deadline = new RequestDeadline(100);
    const waiting = limiter.acquire(deadline.signal).catch((e: unknown) => e);
    vi.advanceTimersByTime(100);
    expect(await waiting).toBeInstanceOf(DeadlineExceeded);
    expect(limiter.stats().queued).toBe(0);
    release();
  });

  it('does nothing once disposed', () => {
    vi.useFakeTimers();
    const deadline = new RequestDeadline(100);
    deadline.dispose();
    vi.advanceTimersByTime(200);
    expect(deadline.signal.aborted).toBe(false);
  });
});

describe('Limiter with heavy work', () => {
  it('keeps slots for light work when heavy work holds its share', async () => {
    const limiter = new Limiter({ maxConcurrent: 3, maxHeavy: 2, maxQueue: 5, maxWaitMs: Number.POSITIVE_INFINITY });
    const heavy1 = await limiter.acquire(undefined, true);
    const heavy2 = await limiter.acquire(undefined, true);
    let third = false;
    const heavy3 = limiter.acquire(undefined, true).then((release) => ((third = true), release));
    // a light caller passes the waiting heavy one and takes the kept slot at once
    const light = await limiter.acquire();
    expect(limiter.stats()).toMatchObject({ active: 3, activeHeavy: 2, queued: 1 });
    light();
    await settle();
    expect(third).toBe(false); // still two heavy holders
    heavy1();
    const release3 = await heavy3;
    expect(limiter.stats()).toMatchObject({ active: 2, activeHeavy: 2, queued: 0 });
    heavy2();
    release3();
  });

  it('queues light work in order behind light work, and counts each class\'s queue on its own', async () => {
    const limiter = new Limiter({ maxConcurrent: 1, maxHeavy: 1, maxQueue: 1, maxWaitMs: Number.POSITIVE_INFINITY });
    const holder = await limiter.acquire();
    const heavyWaiting = limiter.acquire(undefined, true);
    const lightWaiting = limiter.acquire();
    await expect(limiter.acquire(undefined, true)).rejects.toBeInstanceOf(Overloaded);
    await expect(limiter.acquire()).rejects.toBeInstanceOf(Overloaded);
    holder();
    // the heavy waiter came first and may start: it does
    const heavy = await heavyWaiting;
    heavy();
    (await lightWaiting)();
  });
});

describe('resizing and AdaptiveConcurrency', () => {
  it('lets a lowered limit take effect as holders finish, and a raised one at once', async () => {
    const limiter = new Limiter({ maxConcurrent: 4, maxHeavy: 2, maxQueue: 10, maxWaitMs: Number.POSITIVE_INFINITY });
    const held = await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    limiter.resize(2);
    expect(limiter.stats()).toMatchObject({ concurrency: 2, active: 3 });
    const waiting = limiter.acquire();
    held[0]!();
    await settle();
    expect(limiter.stats()).toMatchObject({ active: 2, queued: 1 }); // still at the new limit: the waiter waits
    held[1]!();
    const started = await waiting;
    expect(limiter.stats()).toMatchObject({ active: 2, queued: 0 });
    held[2]!();
    expect(limiter.stats()).toMatchObject({ active: 1 });
    // at two slots both are kept for light work: heavy work is refused at once
    await expect(limiter.acquire(undefined, true)).rejects.toBeInstanceOf(Overloaded);
    limiter.resize(3); // one for heavy work
    const heavy = await limiter.acquire(undefined, true);
    let second = false;
    void limiter.acquire(undefined, true).then((release) => ((second = true), release()));
    await settle();
    expect(second).toBe(false);
    limiter.resize(4); // back at the ceiling: maxHeavy, 2
    await settle();
    expect(second).toBe(true);
    heavy();
    started();
  });

  it('halves the limit when Neo4j struggles and raises it by one per clean answer', async () => {
    const { AdaptiveConcurrency, outcomeOf } = await import('./adaptive.js');
    const limiter = new Limiter({ maxConcurrent: 8, maxQueue: 0, maxWaitMs: 0 });
    const adaptive = new AdaptiveConcurrency(limiter, 8);
    adaptive.record(outcomeOf(['SERVICE_UNAVAILABLE']));
    expect(limiter.concurrency).toBe(4);
    adaptive.record(outcomeOf(['QUERY_TIMEOUT']));
    adaptive.record(outcomeOf(['QUERY_TIMEOUT']));
    expect(limiter.concurrency).toBe(2); // never below 2
    adaptive.record(outcomeOf(['SERVICE_OVERLOADED'])); // the API's own refusals say nothing about Neo4j
    expect(limiter.concurrency).toBe(2);
    for (let i = 0; i < 10; i++) adaptive.record(outcomeOf(i % 2 ? [] : ['NOT_FOUND']));
    expect(limiter.concurrency).toBe(8); // and never above the ceiling
  });
});
