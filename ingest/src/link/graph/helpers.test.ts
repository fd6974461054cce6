import { describe, expect, it } from 'vitest';
import { batches, pages, writeConcurrently } from './helpers.js';

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

describe('pages', () => {
  const rows = Array.from({ length: 7 }, (_, i) => ({ id: `id-${i}` }));
  const fetchAfter = (requests: string[]) => async (after: string) => {
    requests.push(after);
    return rows.filter((r) => r.id > after).slice(0, 3);
  };

  it('walks every row in id order, a page at a time, asking for the next page before handing out this one', async () => {
    const requests: string[] = [];
    const seen: string[] = [];
    const requestedWhenHandedOut: number[] = [];
    for await (const page of pages(fetchAfter(requests), 3)) {
      requestedWhenHandedOut.push(requests.length);
      seen.push(...page.map((r) => r.id));
    }
    expect(requestedWhenHandedOut).toEqual([2, 3, 3]); // the next page was already asked for (none after the last)
    expect(seen).toEqual(rows.map((r) => r.id));
    expect(requests).toEqual(['', 'id-2', 'id-5']);
  });

  it('stops after an exactly full last page with one empty request', async () => {
    const requests: string[] = [];
    const six = async (after: string) => {
      requests.push(after);
      return rows.slice(0, 6).filter((r) => r.id > after).slice(0, 3);
    };
    const seen: string[] = [];
    for await (const page of pages(six, 3)) seen.push(...page.map((r) => r.id));
    expect(seen).toHaveLength(6);
    expect(requests).toEqual(['', 'id-2', 'id-5']);
  });
});
