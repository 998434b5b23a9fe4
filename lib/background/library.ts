// The reader's library, as the background serves it: their own statements, export and import, clearing
// history. Every write of statements goes through here, so the engine and the database stay in step.
import type { Draft, ImportText, ReadoutEngine } from '../../engine';
import { proposeStatement } from '../../engine';
import { engineReady } from './engine-instance';
import { clearHistory, historySize } from '../db/history';
import { errorText, isQuotaError, openReadoutDB, QUOTA_MESSAGE, resetConnection, storageProblem, type Db } from '../db/open';
import { exportAll, importAll, type ExportFile } from '../db/transfer';
import { DB_NAME } from '../db/schema';
import { addStatements, deleteStatement, ImportError, prepareStatements, type Candidate } from '../db/user-statements';
import type { LibraryStatus, Outcome } from '../shared/messages';

async function withDb<T>(fn: (db: Db, engine: ReadoutEngine) => Promise<T>): Promise<Outcome<T>> {
  const [db, engine] = await Promise.all([openReadoutDB(), engineReady()]);
  if (!db) return { ok: false, problems: [storageProblem() ?? 'Storage is unavailable.'] };
  try {
    return { ok: true, ...(await fn(db, engine)) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, problems: e.problems };
    if (isQuotaError(e)) return { ok: false, problems: [QUOTA_MESSAGE] };
    return { ok: false, problems: [errorText(e)] };
  }
}

/** After a page is ranked: remember it, unless history is off or the window is private. */
export const library = {
  async status(): Promise<LibraryStatus> {
    const db = await openReadoutDB();
    if (!db) return { problem: storageProblem(), statements: 0, articles: 0, links: 0 };
    return { problem: null, statements: await db.count('statements'), ...(await historySize(db)) };
  },
  async propose(input: ImportText): Promise<Draft> {
    return proposeStatement(await engineReady(), input);
  },
  add(items: Candidate[], where: string[]) {
    return withDb(async (db, engine) => {
      const { added, duplicates } = await addStatements(db, engine, prepareStatements(engine, items, where));
      return { added: added.map((s) => ({ id: s.id, title: s.title })), duplicates };
    });
  },
  async list(): Promise<{ id: string; title: string; date: string; source: string; addedAt: number }[]> {
    const db = await openReadoutDB();
    if (!db) return [];
    return (await db.getAll('statements')).map((r) => ({ id: r.id, title: r.raw.title, date: r.raw.date, source: r.raw.source, addedAt: r.addedAt })).sort((a, b) => b.addedAt - a.addedAt);
  },
  remove(id: string) {
    return withDb(async (db, engine) => { await deleteStatement(db, engine, id); return {}; });
  },
  exportData(): Promise<Outcome<{ file: ExportFile }>> {
    return withDb(async (db) => ({ file: await exportAll(db) }));
  },
  importData(text: string, file: string) {
    return withDb((db, engine) => importAll(db, engine, text, file));
  },
  clearHistory() {
    return withDb(async (db) => { await clearHistory(db); return {}; });
  },
  /** Starts afresh after the database could not be opened: the old one is deleted, on the reader's word. */
  async reset(): Promise<LibraryStatus> {
    resetConnection();
    await new Promise<void>((ok, fail) => { const r = indexedDB.deleteDatabase(DB_NAME); r.onsuccess = () => ok(); r.onerror = () => fail(r.error); });
    return library.status();
  },
};
