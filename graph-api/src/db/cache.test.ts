import { describe, expect, it } from 'vitest';
import { AggregateCache } from './cache.js';

describe('AggregateCache', () => {
  it('computes once within the time to live, again after it', async () => {
    let now = 0;
    let computed = 0;
    const cache = new AggregateCache(1000, () => now);
    const compute = async () => ++computed;
    expect(await cache.get('k', compute)).toBe(1);
    now = 999;
    expect(await cache.get('k', compute)).toBe(1);
    now = 1000;
    expect(await cache.get('k', compute)).toBe(2);
    expect(await cache.get('other', compute)).toBe(3);
  });

  it('shares one computation between concurrent callers and forgets failures', async () => {
    const cache = new AggregateCache(1000, () => 0);
    let calls = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 5));
    expect(await Promise.all([cache.get('k', slow), cache.get('k', slow)])).toEqual([1, 1]);
    await expect(cache.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('bad', async () => 'recovered')).toBe('recovered');
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = new AggregateCache(1000, () => 0, 2);
    let calls = 0;
    const compute = async () => ++calls;
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('c', compute);
    expect(await cache.get('b', compute)).toBe(2);
    expect(await cache.get('a', compute)).toBe(4);
  });

  it('does not cache with a time to live of 0', async () => {
    let calls = 0;
    const cache = new AggregateCache(0);
    await cache.get('k', async () => ++calls);
    await cache.get('k', async () => ++calls);
    expect(calls).toBe(2);
  });
});
