import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The reader's choices. Kept in the extension's IndexedDB, read by the background only. */
export interface Settings {
  /** Readout as a whole: the popup's switch and the toggle command. */
  enabled: boolean;
  /** Sites (host names) where Readout stays off. */
  offSites: string[];
  /** `elements`: real elements (mark.js) instead of the Highlight API, for tools that need them. */
  highlightsAsElements: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, offSites: [], highlightsAsElements: false };

interface ReadoutDB extends DBSchema {
  settings: { key: string; value: unknown };
}

export const DB_NAME = 'readout';
export const DB_VERSION = 1;

let db: Promise<IDBPDatabase<ReadoutDB>> | null = null;

export function openReadoutDB(): Promise<IDBPDatabase<ReadoutDB>> {
  db ??= openDB<ReadoutDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      // Version 1: settings, one record per key.
      if (oldVersion < 1) database.createObjectStore('settings');
    },
  });
  return db;
}

// The background is the only writer, so it may keep what it read: every page load and popup asks.
let current: Promise<Settings> | null = null;

export function loadSettings(): Promise<Settings> {
  current ??= readSettings().catch((e) => { current = null; throw e; });
  return current;
}

async function readSettings(): Promise<Settings> {
  const d = await openReadoutDB();
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    const v = await d.get('settings', key);
    if (v !== undefined && typeof v === typeof (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key]) out[key] = v;
  }
  return out as unknown as Settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const d = await openReadoutDB();
  const tx = d.transaction('settings', 'readwrite');
  for (const [k, v] of Object.entries(patch)) if (k in DEFAULT_SETTINGS && v !== undefined) await tx.store.put(v, k);
  await tx.done;
  current = null;
  return loadSettings();
}

/** The site a URL belongs to, as the per-site switch names it. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}
