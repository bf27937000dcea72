import { describe, expect, it, vi } from 'vitest';
import { estimateStorage, requestPersistentStorage } from '../../src/storage/persistence';

describe('persistent storage is asked for once and the answer reported plainly', () => {
  it('storage that is already persistent is granted without asking again', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('the browser granting or refusing is reported as such', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true })).toBe('granted');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('denied');
  });

  it('a browser without the API, or one that throws, is unsupported', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(
      await requestPersistentStorage({
        persist: async () => {
          throw new DOMException('no', 'SecurityError');
        },
      }),
    ).toBe('unsupported');
  });

  it('the estimate gives usage and quota in bytes, or null where the browser does not tell', async () => {
    expect(await estimateStorage({ estimate: async () => ({ usage: 1200, quota: 5e9 }) })).toEqual({
      usage: 1200,
      quota: 5e9,
    });
    expect(await estimateStorage({ estimate: async () => ({}) })).toBeNull();
    expect(await estimateStorage(undefined)).toBeNull();
  });
});
