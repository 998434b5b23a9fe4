import { browser } from 'wxt/browser';
import { entityCard } from '../engine';
import type { Envelope, Protocol, TabMessage } from './messages';
import { getEngine } from './engine-instance';
import { PageState } from './page-state';
import { loadSettings, saveSettings, siteOf } from './settings';

const pages = new Map<number, PageState>();
/** The page each tab's content script last asked about: the popup needs its site. */
const tabUrls = new Map<number, string>();
const errors: { at: number; message: string; url: string }[] = [];

type Handlers = { [K in keyof Protocol]: (body: Protocol[K]['req'], tabId: number | undefined) => Protocol[K]['res'] | Promise<Protocol[K]['res']> };

const handlers: Handlers = {
  analyzeBlocks({ page, reset, blocks, removed, final }, tabId) {
    if (tabId === undefined) return { restart: true };
    let state = pages.get(tabId);
    if (reset || !state) {
      // A worker that was asleep has lost the page: the content script sends it whole again.
      if (!reset) return { restart: true };
      state = new PageState(getEngine());
      pages.set(tabId, state);
    }
    return state.update(page, blocks, removed, final);
  },
  async tabStatus({ tabId }) {
    const url = tabUrls.get(tabId) ?? null;
    const settings = await loadSettings();
    const why = url ? (await handlers.pageSettings({ url }, tabId)).why : 'unknown';
    return { site: url ? siteOf(url) : null, settings, why, result: why === 'on' ? pages.get(tabId)?.result() ?? null : null };
  },
  lookup({ kind, id, date }) {
    return entityCard(getEngine(), kind, id, date);
  },
  statement({ id }) {
    return getEngine().statements.get(id) ?? null;
  },
  async openReader({ id }) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`) });
  },
  async pageSettings({ url }, tabId) {
    if (tabId !== undefined) tabUrls.set(tabId, url);
    const s = await loadSettings();
    const site = siteOf(url);
    const painter = s.highlightsAsElements ? 'elements' : 'highlight';
    if (!site) return { on: false, why: 'not-a-page', painter };
    if (!s.enabled) return { on: false, why: 'off', painter };
    if (s.offSites.includes(site)) return { on: false, why: 'site-off', painter };
    return { on: true, why: 'on', painter };
  },
  getSettings() {
    return loadSettings();
  },
  async setSettings(patch) {
    const s = await saveSettings(patch);
    await broadcast({ type: 'settingsChanged' });
    return s;
  },
  recentErrors() {
    return errors.slice();
  },
  reportError({ message, stack, url }) {
    errors.push({ at: Date.now(), message, url });
    if (errors.length > 50) errors.shift();
    console.warn('Readout content script error on', url, message, stack);
  },
};

async function broadcast(msg: TabMessage): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? null : browser.tabs.sendMessage(t.id, msg).catch(() => null))));
}

async function activeTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function startBackground(): void {
  browser.runtime.onMessage.addListener((msg: Envelope, sender) => {
    const handler = handlers[msg?.type] as ((b: unknown, t: number | undefined) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(msg.body, sender.tab?.id));
  });
  browser.tabs.onRemoved.addListener((tabId) => { pages.delete(tabId); tabUrls.delete(tabId); });
  browser.commands?.onCommand.addListener(async (name) => {
    if (name === 'toggle-readout') {
      const s = await loadSettings();
      await handlers.setSettings({ enabled: !s.enabled }, undefined);
      return;
    }
    const tab = await activeTab();
    if (tab !== null && (name === 'next-mention' || name === 'previous-mention')) {
      await browser.tabs.sendMessage(tab, { type: 'command', name } satisfies TabMessage).catch(() => null);
    }
  });
}
