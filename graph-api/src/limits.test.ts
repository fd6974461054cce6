import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './errors.js';
import { checkOperation, type OperationLimits } from './limits.js';
import { createSchema } from './schema.js';

const LIMITS: OperationLimits = { maxComplexity: 20_000, maxRootFields: 10, maxAliases: 20, maxPageSize: 300 };
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const refusal = (query: string, variables: Record<string, unknown> = {}, limits = LIMITS): ApiError => {
  try {
    checkOperation(schema, parse(query), limits, variables);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`not refused: ${query}`);
};
const flood = (count: number, field: (i: number) => string) => `{ ${Array.from({ length: count }, (_, i) => field(i)).join(' ')} }`;

describe('checkOperation', () => {
  it('passes ordinary operations and returns their cost', () => {
    const cost = checkOperation(schema, parse('{ stats { documents } search(query: "upphandling") { totalCount edges { node { kind } } } }'), LIMITS);
    expect(cost.cost).toBeGreaterThan(0);
    expect(cost.databaseCost).toBeGreaterThan(0);
  });

  it('refuses an alias flood as QUERY_TOO_COMPLEX, saying its cost and the limit', () => {
    const error = refusal(flood(1500, (i) => `a${i}: search(query: "x", first: 1) { totalCount }`));
    expect(error.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/its cost is \d+, over the limit of 20000/);
    expect(error.message).toMatch(/1500 root fields \(at most 10\)/);
    expect(error.extensions).toMatchObject({ maxComplexity: 20_000, rootFields: 1500, maxRootFields: 10, aliases: 1500, maxAliases: 20 });
    expect(error.extensions.complexity as number).toBeGreaterThan(20_000);
  });

  it('refuses too many root fields or aliases even when they are cheap, still giving the cost', () => {
    const roots = refusal(flood(11, (i) => `c${i}: counties(first: 1) { totalCount }`), {}, { ...LIMITS, maxAliases: 100 });
    expect(roots.code).toBe('QUERY_TOO_COMPLEX');
    expect(roots.message).toMatch(/11 root fields \(at most 10\) \(its cost, \d+, is within the limit of 20000\)/);
    const aliases = refusal(`{ municipality(code: "1") { ${Array.from({ length: 21 }, (_, i) => `n${i}: name`).join(' ')} } }`);
    expect(aliases.message).toMatch(/21 aliases \(at most 20\)/);
  });

  it('refuses a page size out of range as BAD_USER_INPUT before anything runs', () => {
    const error = refusal('{ stats { documents } municipalities(first: 1000000) { totalCount } }');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/first must be between 0 and 300 \(got 1000000 at municipalities\)/);
    expect(error.extensions).toMatchObject({ argument: 'first' });
    expect(refusal('query ($n: Int) { documents(first: $n) { totalCount } }', { n: -1 }).code).toBe('BAD_USER_INPUT');
  });
});
