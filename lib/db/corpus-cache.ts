import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { allOrNothing } from './open';

/**
 * A copy of the packaged corpus files, parsed, in a database of their own. A stopped worker read the core
 * from its package at ~50 ms per MB and then parsed it (3.9 MB: 190 ms and 30 ms, cold, here); the same core
 * stored as objects comes back from IndexedDB, parsed, in ~70 ms. It is a cache: it holds nothing the package
 * does not, may be deleted at any time, and a copy of another build is never used (`build` names the
 * package's files, tools/corpus-package.ts).
 */
interface CacheSchema extends DBSchema {
  files: { key: string; value: { build: string; value: unknown } };
}

export const CORPUS_CACHE_DB = 'readout-corpus-cache';
type CacheDb = IDBPDatabase<CacheSchema>;

let opening: Promise<CacheDb | null> | null = null;
/** The database once open: a read is then asked at once, not in a later microtask (ranking reads ahead while it works). */
let open: CacheDb | null = null;

/** The cache's database, or null where the browser gives no storage (the package is then read each time). */
function openCache(): Promise<CacheDb | null> {
  // A browser that refuses storage may throw at once rather than fail the request.
  opening ??= Promise.resolve().then(() => openDB<CacheSchema>(CORPUS_CACHE_DB, 1, {
    upgrade(db) { db.createObjectStore('files'); },
    blocking() { void opening?.then((db) => db?.close()); opening = null; open = null; },
  })).then((db) => (open = db), () => null);
  return opening;
}

/** The kept copy of a file of this build, or undefined. The build's name is read meanwhile. */
export async function cachedFile<T>(build: Promise<string | null>, name: string): Promise<T | undefined> {
  const row = open ? open.get('files', name) : openCache().then((db) => db?.get('files', name));
  const [b, kept] = await Promise.all([build, row.catch(() => undefined)]);
  return b && kept?.build === b ? kept.value as T : undefined;
}

/**
 * Keeps files of this build. The first file kept of a new build clears the copies of the one before, which the
 * package no longer has. A failure (a full disk) is ignored: the package stays where it was.
 */
export async function keepFiles(build: string, files: [name: string, value: unknown][]): Promise<void> {
  const db = await openCache();
  if (!db || !files.length) return;
  try {
    const tx = db.transaction('files', 'readwrite');
    await allOrNothing(tx, async () => {
      if ((await tx.store.get(BUILD_KEY))?.build !== build) {
        await tx.store.clear();
        await tx.store.put({ build, value: null }, BUILD_KEY);
      }
      for (const [name, value] of files) await tx.store.put({ build, value }, name);
    });
  } catch { /* a cache: the package is read instead */ }
}

const BUILD_KEY = 'build';

/** Forgets the connection (tests delete the database between runs). */
export function resetCorpusCache(): void {
  void opening?.then((db) => db?.close());
  opening = null;
  open = null;
}
