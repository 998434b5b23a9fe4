import type { RawStatement, ReadoutEngine, StatementRecord } from '../../engine';
import { statementProblems } from '../../engine/gazetteer/validate-statement';
import { contentHash, statementIdFor } from '../../engine/import/content-hash';
import { INDEX_VERSION } from '../../engine';
import { allOrNothing, type Db } from './open';
import type { UserStatementRow } from './schema';

/** Problems with what the reader imports, each naming the file, the item and the field. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`Nothing was imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
    this.name = 'ImportError';
  }
}

export const PEOPLE_LIST = "Readout's list of people";

/** A statement from the reader, before checks: the id may be missing (one is made). */
export type Candidate = Partial<RawStatement> & { [k: string]: unknown };

/**
 * Checks statements to add and prepares their rows; throws ImportError listing every problem.
 * `where[i]` says where item i came from ("speech.txt", "export.json: statements[3]").
 */
export function prepareStatements(engine: ReadoutEngine, items: Candidate[], where: string[], now = Date.now()): UserStatementRow[] {
  const people = new Set(engine.people.keys());
  const problems: string[] = [];
  const rows: UserStatementRow[] = [];
  const ids = new Set<string>();
  items.forEach((item, i) => {
    const raw = { ...item } as Candidate;
    if (!raw.id && typeof raw.title === 'string' && typeof raw.date === 'string') {
      raw.id = statementIdFor(raw.date, raw.title, (id) => ids.has(id) || engine.statements.get(id)?.origin === 'bundled');
    }
    const found = statementProblems(raw, where[i], people, PEOPLE_LIST);
    if (engine.statements.get(raw.id as string)?.origin === 'bundled') found.push(`${where[i]}: id: "${String(raw.id)}" is a statement Readout ships; choose another id`);
    if (ids.has(raw.id as string)) found.push(`${where[i]}: id: "${String(raw.id)}" is used twice in this import`);
    problems.push(...found);
    if (found.length) return;
    ids.add(raw.id as string);
    const clean = raw as unknown as RawStatement;
    rows.push({ id: clean.id, hash: contentHash(clean.title, clean.body), raw: clean, record: engine.record(clean, 'user'), addedAt: now, engineVersion: INDEX_VERSION });
  });
  if (problems.length) throw new ImportError(problems);
  return rows;
}

/**
 * Saves statements in one transaction (all or none), skipping those already stored with the
 * same content; then adds them to the engine, so they highlight and rank like bundled ones.
 */
export async function addStatements(db: Db, engine: ReadoutEngine, rows: UserStatementRow[]): Promise<{ added: StatementRecord[]; duplicates: string[] }> {
  const tx = db.transaction('statements', 'readwrite');
  const added: UserStatementRow[] = [];
  const duplicates: string[] = [];
  await allOrNothing(tx, async () => {
    for (const row of rows) {
      const same = await tx.store.index('by-hash').getKey(row.hash);
      if (same !== undefined) { duplicates.push(`${row.raw.title} (already stored as ${same})`); continue; }
      await tx.store.put(row);
      added.push(row);
    }
  });
  await engine.addLoading(added.map((r) => r.record));
  return { added: added.map((r) => r.record), duplicates };
}

/** The reader's statements into the engine when the background starts; analysed again if the engine changed since. */
export async function loadUserStatements(db: Db, engine: ReadoutEngine): Promise<number> {
  const rows = await db.getAll('statements');
  await engine.addLoading(rows.map((r) => (r.engineVersion === INDEX_VERSION ? r.record : engine.record(r.raw, 'user'))));
  return rows.length;
}

export async function deleteStatement(db: Db, engine: ReadoutEngine, id: string): Promise<void> {
  await db.delete('statements', id);
  engine.remove(id);
}
