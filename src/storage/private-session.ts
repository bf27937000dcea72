import Dexie, { type DexieOptions } from 'dexie';
import { databaseName } from './database';

/**
 * Workshop or private mode for shared laptops: the assessments of a private session live in a database of their
 * own, named in this tab's sessionStorage, and are deleted at the next start once that session is gone.
 *
 * Honest limits:
 * - sessionStorage ends when the tab or browser closes, but a browser that restores its session (Chrome and
 *   Firefox "continue where you left off", or reopening a closed tab) restores sessionStorage too, and with it
 *   the private session. Ending the session explicitly (endPrivateSession) is the only sure way.
 * - Nothing is deleted until the app starts again in this browser profile; until then the data stays on disk.
 * - Other tabs: each tab holds a Web Lock named after its private database while it is open, so a start in
 *   another tab leaves that database alone. Without the Web Locks API (very old browsers) another tab's live
 *   private session cannot be told from a stale one and is deleted too.
 * - Deleting a database makes it unreadable to the app, not unrecoverable from the disk.
 */
export const privateDatabasePrefix = `${databaseName}-private-`;
const markerKey = `${databaseName}:private-session`;

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** The part of the Web Locks API used here (navigator.locks fits it). */
type Locks = {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
};

/** Where a private session keeps its marker and lock; the browser's own unless a test passes others. */
export type PrivateSessionEnvironment = {
  sessionStorage?: SessionStore;
  /** undefined means the browser's Web Locks, null means none. */
  locks?: Locks | null;
  /** For the database itself, e.g. { indexedDB, IDBKeyRange } from fake-indexeddb. */
  dexieOptions?: DexieOptions;
  databaseNames?: () => Promise<string[]>;
};

const releases = new Map<string, () => void>();

const sessionStoreOf = (env: PrivateSessionEnvironment) => env.sessionStorage ?? globalThis.sessionStorage;
const locksOf = (env: PrivateSessionEnvironment): Locks | null =>
  env.locks === undefined ? (globalThis.navigator?.locks ?? null) : env.locks;

export const isPrivateDatabase = (name: string) => name.startsWith(privateDatabasePrefix);

/** Starts a private session in this tab and returns the name of its (new, empty) database. */
export function startPrivateSession(env: PrivateSessionEnvironment = {}): string {
  const name = `${privateDatabasePrefix}${crypto.randomUUID()}`;
  sessionStoreOf(env).setItem(markerKey, name);
  hold(name, env);
  return name;
}

/** After a reload: the private session this tab was in, or null; it is held again so other tabs leave it alone. */
export function resumePrivateSession(env: PrivateSessionEnvironment = {}): string | null {
  const name = sessionStoreOf(env).getItem(markerKey);
  if (name === null || !isPrivateDatabase(name)) return null;
  hold(name, env);
  return name;
}

/** Ends this tab's private session now (the workshop's "next participant"): its database is deleted. */
export async function endPrivateSession(env: PrivateSessionEnvironment = {}): Promise<void> {
  const name = sessionStoreOf(env).getItem(markerKey);
  sessionStoreOf(env).removeItem(markerKey);
  if (name === null || !isPrivateDatabase(name)) return;
  await new Dexie(name, env.dexieOptions).delete();
  releases.get(name)?.();
}

/** Call at start: deletes the private databases whose session is gone; returns their names. */
export async function wipeStalePrivateDatabases(env: PrivateSessionEnvironment = {}): Promise<string[]> {
  const names = await (env.databaseNames ?? (() => Dexie.getDatabaseNames()))();
  const own = sessionStoreOf(env).getItem(markerKey);
  const locks = locksOf(env);
  const held = new Set((locks ? ((await locks.query()).held ?? []) : []).map((lock) => lock.name));
  const stale = names.filter((name) => isPrivateDatabase(name) && name !== own && !held.has(name));
  for (const name of stale) await new Dexie(name, env.dexieOptions).delete();
  return stale;
}

/** Holds a lock named after the database for as long as this page lives (or until the session ends). */
function hold(name: string, env: PrivateSessionEnvironment) {
  const locks = locksOf(env);
  if (!locks || releases.has(name)) return;
  const released = new Promise<void>((resolve) => releases.set(name, resolve));
  void locks.request(name, () => released).finally(() => releases.delete(name));
}
