import { browser } from 'wxt/browser';
import { send, type TabStatus } from '../shared/messages';

export interface FirstStatus { tabId: number | null; status: TabStatus | null }

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
 * Asks the background for the tab's status, once per page. The popup's small classic script
 * (entrypoints/ask-first.ts) calls this while the page is still parsing, ~10 ms before the view's
 * module has loaded; the view calls it again and gets the same answer, or asks itself if that
 * script did not run.
 */
export function firstStatus(): Promise<FirstStatus> {
  const slot = globalThis as Slot;
  return (slot[SLOT] ??= (async () => {
    const tabId = fixedTab() ?? await activeTab();
    return { tabId, status: tabId === null ? null : await send('tabStatus', { tabId }) };
  })());
}
