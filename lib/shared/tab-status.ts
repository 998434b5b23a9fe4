import { siteOf, type Settings } from '../db/settings';
import { othersOnEvent } from '../background/reading-history';
import { keptForView } from '../background/tab-results';
import type { PageSettings, TabResult, TabStatus } from './messages';

/** Whether Readout runs on a page, by the reader's settings. */
export function pageWhy(url: string, s: Settings): PageSettings['why'] {
  const site = siteOf(url);
  return !site ? 'not-a-page' : !s.enabled ? 'off' : s.offSites.includes(site) ? 'site-off' : 'on';
}

/** For the page's first same-event statement: how many other articles the reader read on that event. */
export async function readOnEvent(result: TabResult | null): Promise<TabStatus['othersOnEvent']> {
  const event = result?.result.statements.find((m) => m.strength === 'same-event');
  return event && result ? { statementId: event.id, count: await othersOnEvent(event.id, result.page) } : null;
}

/** A tab's status as its views show it: the page's answer, where Readout runs there, and what the reader read on its event. */
export async function tabStatusOf(url: string | null, settings: Settings, why: TabStatus['why'], result: TabResult | null): Promise<TabStatus> {
  return { site: url ? siteOf(url) : null, settings, why, result, othersOnEvent: await readOnEvent(result) };
}

/**
 * A tab's status from what the worker kept in session storage: the page's last answer and the settings; null
 * when either is missing. A view reads it itself rather than wait for the browser to start a worker it stopped
 * (~150 ms here) and the worker to open the database, and takes the worker's answer when it comes.
 */
export async function storedTabStatus(tabId: number): Promise<TabStatus | null> {
  const { kept, settings } = await keptForView(tabId);
  if (!kept || !settings) return null;
  const why = pageWhy(kept.url, settings);
  return { site: siteOf(kept.url), settings, why, result: why === 'on' ? kept.result : null, othersOnEvent: why === 'on' ? kept.othersOnEvent : null };
}
