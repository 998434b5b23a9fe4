import { browser } from 'wxt/browser';
import type { TabResult } from '../shared/messages';

/**
 * Each tab's last answer, kept where a stopped worker finds it: the browser stops an idle worker
 * after seconds, and the popup opened after that must still list the page's statements, at once,
 * without loading the corpus. Session storage lives in memory and ends with the browser; private
 * windows' pages are not kept.
 */
export interface KeptResult { url: string; result: TabResult }

const key = (tabId: number) => `tab:${tabId}`;
const area = () => browser.storage?.session;

export async function keepTabResult(tabId: number, url: string, result: TabResult): Promise<void> {
  await area()?.set({ [key(tabId)]: { url, result } satisfies KeptResult }).catch(() => undefined);
}

export async function keptTabResult(tabId: number): Promise<KeptResult | null> {
  const got = await area()?.get(key(tabId)).catch(() => null);
  return (got?.[key(tabId)] as KeptResult | undefined) ?? null;
}

export async function dropTabResult(tabId: number): Promise<void> {
  await area()?.remove(key(tabId)).catch(() => undefined);
}
