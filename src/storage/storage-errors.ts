import type { z } from 'zod';

/**
 * What a storage handler can fail with, typed so the UI can pick its own (translated) message: storage holds no
 * user-facing strings. Each error says what is wrong and where; the messages are for developers and logs.
 */

/** Input that does not fit the stored schema; nothing was written. `field` is the path of the first bad field. */
export class StorageInputError extends Error {
  override readonly name = 'StorageInputError';
  constructor(
    readonly field: string,
    /** The zod issue code (too_small, too_big, invalid_type, …) or a code of our own, for the UI to translate. */
    readonly code: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }

  static fromZod(error: z.ZodError, prefix = ''): StorageInputError {
    const issue = error.issues[0]!;
    // An unknown field is reported on its parent; name the field itself.
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const field = [prefix, ...issue.path.map(String), ...unknown].filter((part) => part !== '').join('.') || '(input)';
    return new StorageInputError(field, issue.code, issue.message);
  }
}

export class AssessmentNotFoundError extends Error {
  override readonly name = 'AssessmentNotFoundError';
  constructor(readonly id: string) {
    super(`there is no assessment "${id}"`);
  }
}

/** The browser refused to store more (its quota for this site is used up); the change was not written. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(cause: unknown) {
    super('the browser has no room left to store this assessment', { cause });
  }
}

/** Quota errors come bare (DOMException), as Dexie's QuotaExceededError, or wrapped as the `inner` of an AbortError. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    // Old Firefox names it NS_ERROR_DOM_QUOTA_REACHED.
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    current = inner;
  }
  return false;
}

/** The error a caller should see: quota errors become StorageFullError, everything else passes unchanged. */
export const storageErrorOf = (error: unknown): unknown =>
  error instanceof StorageFullError || !isQuotaError(error) ? error : new StorageFullError(error);
