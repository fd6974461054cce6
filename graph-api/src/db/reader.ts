/**
 * The API's only door to Neo4j: read queries (auto-commit transactions in read mode) on the driver of the
 * project's Graph gateway, each
 *  - waiting for one of a bounded number of slots towards Neo4j (the shared Limiter), so the API never asks
 *    for more connections than the pool has and never piles up work Neo4j cannot do;
 *  - with a transaction timeout of QUERY_TIMEOUT_MS, or what is left of the request's deadline if that is less;
 *  - stopped by the client too when that time has passed (Neo4j only checks its timeouts every so often) or the
 *    request's deadline aborts: the session is closed, which resets the connection (ending the transaction on
 *    the server) and gives it back to the pool at once;
 * and driver failures translated into the API's typed errors.
 */
import neo4j, { type QueryResult, type RecordShape } from 'neo4j-driver';
import { toNative, type Graph, type Params } from '@strategigrafen/graph-db';
import { fromDriverError, isDriverTimeout, overloaded, requestTimedOut, type ApiError } from '../errors.js';
import { DeadlineExceeded, type RequestDeadline } from '../load/deadline.js';
import { Overloaded, type Limiter } from '../load/limiter.js';
import { healthOf, type DatabaseHealth } from './health.js';

/** how long past its own timeout the client lets a query run before stopping it itself */
export const CLIENT_TIMEOUT_GRACE_MS = 250;

export interface ReaderScope {
  /** the request's deadline; without one, only the per-query timeout applies */
  deadline?: RequestDeadline;
  /** the slots towards Neo4j shared by the whole API; without one, queries are not limited here */
  limiter?: Limiter;
  /** whether the request is heavy work (its queries then take the limiter's heavy slots) */
  lane?: { heavy: boolean };
}

export class GraphReader {
  private readonly health: DatabaseHealth;

  constructor(
    readonly graph: Graph,
    private readonly timeoutMs: number,
    private readonly scope: ReaderScope = {},
  ) {
    this.health = healthOf(graph);
  }

  async rows<T>(cypher: string, params: Params = {}): Promise<T[]> {
    const { deadline, limiter } = this.scope;
    if (deadline?.expired) throw requestTimedOut(deadline.timeoutMs);
    let release = () => {};
    if (limiter) {
      try {
        release = await limiter.acquire(deadline?.signal, this.scope.lane?.heavy ?? false);
      } catch (error) {
        if (error instanceof Overloaded) throw overloaded(error.retryAfterSeconds);
        if (error instanceof DeadlineExceeded) throw requestTimedOut(error.timeoutMs);
        throw error;
      }
    }
    try {
      return await this.run<T>(cypher, params);
    } finally {
      release();
    }
  }

  async first<T>(cypher: string, params: Params = {}): Promise<T | undefined> {
    return (await this.rows<T>(cypher, params))[0];
  }

  private async run<T>(cypher: string, params: Params): Promise<T[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once<T>(cypher, params);
      } catch (error) {
        // a connection found dead at first use (Neo4j restarted since it was pooled): once more, at once, on a new one
        const retry = attempt === 1 && error instanceof DriverFailure && RETRY_AT_ONCE.has(error.code) && !this.scope.deadline?.expired;
        if (!retry) throw error instanceof DriverFailure ? error.translated : error;
      }
    }
  }

  /** One transaction; rejects with an ApiError when it was stopped here, with a DriverFailure when the driver failed. */
  private once<T>(cypher: string, params: Params): Promise<T[]> {
    const { deadline } = this.scope;
    if (deadline?.expired) return Promise.reject(requestTimedOut(deadline.timeoutMs));
    const remaining = deadline ? deadline.remainingMs() : Number.POSITIVE_INFINITY;
    const byDeadline = remaining < this.timeoutMs;
    const timeout = Math.max(1, Math.floor(Math.min(this.timeoutMs, remaining)));
    const session = this.graph.driver.session({ database: this.graph.database, defaultAccessMode: neo4j.session.READ });
    this.graph.roundTrips++;

    return new Promise<T[]>((resolve, reject) => {
      let settled = false;
      const finish = () => {
        settled = true;
        clearTimeout(timer);
        deadline?.signal.removeEventListener('abort', onAbort);
        session.close().catch(() => {});
      };
      /** stops the query from this side: closing the session resets the connection and frees it */
      const stop = (error: ApiError) => {
        if (settled) return;
        finish();
        reject(error);
      };
      const onAbort = () => stop(requestTimedOut(deadline!.timeoutMs));
      const timer = setTimeout(() => stop(byDeadline && deadline ? requestTimedOut(deadline.timeoutMs) : (this.translate(clientTimeout()) as ApiError)), timeout + CLIENT_TIMEOUT_GRACE_MS);
      deadline?.signal.addEventListener('abort', onAbort, { once: true });

      // an auto-commit read: one round trip, and no retry by the driver (whose managed transactions always retry
      // once after about a second, even with maxTransactionRetryTime 0); run() retries what is worth retrying
      session
        .run<RecordShape>(cypher, params, { timeout })
        .then(
          (result: QueryResult) => {
            if (settled) return;
            finish();
            this.health.answered();
            resolve(result.records.map((r) => toNative(r.toObject()) as T));
          },
          (error: unknown) => {
            if (settled) return;
            finish();
            const translated = this.translate(error);
            if (!translated) return reject(error);
            // a timeout that the request's deadline imposed is the request's, not the query's
            if (byDeadline && deadline && translated.code === 'QUERY_TIMEOUT') return reject(requestTimedOut(deadline.timeoutMs));
            const code = (error as { code?: unknown }).code;
            reject(new DriverFailure(typeof code === 'string' ? code : '', translated));
          },
        );
    });
  }

  /** The API's error for a driver failure (undefined when it is not one), noting outages for later timeouts. */
  private translate(error: unknown): ApiError | undefined {
    const translated = fromDriverError(error, { warmingUp: this.health.warmingUp });
    if (translated?.code === 'SERVICE_UNAVAILABLE' && !isDriverTimeout(error)) this.health.unreachable();
    return translated;
  }
}

/** driver error codes after which the query is tried once more, at once, on a fresh connection */
const RETRY_AT_ONCE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** a driver failure, already translated, with the driver's code (for the retry decision) */
class DriverFailure extends Error {
  constructor(
    readonly code: string,
    readonly translated: ApiError,
  ) {
    super(translated.message);
  }
}

/** what Neo4j would have said, for a query the client stopped at its timeout */
function clientTimeout(): Error {
  return Object.assign(new Error('The transaction has been terminated (client-side timeout).'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' });
}
