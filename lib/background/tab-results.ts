import { browser } from 'wxt/browser';
import type { TabResult, TabStatus } from '../shared/messages';
import { SETTINGS_KEPT, type Settings } from '../db/settings';

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

/** A tab's kept answer and the settings as the worker last read them, in one read (for a view: tab-status.ts). */
export async function keptForView(tabId: number): Promise<{ kept: KeptResult | null; settings: Settings | null }> {
  const got = await area()?.get([key(tabId), SETTINGS_KEPT]).catch(() => null);
  return { kept: (got?.[key(tabId)] as KeptResult | undefined) ?? null, settings: (got?.[SETTINGS_KEPT] as Settings | undefined) ?? null };
}

export async function keptTabResult(tabId: number): Promise<KeptResult | null> {
  const got = await area()?.get(key(tabId)).catch(() => null);
  return (got?.[key(tabId)] as KeptResult | undefined) ?? null;
}

export async function dropTabResult(tabId: number): Promise<void> {
  await area()?.remove(key(tabId)).catch(() => undefined);
}
