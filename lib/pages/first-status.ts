import { browser } from 'wxt/browser';
import { send, type TabStatus } from '../shared/messages';
import { storedTabStatus } from '../db/tab-results';

export interface FirstStatus {
  tabId: number | null;
  /** The first answer to come: the stored one, or the worker's. */
  status: TabStatus | null;
  /** The worker's answer, which replaces a stored one (a page ranked again since it was kept). */
  fresh: Promise<TabStatus> | null;
}

/** The tab a view is about: `?tabId=N` when given (tests, the context menu), else the active one. */
export function fixedTab(): number | null {
  const v = new URLSearchParams(location.search).get('tabId');
  return v && /^\d+$/.test(v) ? Number(v) : null;
}

export async function activeTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Where the early script leaves its question for the view's module to pick up. */
const SLOT = '__readoutFirstStatus';
type Slot = { [SLOT]?: Promise<FirstStatus> };

/**
 * Asks the background for the tab's status, once per page, and reads the stored one meanwhile: an idle
 * worker was stopped by the browser, and starting it again takes longer than reading what it kept. The
 * popup's small classic script (entrypoints/ask-first.ts) calls this while the page is still parsing, ~10 ms
 * before the view's module has loaded; the view calls it again and gets the same answer, or asks itself if
 * that script did not run.
 */
export function firstStatus(): Promise<FirstStatus> {
  const slot = globalThis as Slot;
  return (slot[SLOT] ??= (async () => {
    const tabId = fixedTab() ?? await activeTab();
    if (tabId === null) return { tabId, status: null, fresh: null };
    const fresh = send('tabStatus', { tabId });
    const stored = storedTabStatus(tabId).catch(() => null);
    return { tabId, status: await Promise.race([fresh, stored.then((s) => s ?? fresh)]), fresh };
  })());
}
