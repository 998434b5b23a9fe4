import type { RawStatement, ReadoutEngine, StatementRecord } from '../../engine';
import { DEFAULT_SETTINGS, validSetting, type Settings } from './settings';
import { allOrNothing, type Db } from './open';
import { QUOTE_CHARS, type ArticleRow, type LinkRow } from './schema';
import { ImportError, prepareStatements, type Candidate } from './user-statements';

export const EXPORT_FORMAT = 'readout-export';
export const EXPORT_VERSION = 1;

/** Everything the reader has put into Readout, as one JSON file: their statements, history and settings. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Partial<Settings>;
  statements: RawStatement[];
  articles: ArticleRow[];
  links: LinkRow[];
}

export async function exportAll(db: Db, now = new Date()): Promise<ExportFile> {
  const tx = db.transaction(['settings', 'statements', 'articles', 'links']);
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    const v = await tx.objectStore('settings').get(key);
    if (v !== undefined) settings[key] = v;
  }
  const statements = (await tx.objectStore('statements').getAll()).map((r) => r.raw);
  const articles = await tx.objectStore('articles').getAll();
  const links = await tx.objectStore('links').getAll();
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), settings, statements, articles, links };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function articleProblems(a: unknown, at: string): string[] {
  if (!isObj(a)) return [`${at}: not an article`];
  const out: string[] = [];
  if (typeof a.url !== 'string' || !/^https?:\/\//.test(a.url)) out.push(`${at}.url: must be an http(s) address`);
  if (typeof a.title !== 'string') out.push(`${at}.title: must be text`);
  if (typeof a.outlet !== 'string') out.push(`${at}.outlet: must be text`);
  if (a.date !== null && typeof a.date !== 'string') out.push(`${at}.date: must be a date or null`);
  return [...out, ...seenProblems(a, at)];
}

function seenProblems(row: Record<string, unknown>, at: string): string[] {
  return ['firstSeen', 'lastSeen'].filter((k) => typeof row[k] !== 'number').map((k) => `${at}.${k}: must be a time (milliseconds)`);
}

/** A history row seen before and in the file: its earliest first sighting and latest last one. */
function merged<T extends { firstSeen: number; lastSeen: number }>(old: T | undefined, row: T): T {
  return old ? { ...row, firstSeen: Math.min(old.firstSeen, row.firstSeen), lastSeen: Math.max(old.lastSeen, row.lastSeen) } : row;
}

/**
 * Merges rows into a store: all reads issued at once, then all writes (a history of 10,000 articles
 * would otherwise wait on 20,000 round trips one after another). Rows of the file that share a key
 * are merged first, since every read happens before any write.
 */
async function mergeInto<T extends { firstSeen: number; lastSeen: number }, K>(
  store: { get(key: K): Promise<T | undefined>; put(row: T): Promise<unknown> }, rows: T[], keyOf: (row: T) => K,
): Promise<void> {
  const byKey = new Map<string, { key: K; row: T }>();
  for (const row of rows) {
    const key = keyOf(row);
    const id = JSON.stringify(key);
    const seen = byKey.get(id);
    byKey.set(id, { key, row: merged(seen?.row, row) });
  }
  const unique = [...byKey.values()];
  const old = await Promise.all(unique.map((u) => store.get(u.key)));
  // A write may also throw at once (a full disk): every request issued before it still gets a handler.
  const writes: Promise<unknown>[] = [];
  try {
    for (let i = 0; i < unique.length; i++) writes.push(store.put(merged(old[i], unique[i].row)));
  } catch (e) {
    writes.push(Promise.reject(e));
  }
  await Promise.all(writes);
}

function linkProblems(l: unknown, at: string, urls: Set<string>): string[] {
  if (!isObj(l)) return [`${at}: not a link`];
  const out: string[] = [];
  if (typeof l.url !== 'string' || !urls.has(l.url)) out.push(`${at}.url: names no article of this file`);
  if (typeof l.statementId !== 'string') out.push(`${at}.statementId: must be a statement id`);
  if (l.strength !== 'same-event' && l.strength !== 'related') out.push(`${at}.strength: must be "same-event" or "related"`);
  if (!Array.isArray(l.passages)) out.push(`${at}.passages: must be a list`);
  if (typeof l.quote !== 'string' || l.quote.length > QUOTE_CHARS) out.push(`${at}.quote: must be text of at most ${QUOTE_CHARS} characters`);
  return [...out, ...seenProblems(l, at)];
}

/**
 * Reads an export back, in one transaction: a file with any problem changes nothing, and
 * the error lists every problem by file and field. Statements already stored with the same
 * content are kept as they are; history rows merge (the earliest first and latest last sighting).
 */
export async function importAll(db: Db, engine: ReadoutEngine, text: string, file: string): Promise<{ statements: number; duplicates: number; articles: number }> {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { throw new ImportError([`${file}: not JSON (${(e as Error).message})`]); }
  if (!isObj(data) || data.format !== EXPORT_FORMAT) throw new ImportError([`${file}: format: not a Readout export (expected "format": "${EXPORT_FORMAT}")`]);
  if (typeof data.version !== 'number' || data.version > EXPORT_VERSION) throw new ImportError([`${file}: version: ${String(data.version)} is newer than this Readout reads (${EXPORT_VERSION})`]);
  const problems: string[] = [];
  const list = (k: string) => { if (!Array.isArray(data[k])) { problems.push(`${file}: ${k}: must be a list`); return []; } return data[k] as unknown[]; };
  const statements = list('statements');
  const articles = list('articles');
  const links = list('links');
  articles.forEach((a, i) => problems.push(...articleProblems(a, `${file}: articles[${i}]`)));
  const urls = new Set(articles.filter(isObj).map((a) => a.url as string));
  links.forEach((l, i) => problems.push(...linkProblems(l, `${file}: links[${i}]`, urls)));
  const settings = isObj(data.settings) ? data.settings : {};
  for (const [k, v] of Object.entries(settings)) {
    if (!(k in DEFAULT_SETTINGS)) problems.push(`${file}: settings.${k}: not a Readout setting`);
    else if (!validSetting(k as keyof Settings, v)) problems.push(`${file}: settings.${k}: ${JSON.stringify(v)} is not a valid value`);
  }
  let rows: ReturnType<typeof prepareStatements> = [];
  try { rows = prepareStatements(engine, statements as Candidate[], statements.map((_, i) => `${file}: statements[${i}]`)); } catch (e) {
    if (e instanceof ImportError) problems.push(...e.problems); else throw e;
  }
  if (problems.length) throw new ImportError(problems);

  const tx = db.transaction(['settings', 'statements', 'articles', 'links'], 'readwrite');
  let added = 0;
  const fresh: StatementRecord[] = [];
  await allOrNothing(tx, async () => {
    for (const row of rows) {
      if ((await tx.objectStore('statements').index('by-hash').getKey(row.hash)) !== undefined) continue;
      await tx.objectStore('statements').put(row);
      fresh.push(row.record);
      added++;
    }
    await mergeInto<ArticleRow, string>(tx.objectStore('articles'), articles as ArticleRow[], (a) => a.url);
    await mergeInto<LinkRow, [string, string]>(tx.objectStore('links'), links as LinkRow[], (l) => [l.url, l.statementId]);
    for (const [k, v] of Object.entries(settings)) await tx.objectStore('settings').put(v, k);
  });
  await engine.addLoading(fresh);
  return { statements: added, duplicates: rows.length - added, articles: articles.length };
}
