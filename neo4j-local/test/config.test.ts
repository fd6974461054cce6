import { describe, expect, it } from 'vitest';
import { externalTarget, localPort } from '../src/config.js';

describe('Neo4j target resolution', () => {
  it('uses no external server when NEO4J_URI is unset', () => {
    expect(externalTarget({})).toBeUndefined();
  });

  it('accepts bolt and neo4j routing URIs with credentials', () => {
    expect(externalTarget({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'strategi' })).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'u',
      password: 'p',
      database: 'strategi',
      local: false,
    });
    expect(externalTarget({ NEO4J_URI: 'bolt://db:7687' })?.user).toBe('neo4j');
  });

  it('explains a malformed NEO4J_URI', () => {
    expect(() => externalTarget({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/not a Neo4j URI.*bolt:\/\//);
  });

  it('keeps dev and test on different ports and validates overrides', () => {
    expect(localPort('dev', {})).not.toBe(localPort('test', {}));
    expect(localPort('test', { TEST_NEO4J_PORT: '7790' })).toBe(7790);
    expect(() => localPort('dev', { LOCAL_NEO4J_PORT: 'abc' })).toThrow(/LOCAL_NEO4J_PORT/);
  });
});
