/** Why one URL could not be fetched. Every message names the URL; the batch goes on with the others. */
export const FETCH_ERROR_CODES = [
  'bad-url',
  'private-host',
  'http-status',
  'not-found',
  'timeout',
  'network',
  'dns',
  'too-large',
  'too-many-redirects',
  'not-a-document',
] as const;
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[number];

export class FetchError extends Error {
  override readonly name = 'FetchError';

  constructor(
    readonly code: FetchErrorCode,
    readonly url: string,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options);
    this.status = options?.status ?? null;
  }

  readonly status: number | null;
}

/** A network-level failure worth another attempt (a dropped connection, a timeout, a refused connection). */
export function isTransient(error: unknown): boolean {
  if (error instanceof FetchError) return error.code === 'timeout' || error.code === 'network';
  return false;
}
