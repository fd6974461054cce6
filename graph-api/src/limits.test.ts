import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationComplexity } from './limits.js';
import { createSchema } from './schema.js';

describe('operationComplexity', () => {
  it('multiplies a list\'s children by the page size asked for, or the default of 20', async () => {
    const schema = await createSchema();
    const cost = (query: string, variables = {}) => operationComplexity(schema, parse(query), variables);
    expect(cost('{ stats { documents goals } }')).toBe(3);
    expect(cost('{ municipalities(first: 10) { edges { node { code } } } }')).toBe(1 + 10 * 3);
    expect(cost('{ municipalities { edges { node { code } } } }')).toBe(1 + 20 * 3);
    expect(cost('query ($n: Int) { municipalities(first: $n) { edges { node { code } } } }', { n: 2 })).toBe(1 + 2 * 3);
    const nested = cost('{ municipalities(first: 10) { edges { node { documents(first: 5) { edges { node { title } } } } } } }');
    expect(nested).toBe(1 + 10 * (1 + 1 + (1 + 5 * 3)));
  });
});
