/**
 * The load guard, one Apollo plugin so that its steps run in order for each operation:
 *  1. once the operation is resolved (validated, variables known): the cost model, the caps and the page sizes
 *     (src/limits.ts); a refused operation never runs;
 *  2. admission: an operation that uses the database takes one of MAX_CONCURRENT_REQUESTS slots (a heavy one —
 *     search, goalsLike, compare, a text filter — one of at most MAX_CONCURRENT_HEAVY_REQUESTS), waiting in a
 *     short queue if need be; when the queue is full, or the wait would be longer than MAX_QUEUE_WAIT_MS, it is
 *     answered at once with SERVICE_OVERLOADED (HTTP 503, Retry-After);
 *  3. when the response is sent: what it says about Neo4j adapts the admission limit (src/load/adaptive.ts), the
 *     slot is given back, the request's deadline disposed of, and the HTTP status set from the errors
 *     (httpAnswerFor in src/errors.ts), with Retry-After for 503s.
 */
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DatabaseHealth } from '../db/health.js';
import { databaseUnreachable, httpAnswerFor, overloaded, requestTimedOut } from '../errors.js';
import { checkOperation, type OperationLimits } from '../limits.js';
import type { RequestScope } from './deadline.js';
import { DeadlineExceeded } from './deadline.js';
import { outcomeOf, type AdaptiveConcurrency } from './adaptive.js';
import { Overloaded, type Limiter } from './limiter.js';

export interface GuardOptions<Context> {
  schema: GraphQLSchema;
  limits: OperationLimits;
  /** admission of operations that use the database */
  admission: Limiter;
  /** adapts the admission limit to how Neo4j copes (optional) */
  adaptive?: AdaptiveConcurrency;
  /** what the API has lately seen of Neo4j: a refusal while it is down says so, not that the API is busy */
  health?: DatabaseHealth;
  /** the deadline and lane of a request, from its context */
  scopeOf(context: Context): RequestScope | undefined;
}

export function loadGuard<Context extends object>({ schema, limits, admission, adaptive, health, scopeOf }: GuardOptions<Context>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ request, document, operationName, contextValue }) {
          const cost = checkOperation(schema, document, limits, request.variables ?? {}, operationName);
          if (cost.databaseCost === 0) return;
          const scope = scopeOf(contextValue);
          const heavy = cost.heavyRootFields > 0;
          if (scope) scope.lane.heavy = heavy;
          try {
            release = await admission.acquire(scope?.deadline.signal, heavy);
          } catch (error) {
            if (error instanceof Overloaded && health?.down) throw databaseUnreachable();
            if (error instanceof Overloaded) throw overloaded(error.retryAfterSeconds, admission.reduced ? 'slow-database' : 'requests');
            if (error instanceof DeadlineExceeded) throw requestTimedOut(error.timeoutMs);
            throw error;
          }
        },
        async willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<Context>) {
          if (release && adaptive && requestContext.response.body.kind === 'single') {
            const errors = requestContext.response.body.singleResult.errors ?? [];
            adaptive.record(outcomeOf(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))));
          }
          release?.();
          release = undefined;
          scopeOf(requestContext.contextValue)?.deadline.dispose();
          setHttpAnswer(requestContext);
        },
      };
    },
  };
}

function setHttpAnswer<Context extends object>({ response }: GraphQLRequestContextWillSendResponse<Context>): void {
  if (response.body.kind !== 'single') return;
  const { errors, data } = response.body.singleResult;
  const answer = httpAnswerFor(errors, data !== undefined && data !== null);
  if (!answer) return;
  const current = response.http.status;
  // Apollo's own client-error statuses (405 for GET mutations, 415 …) are more precise than a plain 400
  const keep = answer.status === 400 && current !== undefined && current >= 400 && current < 500;
  if (!keep) response.http.status = answer.status;
  if (answer.retryAfter) response.http.headers.set('retry-after', String(answer.retryAfter));
}
