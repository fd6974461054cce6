/**
 * Why one input file could not be read. Every message names the file and says what to do about it;
 * the pipeline reports it for that file and goes on with the others.
 */
export const READ_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'unsupported',
  'corrupt-pdf',
  'encrypted-pdf',
  'no-text',
  'corrupt-docx',
  'unreadable',
  /** a zipped format (.docx) that unpacks past its limit: a decompression bomb (read/limits.ts) */
  'too-large-unpacked',
  /** more text than one document may have (read/limits.ts) */
  'text-too-long',
  /** reading and analysing the file took longer than the per-document time limit (pipeline/isolated.ts) */
  'timed-out',
  /** reading and analysing the file needed more memory than the per-document limit (pipeline/isolated.ts) */
  'out-of-memory',
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

export class ReadError extends Error {
  override readonly name = 'ReadError';

  constructor(
    readonly code: ReadErrorCode,
    /** the file as the user named it (or as found under a folder they named) */
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isReadError(error: unknown): error is ReadError {
  return error instanceof ReadError;
}
