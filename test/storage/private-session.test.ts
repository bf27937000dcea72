import { indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AssessmentDatabase, databaseName } from '../../src/storage/database';
import {
  endPrivateSession,
  privateDatabasePrefix,
  resumePrivateSession,
  startPrivateSession,
  wipeStalePrivateDatabases,
  type PrivateSessionEnvironment,
} from '../../src/storage/private-session';
import { dexieOptions } from './storage-fixtures';

/** One browser tab: its own sessionStorage; the databases and the locks are shared by the whole browser. */
function tab(locks: PrivateSessionEnvironment['locks']): PrivateSessionEnvironment {
  const items = new Map<string, string>();
  return {
    sessionStorage: {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    },
    locks,
    dexieOptions,
    databaseNames: async () => (await indexedDB.databases()).map((info) => info.name!),
  };
}

/** Web Locks as one browser holds them: a lock stays held until its callback's promise settles. */
function browserLocks() {
  const held = new Set<string>();
  return {
    request: async (name: string, callback: () => Promise<void>) => {
      held.add(name);
      try {
        await callback();
      } finally {
        held.delete(name);
      }
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
}

async function createDatabase(name: string) {
  const db = new AssessmentDatabase(name, dexieOptions);
  await db.settings.put({ key: 'language', value: 'nl' });
  db.close();
}

const exists = async (name: string) => (await indexedDB.databases()).some((info) => info.name === name);

describe('a private session keeps its assessments in a database of its own, wiped once its session is gone', () => {
  it('a private session has its own database, and a reload in the same tab finds it again', () => {
    const locks = browserLocks();
    const first = tab(locks);
    const name = startPrivateSession(first);
    expect(name.startsWith(privateDatabasePrefix)).toBe(true);
    expect(name).not.toBe(databaseName);
    expect(resumePrivateSession(first)).toBe(name);
    expect(resumePrivateSession(tab(locks))).toBeNull();
    expect(startPrivateSession(tab(locks))).not.toBe(name);
  });

  it('at start, private databases whose tab is gone are deleted; the normal one and this tab’s are kept', async () => {
    const locks = browserLocks();
    const stale = `${privateDatabasePrefix}${crypto.randomUUID()}`;
    await createDatabase(stale);
    const current = tab(locks);
    const own = startPrivateSession(current);
    await createDatabase(own);
    const normal = `${databaseName}-${crypto.randomUUID()}`;
    await createDatabase(normal);

    expect(await wipeStalePrivateDatabases(tab(locks))).toContain(stale);
    expect(await exists(stale)).toBe(false);
    expect(await exists(normal)).toBe(true);
    expect(await exists(own)).toBe(true); // held by its tab's lock, though this start is in another tab
  });

  it('without Web Locks, another tab’s private session cannot be told from a stale one (the documented limit)', async () => {
    const other = tab(null);
    const name = startPrivateSession(other);
    await createDatabase(name);
    expect(await wipeStalePrivateDatabases(other)).not.toContain(name);
    expect(await wipeStalePrivateDatabases(tab(null))).toContain(name);
    expect(await exists(name)).toBe(false);
  });

  it('ending a private session deletes its database and its marker, and releases its lock', async () => {
    const locks = browserLocks();
    const current = tab(locks);
    const name = startPrivateSession(current);
    await createDatabase(name);
    expect((await locks.query()).held).toContainEqual({ name });

    await endPrivateSession(current);
    expect(await exists(name)).toBe(false);
    expect(resumePrivateSession(current)).toBeNull();
    await Promise.resolve();
    expect((await locks.query()).held).not.toContainEqual({ name });
  });
});
