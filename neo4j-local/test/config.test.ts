import { describe, expect, it } from 'vitest';
import { localPort, localTarget } from '../src/config.js';

describe('local Neo4j ports', () => {
  it('keeps dev and test on different ports and validates overrides', () => {
    expect(localPort('dev', {})).not.toBe(localPort('test', {}));
    expect(localPort('test', { TEST_NEO4J_PORT: '7790' })).toBe(7790);
    expect(() => localPort('dev', { LOCAL_NEO4J_PORT: 'abc' })).toThrow(/LOCAL_NEO4J_PORT/);
  });

  it('targets the local server on loopback, without authentication', () => {
    expect(localTarget(7688)).toEqual({ uri: 'bolt://127.0.0.1:7688', user: 'neo4j', password: '', database: undefined, local: true });
  });
});
