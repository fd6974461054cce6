/** Opens the API's gateway to Neo4j, tuned to fail fast when the database is away instead of retrying for 30 s. */
import { Graph } from '@strategigrafen/neo4j-local/gateway';
import type { Neo4jTarget } from '@strategigrafen/neo4j-local';

export interface ConnectOptions {
  /** how long the driver keeps retrying a transaction on transient failures (default 1 s) */
  maxRetryTimeMs?: number;
  /** how long to wait for a TCP connection (default 3 s) */
  connectionTimeoutMs?: number;
}

export function connectGraph(target: Neo4jTarget, options: ConnectOptions = {}): Graph {
  return Graph.connect(target, {
    connectionTimeoutMs: options.connectionTimeoutMs ?? 3_000,
    maxRetryTimeMs: options.maxRetryTimeMs ?? 1_000,
  });
}
