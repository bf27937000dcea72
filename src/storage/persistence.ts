/**
 * Browsers may clear a site's IndexedDB under storage pressure unless the site's storage is persistent. Asking
 * for it once at start keeps assessments safe; the browser decides (Chrome grants it to installed or much-used
 * sites without a prompt, Firefox asks, Safari ignores it). Nothing here is sent anywhere.
 */
export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

type StorageApi = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

const browserStorage = (): StorageApi | undefined => globalThis.navigator?.storage;

export async function requestPersistentStorage(storage = browserStorage()): Promise<PersistenceResult> {
  if (!storage?.persist) return 'unsupported';
  try {
    // Already persistent: do not ask again (Firefox would show its prompt).
    if (storage.persisted && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    // Some browsers throw in private windows or sandboxed frames instead of answering.
    return 'unsupported';
  }
}

export type StorageEstimate = { usage: number; quota: number };

/** How much this site stores and may store, in bytes; null where the browser does not tell. */
export async function estimateStorage(storage = browserStorage()): Promise<StorageEstimate | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
