import { browser } from 'wxt/browser';

interface SidePanelApi {
  setOptions(o: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
}
interface SidebarApi { setPanel(o: { panel: string }): Promise<void>; open(): Promise<void> }

/** Chrome's side panel or Firefox's sidebar, whichever this browser has. */
const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;

export const hasPanel = Boolean(sidePanel || sidebar);

/**
 * Opens Readout beside the tab's article, at `query` (e.g. "id=…" or "q=…"). Both browsers
 * open it only in answer to a click: call this straight from the click, without awaiting first.
 */
export function openPanel(tabId: number, query: string): Promise<void> {
  const path = `/sidepanel.html?tabId=${tabId}${query ? `&${query}` : ''}` as const;
  if (sidePanel) {
    const set = sidePanel.setOptions({ tabId, path, enabled: true });
    return Promise.all([set, sidePanel.open({ tabId })]).then(() => undefined);
  }
  if (sidebar) {
    const set = sidebar.setPanel({ panel: browser.runtime.getURL(path) });
    return Promise.all([set, sidebar.open()]).then(() => undefined);
  }
  return Promise.reject(new Error('This browser has no side panel.'));
}
