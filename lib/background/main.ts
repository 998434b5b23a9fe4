import { browser } from 'wxt/browser';
import { entityCard, publisherLabel, publisherSummary, searchCorpus, type ReadoutEngine } from '../../engine';
import type { Envelope, PageSettings, Protocol, TabMessage } from '../shared/messages';
import { showMatches } from './badge';
import { chipsOf } from './chips';
import { accountsView } from './accounts';
import { openPanel } from '../shared/panel';
import { readerQuery } from '../shared/reader-url';
import { library } from './library';
import { coverage, pruneOld, readOnEvent, remember, tabStatusOf } from './reading-history';
import { applyPublisherChoice, engineLoaded, engineReady } from './engine-instance';
import { readEarly } from './early-read';
import { PageState } from './page-state';
import { dropTabResult, keepTabResult, keptTabResult } from '../db/tab-results';
import { loadSettings, pageWhy, saveSettings } from '../db/settings';

const pages = new Map<number, PageState>();
/** The page each tab's content script last asked about: the popup needs its site. */
const tabUrls = new Map<number, string>();
const errors: { at: number; message: string; url: string }[] = [];
const badgeTimers = new Map<number, ReturnType<typeof setTimeout>>();
/** Tabs of private windows: nothing of them is written to history. */
const incognitoTabs = new Set<number>();

/** Pages that keep changing (infinite scroll) are ranked once they settle, not per batch. */
const BADGE_DELAY_MS = 250;
/** Long after the popup's answer left (a few ms), before a reader has typed a word. */
const WARM_AFTER_MS = 400;
/** Old history is dropped this long after the worker starts, well within its life (30 s idle). */
const PRUNE_AFTER_MS = 5_000;

function rankSoon(tabId: number): void {
  clearTimeout(badgeTimers.get(tabId));
  badgeTimers.set(tabId, setTimeout(() => {
    badgeTimers.delete(tabId);
    const state = pages.get(tabId);
    // Ranking now also makes the popup's answer ready before it opens.
    if (!state) return;
    void state.result().then(async (result) => {
      // The page moved on while bodies were read: its own ranking follows.
      if (pages.get(tabId) !== state) return;
      void showMatches(tabId, result);
      void remember(result.page, result.result.statements, incognitoTabs.has(tabId));
      if (!incognitoTabs.has(tabId)) await keepTabResult(tabId, tabUrls.get(tabId) ?? result.page.url, result, await readOnEvent(result));
      // An open popup or side panel shows the new answer.
      browser.runtime.sendMessage({ type: 'tabResultChanged', tabId }).catch(() => undefined);
    }, (e: Error) => console.warn('Readout: the page could not be ranked', e));
  }, BADGE_DELAY_MS));
}

/** Forgets a tab's page; with `offAt`, the address of a page Readout is off on is kept without its answer. */
function forgetTab(tabId: number, offAt?: string): void {
  pages.delete(tabId);
  void (offAt && !incognitoTabs.has(tabId) ? keepTabResult(tabId, offAt, null, null) : dropTabResult(tabId));
  clearTimeout(badgeTimers.get(tabId));
  badgeTimers.delete(tabId);
}

const LOOKUP_MENU = 'readout-look-up';

/** Search reads the search index and every statement's words: loaded once, on the first search or when a view opens. */
let searchWarm: Promise<ReadoutEngine> | null = null;
function warmSearch(): Promise<ReadoutEngine> {
  searchWarm ??= engineReady().then(async (e) => { await Promise.all([e.searchReady(), e.allBodies()]); return e; });
  // A failed read is tried again by the next search.
  searchWarm.catch(() => { searchWarm = null; });
  return searchWarm;
}

/** Whether and how Readout runs on a page; off, the tab's page is forgotten. */
async function pageSettingsFor(url: string, tabId: number | undefined): Promise<PageSettings> {
  if (tabId !== undefined) {
    // Another page in the tab: what was kept of the last one is not its answer.
    if (tabUrls.get(tabId) !== url) void keptTabResult(tabId).then((k) => { if (k && k.url !== url) void dropTabResult(tabId); });
    tabUrls.set(tabId, url);
  }
  const s = await loadSettings();
  const painter = s.highlightsAsElements ? 'elements' : 'highlight';
  const why = pageWhy(url, s);
  if (why !== 'on' && tabId !== undefined) {
    // Off for this page: nothing of it stays, not even the count on the toolbar; only its address, so that
    // a popup opened after the worker was stopped says Readout is off here rather than that it cannot read it.
    forgetTab(tabId, url);
    void showMatches(tabId, null);
  }
  const look = { person: s.highlightPeople, topic: s.highlightTopics, around: s.highlightAround, all: s.highlightAll, personColour: s.personColour, topicColour: s.topicColour };
  return { on: why === 'on', why, painter, look };
}

type Handlers = { [K in keyof Protocol]: (body: Protocol[K]['req'], tabId: number | undefined) => Protocol[K]['res'] | Promise<Protocol[K]['res']> };

