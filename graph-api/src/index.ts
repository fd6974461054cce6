/**
 * The front door of @strategigrafen/graph-api: what a launcher needs to run the API (scripts/start.ts,
 * main.ts, the benchmarks, the browser and reliability suites) — configuration, the Neo4j connection
 * tuned for the API, the app, and the schema's SDL.
 */
export { loadConfig, defaultConfig, ConfigError, type ApiConfig } from './config.js';
export { connectGraph, CONNECT_DEFAULTS, type ConnectOptions } from './db/connect.js';
export { createApp, DEFAULT_WEB_DIST, type App, type AppOptions } from './server.js';
export { createSchema, printSdl } from './schema.js';
