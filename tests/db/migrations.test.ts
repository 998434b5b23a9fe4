import { describe, expect, test } from 'vitest';
import { openDB } from 'idb';
import { IDBFactory } from 'fake-indexeddb';
import './db-helpers';
import { openReadoutDB, resetConnection, storageProblem } from '../../lib/db/open';
import { DB_NAME, DB_VERSION } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings';

describe('database versions', () => {
  test('a version-1 database (settings only) is migrated, its settings kept', async () => {
    resetConnection();
    globalThis.indexedDB = new IDBFactory();
    // Exactly what Readout 0.1 wrote: one store, one record per setting.
    const v1 = await openDB(DB_NAME, 1, { upgrade(db) { db.createObjectStore('settings'); } });
    await v1.put('settings', false, 'enabled');
    await v1.put('settings', ['example.com'], 'offSites');
    v1.close();

    const db = await openReadoutDB();
    expect(db).not.toBeNull();
    expect(db!.version).toBe(DB_VERSION);
    expect([...db!.objectStoreNames].sort()).toEqual(['articles', 'links', 'settings', 'statements']);
    const s = await loadSettings();
    expect(s.enabled).toBe(false);
    expect(s.offSites).toEqual(['example.com']);
    expect(s.history).toBe(true); // new settings take their defaults
  });

  test('a database Readout cannot open is set aside with a message, not retried, not deleted', async () => {
    resetConnection();
    globalThis.indexedDB = new IDBFactory();
    // A newer Readout's database: this version cannot read it.
    const newer = await openDB(DB_NAME, DB_VERSION + 5, { upgrade(db) { db.createObjectStore('settings'); } });
    await newer.put('settings', false, 'enabled');
    newer.close();

    expect(await openReadoutDB()).toBeNull();
    expect(storageProblem()).toMatch(/could not be opened .*VersionError.*left untouched/);
    expect((await loadSettings()).enabled).toBe(true); // defaults, for now
    const still = await openDB(DB_NAME);
    expect(still.version).toBe(DB_VERSION + 5);
    expect(await still.get('settings', 'enabled')).toBe(false);
    still.close();
  });
});
