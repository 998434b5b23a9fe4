import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type ReadoutDB } from './schema';

export type Db = IDBPDatabase<ReadoutDB>;

/** Why the database could not be used, for the options page and the popup; null when all is well. */
let problem: string | null = null;
let opening: Promise<Db | null> | null = null;

/**
 * The database, or null when it cannot be opened (made by a newer Readout, damaged, or the
 * browser refuses storage). Then Readout runs on its defaults and stores nothing: the old
 * data is left as it was, set aside, and the reader is told; no retry loop.
 */
export function openReadoutDB(name = DB_NAME): Promise<Db | null> {
  opening ??= openDB<ReadoutDB>(name, DB_VERSION, {
    upgrade,
    // Another Readout page holds an older version open: ask it to let go.
    blocking() { void opening?.then((db) => db?.close()); opening = null; },
  }).then((db) => { problem = null; return db; }, (e: unknown) => {
    problem = `Readout's stored data could not be opened (${errorText(e)}). It was left untouched; Readout runs on its defaults and keeps no history until it is cleared in the options.`;
    return null;
  });
  return opening;
}

export function storageProblem(): string | null {
  return problem;
}

/** Forgets the open connection: after deleting the database, or in tests. */
export function resetConnection(): void {
  void opening?.then((db) => db?.close());
  opening = null;
  problem = null;
}

/**
 * Runs the writes of one transaction and waits for it to commit. Any error, from the store
 * (a full disk) or from our code, aborts it: an error thrown in JavaScript does not abort an
 * IndexedDB transaction by itself, and the writes before it would otherwise be committed.
 */
export async function allOrNothing(tx: { done: Promise<void>; abort(): void }, writes: () => Promise<void>): Promise<void> {
  try {
    await writes();
  } catch (e) {
    try { tx.abort(); } catch { /* already finished */ }
    tx.done.catch(() => undefined);
    throw e;
  }
  await tx.done;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** A write the disk had no room for: said plainly, since nothing else is wrong. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string })?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String((e as Error)?.message ?? ''));
}

export const QUOTA_MESSAGE = 'The disk is full (or the browser\'s storage quota is reached): Readout could not save this. Nothing saved before was lost. Free some space, or shorten history in the options.';
