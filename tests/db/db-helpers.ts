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