const handlers: Handlers = {
  async analyzeBlocks({ page, reset, blocks, removed, final }, tabId) {
    if (tabId === undefined) return { restart: true };
    // A stopped worker reads its corpus while the page's text is prepared (early-read.ts); it knows no page yet, so
    // only a page sent anew is worth preparing.
    const ready = engineReady();
    const prepared = engineLoaded() || !reset ? undefined : readEarly(page, blocks, final).prepared;
    const engine = await ready;
    let state = pages.get(tabId);
    if (reset || !state) {
      // A worker that was asleep has lost the page: the content script sends it whole again.
      if (!reset) return { restart: true };
      state = new PageState(engine);
      pages.set(tabId, state);
    }
    const out = state.update(page, blocks, removed, final, prepared);
    if (final) rankSoon(tabId);
    return out;
  },
  async litEntities(_body, tabId) {
    return (tabId !== undefined ? await pages.get(tabId)?.lit() : null) ?? null;
  },
  async tabStatus({ tabId }) {
    // A worker that was stopped since knows the page from what it kept, and answers without the corpus.
    const kept = pages.has(tabId) ? null : await keptTabResult(tabId);
    const url = tabUrls.get(tabId) ?? kept?.url ?? null;
    const settings = await loadSettings();
    const why = url ? (await pageSettingsFor(url, tabId)).why : 'unknown';
    const state = pages.get(tabId);
    const result = why !== 'on' ? null : state ? await state.result() : kept?.url === url ? kept.result : null;
    // The reader may search next: the search index and bodies load once the popup has its answer.
    setTimeout(() => void warmSearch(), WARM_AFTER_MS);
    return tabStatusOf(url, settings, why, result);
  },
  async lookup({ kind, id, date }) {
    return entityCard(await engineReady(), kind, id, date);
  },
  async statement({ id, tabId }) {
    const engine = await engineReady();
    const s = engine.statements.get(id);
    if (!s) return null;
    const page = tabId != null ? pages.get(tabId) : undefined;
    await engine.loadBodies([s.id]);
    const view = page ? await page.readerView(s) : { statement: { ...s, body: engine.bodyOf(s) }, ...chipsOf(engine, s), passages: [], page: null };
    const accounts = (engine.event(engine.eventOf(s.id))?.accounts ?? []).map((a) => engine.statements.get(a)).filter((a) => !!a && engine.visible(a));
    const event = accounts.length > 1 ? { id: engine.eventOf(s.id), by: [...new Set(accounts.map((a) => publisherLabel(engine, a!)))] } : null;
    return { ...view, event, coverage: await coverage(s.id) };
  },
  async accounts({ event, tabId }) {
    return accountsView(await engineReady(), event, tabId != null ? pages.get(tabId) : undefined);
  },
  async openReader({ id, tabId, event }, senderTab) {
    const from = tabId ?? senderTab;
    await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?${readerQuery(event ? { event: id } : { id }, from)}`) });
  },
  async search(query) {
    return searchCorpus(await warmSearch(), query);
  },
  async reveal({ tabId, kind, id }) {
    const msg: TabMessage = { type: 'reveal', kind, id };
    return (await browser.tabs.sendMessage(tabId, msg).catch(() => false)) === true;
  },
  async pageSettings({ url }, tabId) {
    const out = await pageSettingsFor(url, tabId);
    // A page Readout runs on sends its text next: the corpus is read meanwhile (a content script reads the page's
    // article before it sends it), not once the text has come.
    if (out.on && tabId !== undefined) void engineReady().catch(() => undefined);
    return out;
  },
  getSettings() {
    return loadSettings();
  },
  async setSettings(patch) {
    const s = await saveSettings(patch);
    if (patch.offPublishers) await applyPublisherChoice();
    await broadcast({ type: 'settingsChanged' });
    return s;
  },
  async publishers() {
    return publisherSummary(await engineReady());
  },
  async people() {
    return [...(await engineReady()).people.values()].map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name));
  },
  libraryStatus: () => library.status(),
  proposeStatement: (input) => library.propose(input),
  addStatements: ({ items, where }) => library.add(items, where),
  userStatements: () => library.list(),
  deleteStatement: ({ id }) => library.remove(id),
  exportData: () => library.exportData(),
  importData: ({ text, file }) => library.importData(text, file),
  clearHistory: () => library.clearHistory(),
  resetStorage: () => library.reset(),
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
    if (sender.tab?.id !== undefined && sender.tab.incognito) incognitoTabs.add(sender.tab.id);
    return Promise.resolve().then(() => handler(msg.body, sender.tab?.id));
  });
  browser.tabs.onRemoved.addListener((tabId) => { forgetTab(tabId); tabUrls.delete(tabId); incognitoTabs.delete(tabId); });
  // Once a woken worker has answered: its first answer reads the corpus from the same storage.
  setTimeout(() => void pruneOld().catch(() => undefined), PRUNE_AFTER_MS);
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: LOOKUP_MENU, title: 'Look up “%s” in Readout', contexts: ['selection'] }, () => void browser.runtime.lastError);
    // A new build's corpus is read, and its copy kept (lib/db/corpus-cache.ts), before the first page asks.
    void engineReady().catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU || !info.selectionText) return;
    const q = `q=${encodeURIComponent(info.selectionText.trim().slice(0, 200))}`;
    // Beside the article where the browser has a panel; else a tab of its own.
    const fallback = () => browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?${q}${tab?.id != null ? `&tabId=${tab.id}` : ''}` ), index: tab ? tab.index + 1 : undefined });
    if (tab?.id == null || tab.id < 0) { void fallback(); return; }
    openPanel(tab.id, q).catch(fallback);
  });
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
