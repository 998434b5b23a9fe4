import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openReadoutDB, resetConnection, type Db } from '../../lib/db/open';

/** A fresh, empty IndexedDB for each test: fake-indexeddb in memory, the real idb code on top. */
export async function freshDb(): Promise<Db> {
  resetConnection();
  globalThis.indexedDB = new IDBFactory();
  const db = await openReadoutDB();
  if (!db) throw new Error('the test database did not open');
  return db;
}

/**
 * Runs `fn` while the stores refuse their `nth` write as a full disk does (this machine's disk cannot be
 * filled for a test), and returns what `fn` threw.
 */
export async function failOnWrite(nth: number, fn: () => Promise<unknown>): Promise<unknown> {
  const put = IDBObjectStore.prototype.put;
  let writes = 0;
  IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
    if (++writes === nth) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  try {
    return await fn().then(() => null, (e: unknown) => e);
  } finally {
    IDBObjectStore.prototype.put = put;
  }
}
