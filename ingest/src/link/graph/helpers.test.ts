import { describe, expect, it } from 'vitest';
import { batches, writeConcurrently } from './helpers.js';

describe('batches', () => {
  it('splits a list into slices of at most n', () => {
    expect([...batches([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...batches([], 3)]).toEqual([]);
  });
});

describe('writeConcurrently', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('writes every batch with at most `concurrency` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const written: number[] = [];
    const count = await writeConcurrently([1, 2, 3, 4, 5, 6, 7], async (batch) => {
      most = Math.max(most, ++inFlight);
      await sleep(5 + (batch % 3));
      written.push(batch);
      inFlight--;
    });
    expect(count).toBe(7);
    expect(most).toBe(2);
    expect(written.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stops taking batches after a failure and rethrows it once the others have settled', async () => {
    const started: number[] = [];
    let settled = 0;
    const run = writeConcurrently([1, 2, 3, 4, 5, 6], async (batch) => {
      started.push(batch);
      await sleep(batch === 2 ? 1 : 10);
      settled++;
      if (batch === 2) throw new Error('batch 2 failed');
    });
    await expect(run).rejects.toThrow('batch 2 failed');
    expect(started.length).toBeLessThan(6);
    expect(settled).toBe(started.length);
  });
});
