import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jTarget } from './target.js';

export type Params = Record<string, unknown>;

/**
 * Converts neo4j Integers (and nested lists/maps/nodes' properties) into plain JS values. Lists and maps are
 * converted in place: they are the driver's fresh copies of a result, and a large result would otherwise be
 * allocated twice.
 */
export function toNative(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toNative(value[i]);
    return value;
  }
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if ('properties' in value && 'labels' in value) return toNative((value as { properties: unknown }).properties);
  if ('properties' in value && 'type' in value && 'start' in value) return toNative((value as { properties: unknown }).properties);
  // other driver types (points, durations) are frozen: copied
  const map = Object.getPrototypeOf(value) === Object.prototype ? (value as Record<string, unknown>) : { ...value };
  for (const key of Object.keys(map)) map[key] = toNative(map[key]);
  return map;
}

export interface DriverOptions {
  maxPoolSize?: number;
  /** how long to wait for a TCP connection */
  connectionTimeoutMs?: number;
  /** how long the driver retries a transaction on transient failures (the driver's default is 30 s) */
  maxRetryTimeMs?: number;
}

export function openDriver(target: Neo4jTarget, options: DriverOptions = {}): Driver {
  const auth = target.local ? neo4j.auth.basic('neo4j', '') : neo4j.auth.basic(target.user, target.password);
  return neo4j.driver(target.uri, auth, {
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: 10_000,
    ...(options.maxRetryTimeMs === undefined ? {} : { maxTransactionRetryTime: options.maxRetryTimeMs }),
    logging: { level: 'error', logger: () => {} },
  });
}

/** Whether a Bolt server answers at the target within timeoutMs (the launcher's readiness check; `npm run db:status`). */
export async function boltAnswers(target: Neo4jTarget, timeoutMs = 2000): Promise<boolean> {
  const driver = openDriver(target, { connectionTimeoutMs: timeoutMs });
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/**
 * The one way the project runs Cypher: sessions are opened and closed here, read or write
 * mode is chosen per call, values always travel as parameters, and results come back as plain objects.
 */
export class Graph {
  /** number of database round trips (queries) made through this gateway; used to test for N+1 */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database?: string,
  ) {}

  static connect(target: Neo4jTarget, options: DriverOptions = {}): Graph {
    return new Graph(openDriver(target, options), target.database);
  }

  async read<T = Record<string, unknown>>(cypher: string, params: Params = {}, timeoutMs?: number): Promise<T[]> {
    return this.run<T>('READ', cypher, params, timeoutMs);
  }

  async write<T = Record<string, unknown>>(cypher: string, params: Params = {}, timeoutMs?: number): Promise<T[]> {
    return this.run<T>('WRITE', cypher, params, timeoutMs);
  }

  /** Several write statements in one transaction (all or nothing). */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.roundTrips++;
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  async verify(): Promise<void> {
    await this.driver.getServerInfo({ database: this.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(mode: 'READ' | 'WRITE', cypher: string, params: Params, timeoutMs?: number): Promise<T[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = timeoutMs ? { timeout: timeoutMs } : undefined;
    try {
      this.roundTrips++;
      const work = (tx: ManagedTransaction) => tx.run<RecordShape>(cypher, params);
      const result: QueryResult = mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      return result.records.map((r) => toNative(r.toObject()) as T);
    } finally {
      await session.close();
    }
  }
}
