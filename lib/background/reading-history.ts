// The reader's history as the background keeps it: what a ranked page covers, and what the popup and the
// reader ask of it. Apart from the library (which needs the engine) so that it loads without the corpus.
import { coverageOf, otherArticlesOnEvent, pruneHistory, recordArticle } from '../db/history';
import { isQuotaError, openReadoutDB, QUOTA_MESSAGE } from '../db/open';
import { loadSettings, type Settings } from '../db/settings';
import { statusOf } from '../db/tab-results';
import type { Coverage, PageMatch, PageMeta, TabResult, TabStatus } from '../shared/messages';

export async function remember(meta: PageMeta, matches: PageMatch[], incognito: boolean): Promise<void> {
  if (incognito) return;
  const settings = await loadSettings();
  if (!settings.history) return;
  const db = await openReadoutDB();
  if (db) await recordArticle(db, meta, matches).catch((e) => console.warn('Readout: history not saved:', isQuotaError(e) ? QUOTA_MESSAGE : e));
}

export async function othersOnEvent(statementId: string, page: PageMeta): Promise<number> {
  const db = await openReadoutDB();
  return db ? otherArticlesOnEvent(db, statementId, page) : 0;
}

/** For the page's first same-event statement: how many other articles the reader read on that event. */
export async function readOnEvent(result: TabResult | null): Promise<TabStatus['othersOnEvent']> {
  const event = result?.result.statements.find((m) => m.strength === 'same-event');
  return event && result ? { statementId: event.id, count: await othersOnEvent(event.id, result.page) } : null;
}

/** A tab's status, with what the reader read on its event looked up now. */
export async function tabStatusOf(url: string | null, settings: Settings, why: TabStatus['why'], result: TabResult | null): Promise<TabStatus> {
  return statusOf(url, settings, why, result, await readOnEvent(result));
}

export async function coverage(statementId: string): Promise<Coverage[]> {
  const db = await openReadoutDB();
  return db ? coverageOf(db, statementId) : [];
}

/** Once per worker start: history older than the reader keeps it is dropped. */
export async function pruneOld(): Promise<void> {
  const db = await openReadoutDB();
  if (db) await pruneHistory(db, (await loadSettings()).historyDays);
}
