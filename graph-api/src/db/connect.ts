/**
 * Opens the API's gateway to Neo4j, tuned to fail fast while the database is away and to recover as soon
 * as it is back:
 *  - connections that sat idle are checked (a RESET round trip) before reuse, and none lives longer than
 *    maxConnectionLifetime, so a restarted server's dead connections are never handed to a query;
 *  - waiting for a pooled connection is short (the API's own limiter keeps queries below the pool size,
 *    so a wait here means connections are stuck, which the reader reports as SERVICE_OVERLOADED);
 *  - the driver does not retry by itself (its managed transactions always retry once, a second later, even with
 *    maxTransactionRetryTime 0; the reader runs auto-commit queries instead and retries a query once, at once,
 *    when its connection turned out to be dead). maxRetryTimeMs only concerns the gateway's own read/write.
 */
import neo4j from 'neo4j-driver';
import { Graph, type Neo4jTarget } from '@strategigrafen/graph-db';

export interface ConnectOptions {
  /** connections in the pool (default 32; keep it above NEO4J_MAX_CONCURRENCY) */
  maxPoolSize?: number;
  /** how long a query may wait for a pooled connection (default 3 s) */
  acquisitionTimeoutMs?: number;
  /** how long the driver keeps retrying the gateway's managed transactions (Graph.read/write, migrations; default 1 s) */
  maxRetryTimeMs?: number;
  /** how long to wait for a TCP connection and the Bolt handshake (default 3 s) */
  connectionTimeoutMs?: number;
  /** connections idle longer than this are checked before reuse (default 5 s) */
  livenessCheckMs?: number;
  /** connections older than this are closed instead of reused (default 10 min) */
  maxConnectionLifetimeMs?: number;
}

export const CONNECT_DEFAULTS: Required<ConnectOptions> = {
  maxPoolSize: 32,
  acquisitionTimeoutMs: 3_000,
  maxRetryTimeMs: 1_000,
  connectionTimeoutMs: 3_000,
  livenessCheckMs: 5_000,
  maxConnectionLifetimeMs: 10 * 60_000,
};

export function connectGraph(target: Neo4jTarget, options: ConnectOptions = {}): Graph {
  const o = { ...CONNECT_DEFAULTS, ...options };
  // the local server runs without authentication (as graph-db's openDriver has it)
  const auth = target.local ? neo4j.auth.basic('neo4j', '') : neo4j.auth.basic(target.user, target.password);
  const driver = neo4j.driver(target.uri, auth, {
    maxConnectionPoolSize: o.maxPoolSize,
    connectionAcquisitionTimeout: o.acquisitionTimeoutMs,
    connectionTimeout: o.connectionTimeoutMs,
    maxTransactionRetryTime: o.maxRetryTimeMs,
    connectionLivenessCheckTimeout: o.livenessCheckMs,
    maxConnectionLifetime: o.maxConnectionLifetimeMs,
    logging: { level: 'error', logger: () => {} },
  });
  return new Graph(driver, target.database);
}
