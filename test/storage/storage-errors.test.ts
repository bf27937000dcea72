import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, StorageFullError, storageErrorOf } from '../../src/storage/storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a quota error is recognised however it arrives, and becomes StorageFullError', () => {
  it.each([
    ['bare, as the browser raises it', quota()],
    ['as Dexie names it', new Dexie.QuotaExceededError('full')],
    ['wrapped by Dexie as the inner error of an AbortError', new Dexie.AbortError('Transaction aborted', quota())],
    ['as old Firefox names it', Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
  ])('%s', (_, error) => {
    expect(isQuotaError(error)).toBe(true);
    const mapped = storageErrorOf(error);
    expect(mapped).toBeInstanceOf(StorageFullError);
    expect((mapped as StorageFullError).cause).toBe(error);
  });

  it('other errors pass unchanged', () => {
    for (const error of [new Error('x'), new Dexie.AbortError('aborted'), 'text', null, undefined]) {
      expect(isQuotaError(error)).toBe(false);
      expect(storageErrorOf(error)).toBe(error);
    }
  });

  it('a StorageFullError is not wrapped twice', () => {
    const full = new StorageFullError(quota());
    expect(storageErrorOf(full)).toBe(full);
  });
});
