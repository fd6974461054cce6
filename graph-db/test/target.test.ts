import { describe, expect, it } from 'vitest';
import { targetFromEnv } from '../src/target.js';

describe('Neo4j target from the environment', () => {
  it('names no server when <prefix>URI is unset or blank', () => {
    expect(targetFromEnv('NEO4J_', {})).toBeUndefined();
    expect(targetFromEnv('NEO4J_', { NEO4J_URI: '  ', NEO4J_USER: 'u' })).toBeUndefined();
  });

  it('accepts bolt and neo4j routing URIs with credentials', () => {
    expect(targetFromEnv('NEO4J_', { NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'strategi' })).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'u',
      password: 'p',
      database: 'strategi',
      local: false,
    });
    expect(targetFromEnv('NEO4J_', { NEO4J_URI: 'bolt://db:7687' })).toEqual({ uri: 'bolt://db:7687', user: 'neo4j', password: '', database: undefined, local: false });
    expect(targetFromEnv('NEO4J_', { NEO4J_URI: ' bolt://db:7687 ', NEO4J_USERNAME: 'aura', NEO4J_DATABASE: '' })).toMatchObject({ uri: 'bolt://db:7687', user: 'aura', database: undefined });
  });

  it('reads only the variables of its prefix', () => {
    const env = { NEO4J_URI: 'bolt://dev:7687', NEO4J_USER: 'dev', BENCH_NEO4J_URI: 'bolt://bench:7689', BENCH_NEO4J_PASSWORD: 'secret' };
    expect(targetFromEnv('BENCH_NEO4J_', env)).toEqual({ uri: 'bolt://bench:7689', user: 'neo4j', password: 'secret', database: undefined, local: false });
    expect(targetFromEnv('EVAL_NEO4J_', env)).toBeUndefined();
  });

  it('explains a malformed URI, naming its variable', () => {
    expect(() => targetFromEnv('NEO4J_', { NEO4J_URI: 'http://localhost:7474' })).toThrow(/^NEO4J_URI="http:\/\/localhost:7474" is not a Neo4j URI.*bolt:\/\//);
    expect(() => targetFromEnv('TEST_NEO4J_', { TEST_NEO4J_URI: 'localhost:7687' })).toThrow(/^TEST_NEO4J_URI=/);
  });
});
