/**
 * What went wrong with a request, in terms the UI can explain. The API's typed error codes
 * (extensions.code) decide; a failed fetch means the API itself is unreachable.
 */
import type { CombinedError } from 'urql';

export type ProblemKind = 'unavailable' | 'offline' | 'notFound' | 'badInput' | 'timeout' | 'unknown';

export interface Problem {
  kind: ProblemKind;
  /** the server's own explanation, for bad input (it tells the user what to change); otherwise null */
  detail: string | null;
}

export function classifyError(error: CombinedError): Problem {
  const codes = error.graphQLErrors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  if (codes.includes('SERVICE_UNAVAILABLE') || codes.includes('SERVICE_OVERLOADED')) return { kind: 'unavailable', detail: null };
  if (codes.includes('NOT_FOUND')) return { kind: 'notFound', detail: null };
  if (codes.includes('QUERY_TIMEOUT') || codes.includes('QUERY_TOO_COMPLEX')) return { kind: 'timeout', detail: null };
  if (codes.includes('BAD_USER_INPUT') || codes.includes('GRAPHQL_VALIDATION_FAILED')) {
    return { kind: 'badInput', detail: error.graphQLErrors[0]?.message ?? null };
  }
  if (error.networkError) {
    const status = (error.response as { status?: number } | undefined)?.status;
    return { kind: status === 503 ? 'unavailable' : 'offline', detail: null };
  }
  return { kind: 'unknown', detail: null };
}
