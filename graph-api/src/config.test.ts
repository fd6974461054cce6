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
      maxComplexity: 20000,
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

  it('rejects out-of-range ports', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000"/);
  });
});
