/** Opens the API's gateway to Neo4j, tuned to fail fast when the database is away instead of retrying for 30 s. */
import neo4j from 'neo4j-driver';
import { Graph } from '@strategigrafen/neo4j-local/gateway';
import type { Neo4jTarget } from '@strategigrafen/neo4j-local';

export interface ConnectOptions {
  /** how long the driver keeps retrying a transaction on transient failures (default 1 s) */
  maxRetryTimeMs?: number;
  /** how long to wait for a TCP connection (default 3 s) */
  connectionTimeoutMs?: number;
}

export function connectGraph(target: Neo4jTarget, options: ConnectOptions = {}): Graph {
  const auth = target.local ? neo4j.auth.basic('neo4j', '') : neo4j.auth.basic(target.user, target.password);
  const driver = neo4j.driver(target.uri, auth, {
    maxConnectionPoolSize: 50,
    connectionTimeout: options.connectionTimeoutMs ?? 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 1_000,
    logging: { level: 'error', logger: () => {} },
  });
  return new Graph(driver, target.database);
}
