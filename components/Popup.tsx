import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CorpusResults } from '../engine';
import { send, type Chip, type TabStatus } from '../lib/shared/messages';
import { hasPanel, openPanel } from '../lib/shared/panel';
import { activeTab, firstStatus, fixedTab } from '../lib/pages/first-status';
import type { Settings } from '../lib/db/settings';
import { PageView } from './PageView';
import { Reader } from './Reader';
import { AccountsView } from './AccountsView';
import { isSearching, NO_SEARCH, SearchBox, type SearchState } from './SearchBox';
import { SearchView } from './SearchView';
import { Switch } from './Switch';

export type Mode = 'popup' | 'panel';

const params = new URLSearchParams(location.search);

/** Asked as the script loads (if the early script has not asked already), before the view is built. */
const first = firstStatus();

/** Long enough for the background's answer (a few ms), short enough that a slow one shows "Reading…" instead. */
const WAIT_FOR_ANSWER_MS = 150;

/**
 * Readout's view of a tab: the popup, and the side panel (which follows the active tab
 * and opens statements in place, beside the article).
 */
export function Popup({ mode }: { mode: Mode }) {
  const [tabId, setTabIdState] = useState<number | null>(fixedTab());
  // Listeners registered once read the current tab from here, not from a stale closure.
  const tabRef = useRef(tabId);
  const setTabId = (id: number | null) => { tabRef.current = id; setTabIdState(id); };
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [slow, setSlow] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState<SearchState>({ ...NO_SEARCH, text: params.get('q') ?? '' });
  const [results, setResults] = useState<CorpusResults | null>(null);
  const [reading, setReading] = useState<string | null>(mode === 'panel' ? params.get('id') : null);
  /** The event whose accounts the panel compares; a statement opened from it goes back to it. */
  const [comparing, setComparing] = useState<string | null>(null);
  const asked = useRef(0);

  const refresh = (id: number) => send('tabStatus', { tabId: id }).then((s) => { setStatus(s); setError(null); }, (e: Error) => setError(e.message));

  // A layout effect, not an effect: the answer must not wait for the first frame to be listened for.
  useLayoutEffect(() => {
    const fixed = fixedTab();
    const follow = () => activeTab().then((id) => { setTabId(id); if (id !== null) void refresh(id); });
    first.then(({ tabId: id, status: s, fresh }) => {
      setTabId(id);
      if (s) setStatus(s);
      fresh?.then((f) => { if (tabRef.current === id) setStatus(f); }, (e: Error) => setError(e.message));
    }, (e: Error) => setError(e.message));
    const waited = setTimeout(() => setSlow(true), WAIT_FOR_ANSWER_MS);
    // The page's analysis may finish after the view opened; the panel also follows tab switches.
    const onMessage = (msg: { type?: string; tabId?: number }) => {
      if (msg?.type === 'tabResultChanged' && msg.tabId === tabRef.current) void refresh(msg.tabId);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const onActivated = () => { if (mode === 'panel' && fixed === null) void follow(); };
    browser.tabs.onActivated.addListener(onActivated);
    document.documentElement.dataset.readoutView = mode;
    return () => { clearTimeout(waited); browser.runtime.onMessage.removeListener(onMessage); browser.tabs.onActivated.removeListener(onActivated); };
  }, []);

  useEffect(() => {
    if (!isSearching(search)) { setResults(null); return; }
    const n = ++asked.current;
    // Each keystroke asks; only the latest answer is shown.
    send('search', { text: search.text, from: search.from || null, to: search.to || null, typing: !/\s$/.test(search.text) })
      .then((r) => { if (n === asked.current) setResults(r); }, (e: Error) => setError(e.message));
  }, [search]);

  // When the reader first sees the page's results (an effect runs after the frame that drew them): the worker's
  // answer, when it replaces a kept one a moment later, changes nothing they wait for.
  useEffect(() => {
    const root = document.documentElement.dataset;
    if (status && !isSearching(search) && root.readoutReady === undefined) root.readoutReady = String(Math.round(performance.now()));
  }, [status]);

  const change = async (patch: Partial<Settings>) => {
    const s = await send('setSettings', patch);
    setStatus((cur) => (cur ? { ...cur, settings: s } : cur));
    if (tabId !== null) setTimeout(() => void refresh(tabId), 400);
  };

  const open = (id: string) => {
    if (mode === 'panel') { setReading(id); return; }
    void send('openReader', { id, tabId }).then(() => window.close());
  };
  const compare = (event: string) => {
    if (mode === 'panel') { setComparing(event); return; }
    void send('openReader', { id: event, tabId, event: true }).then(() => window.close());
  };
  const pick = (c: Chip) => { if (tabId !== null) void send('reveal', { tabId, kind: c.kind, id: c.id }); };
  const beside = () => { if (tabId !== null) void openPanel(tabId, '').then(() => window.close(), (e: Error) => setError(`The side panel did not open: ${e.message}`)); };

  // Escape steps back: out of a statement, then out of a search, then closes the popup.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (reading) setReading(null);
      else if (comparing) setComparing(null);
      else if (isSearching(search)) setSearch(NO_SEARCH);
      else if (mode === 'popup') window.close();
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [reading, comparing, search]);

  if (reading) return <div class={`view ${mode}`}><Reader id={reading} tabId={tabId} onBack={() => setReading(null)} onCompare={(event) => { setReading(null); setComparing(event); }} /></div>;
  if (comparing) return <div class={`view ${mode}`}><AccountsView event={comparing} tabId={tabId} onOpen={setReading} onBack={() => setComparing(null)} /></div>;

  const settings = status?.settings;
  const site = status?.site ?? null;
  const siteOn = site !== null && settings !== undefined && !settings.offSites.includes(site);
  return (
    <main class={`view ${mode}`}>
      <header class="top">
        <h1>Readout</h1>
        {/* In the header, not below a list of 25 statements: found without scrolling, and still while the list settles. */}
        {mode === 'popup' && hasPanel && tabId !== null && <button type="button" class="link beside" onClick={beside}>Open beside the article</button>}
        {settings && <Switch label="On" name="Readout on" checked={settings.enabled} onChange={(v) => void change({ enabled: v })} />}
      </header>
      {/* Until the answer comes, the site's switch keeps its place: the search box below does not jump. */}
      {!status && !error && <div class="switch-slot" aria-hidden="true" />}
      {settings && site && settings.enabled && (
        <Switch label={`On for ${site}`} checked={siteOn} onChange={(v) => void change({ offSites: v ? settings.offSites.filter((s) => s !== site) : [...settings.offSites, site] })} />
      )}
      <SearchBox value={search} onChange={setSearch} />
      {error && <p class="error" role="alert">Readout could not answer: {error}. Reload the page, or restart the browser if it persists.</p>}
      {isSearching(search)
        ? <SearchView results={results} onOpen={open} />
        : status ? <PageView status={status} onOpen={open} onCompare={compare} onPick={pick} /> : !error && slow && <p class="muted state" role="status">Reading this page…</p>}
      <footer class="foot">
        {settings && (
          <details class="settings">
            <summary>Settings</summary>
            <Switch label="Highlights as elements (for screen readers and page-reading tools)" checked={settings.highlightsAsElements} onChange={(v) => void change({ highlightsAsElements: v })} />
          </details>
        )}
      </footer>
    </main>
  );
}
