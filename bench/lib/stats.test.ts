import { describe, expect, it } from 'vitest';
import { growthExponent, percentile } from './stats.js';

describe('bench statistics', () => {
  it('fits the exponent of a power law', () => {
    expect(growthExponent([10, 30, 100, 300].map((x) => ({ x, y: 3 * x ** 1.5 })))).toBeCloseTo(1.5, 10);
    expect(growthExponent([10, 30, 100, 300].map((x) => ({ x, y: 0.2 * x })))).toBeCloseTo(1, 10);
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});
