import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has safe defaults: loopback, port 4000, no cross-origin access', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      corsOrigins: [],
      queryTimeoutMs: 5000,
      maxPageSize: 300,
      maxDepth: 16,
      maxComplexity: 150000,
      maxRootFields: 10,
      maxAliases: 20,
      requestTimeoutMs: 10000,
      maxConcurrentRequests: 8,
      maxConcurrentHeavyRequests: 4,
      maxQueuedRequests: 8,
      maxQueueWaitMs: 1000,
      neo4jMaxConcurrency: 8,
      neo4jPoolSize: 32,
      aggregateCacheMs: 30000,
      goalsLikeCheckMs: 5000,
    });
  });

  it('reads and converts the environment', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', CORS_ORIGINS: 'http://localhost:5173, https://example.org', QUERY_TIMEOUT_MS: '1500', MAX_PAGE_SIZE: '50' });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', corsOrigins: ['http://localhost:5173', 'https://example.org'], queryTimeoutMs: 1500, maxPageSize: 50 });
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', MAX_DEPTH: '  ' })).toMatchObject({ port: 4000, maxDepth: 16 });
  });

  it('names every bad variable, its value and what is wrong, in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', QUERY_TIMEOUT_MS: '-5', MAX_PAGE_SIZE: '1.5', CORS_ORIGINS: 'localhost:5173' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT="eighty"/);
    expect(message).toMatch(/QUERY_TIMEOUT_MS="-5"/);
    expect(message).toMatch(/MAX_PAGE_SIZE="1.5"/);
    expect(message).toMatch(/CORS_ORIGINS="localhost:5173": each origin must look like http/);
    expect(message).toMatch(/PORT="eighty": must be a whole number/);
    expect(message).not.toMatch(/MAX_DEPTH/);
  });

  it('reads the limits under load, and wants a pool larger than the queries it runs at once', () => {
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '3000', MAX_CONCURRENT_REQUESTS: '4', MAX_QUEUED_REQUESTS: '0', NEO4J_MAX_CONCURRENCY: '4', NEO4J_POOL_SIZE: '8' })).toMatchObject({
      requestTimeoutMs: 3000,
      maxConcurrentRequests: 4,
      maxQueuedRequests: 0,
      neo4jMaxConcurrency: 4,
      neo4jPoolSize: 8,
    });
    expect(loadConfig({ MAX_CONCURRENT_REQUESTS: '3' }).maxConcurrentHeavyRequests).toBe(2);
    expect(() => loadConfig({ MAX_CONCURRENT_REQUESTS: '2', MAX_CONCURRENT_HEAVY_REQUESTS: '3' })).toThrow(/MAX_CONCURRENT_HEAVY_REQUESTS="3": must be at most MAX_CONCURRENT_REQUESTS \(2\)/);
    expect(() => loadConfig({ NEO4J_MAX_CONCURRENCY: '40' })).toThrow(/NEO4J_POOL_SIZE="": must be more than NEO4J_MAX_CONCURRENCY \(40\)/);
  });

  it('rejects out-of-range ports', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000"/);
  });
});
