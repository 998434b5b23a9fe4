import { browser } from 'wxt/browser';
import type { TabResult, TabStatus } from '../shared/messages';
import { pageWhy, SETTINGS_KEPT, siteOf, type Settings } from './settings';

/**
 * Each tab's last answer, kept where a stopped worker finds it: the browser stops an idle worker
 * after seconds, and the popup opened after that must still list the page's statements, at once,
 * without loading the corpus. Session storage lives in memory and ends with the browser; private
 * windows' pages are not kept.
 */
export interface KeptResult {
  url: string;
  /** Null for a page Readout is off on: its address alone is kept, so that a view can say why. */
  result: TabResult | null;
  othersOnEvent: TabStatus['othersOnEvent'];
}

const key = (tabId: number) => `tab:${tabId}`;
const area = () => browser.storage?.session;

export async function keepTabResult(tabId: number, url: string, result: TabResult | null, othersOnEvent: TabStatus['othersOnEvent']): Promise<void> {
  await area()?.set({ [key(tabId)]: { url, result, othersOnEvent } satisfies KeptResult }).catch(() => undefined);
}

/**
 * A tab's status from what the worker kept: the page's last answer and the settings, in one read; null when
 * either is missing. A view reads it itself rather than wait for the browser to start a worker it stopped
 * (~150 ms here) and the worker to open the database, and takes the worker's answer when it comes.
 */
export async function storedTabStatus(tabId: number): Promise<TabStatus | null> {
  const got = await area()?.get([key(tabId), SETTINGS_KEPT]).catch(() => null);
  const kept = got?.[key(tabId)] as KeptResult | undefined;
  const settings = got?.[SETTINGS_KEPT] as Settings | undefined;
  if (!kept || !settings) return null;
  const why = pageWhy(kept.url, settings);
  return statusOf(kept.url, settings, why, why === 'on' ? kept.result : null, why === 'on' ? kept.othersOnEvent : null);
}

/** A tab's status as its views show it: the page's answer, whether Readout runs there, what the reader read on its event. */
export function statusOf(url: string | null, settings: Settings, why: TabStatus['why'], result: TabResult | null, othersOnEvent: TabStatus['othersOnEvent']): TabStatus {
  return { site: url ? siteOf(url) : null, settings, why, result, othersOnEvent };
}

export async function keptTabResult(tabId: number): Promise<KeptResult | null> {
  const got = await area()?.get(key(tabId)).catch(() => null);
  return (got?.[key(tabId)] as KeptResult | undefined) ?? null;
}

export async function dropTabResult(tabId: number): Promise<void> {
  await area()?.remove(key(tabId)).catch(() => undefined);
}
