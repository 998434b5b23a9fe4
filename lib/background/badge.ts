import { browser } from 'wxt/browser';
import type { TabResult } from '../shared/messages';

// Chrome calls it `action`; Firefox's Manifest V2 build `browserAction`.
const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export const BADGE_SAME_EVENT = '#0a6b3d';
export const BADGE_RELATED = '#3d4a5c';

/** The toolbar button of a tab: how many statements match, green when one is the same event. */
export async function showMatches(tabId: number, result: TabResult | null): Promise<void> {
  const list = result?.result.statements ?? [];
  const same = list.filter((s) => s.strength === 'same-event').length;
  const title = list.length === 0 ? 'Readout: no statement matches this page'
    : `Readout: ${list.length} statement${list.length === 1 ? '' : 's'} match this page${same ? ` (${same} on the same event)` : ''}`;
  await Promise.all([
    action.setBadgeText({ tabId, text: list.length ? String(list.length) : '' }),
    action.setBadgeBackgroundColor({ tabId, color: same ? BADGE_SAME_EVENT : BADGE_RELATED }),
    action.setTitle({ tabId, title }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}
