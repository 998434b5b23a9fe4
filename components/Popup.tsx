import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send, type TabStatus } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { StatementItem } from './StatementItem';
import { Switch } from './Switch';

async function targetTab(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  if (fromUrl && /^-?\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const WHY: Record<string, string> = {
  off: 'Readout is off. Turn it on to see the statements that match this page.',
  'site-off': 'Readout is off for this site.',
  'not-a-page': 'This is a browser page: extensions cannot run here.',
  unknown: 'Readout has not read this page: it is a browser page, or it was open before Readout was installed (reload it).',
};

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const refresh = (id: number) => send('tabStatus', { tabId: id }).then(setStatus);
  useEffect(() => { targetTab().then((id) => { setTabId(id); if (id !== null) void refresh(id); }); }, []);

  const change = async (patch: Partial<Settings>) => {
    await send('setSettings', patch);
    // The content script repaints on its own; give it a moment before reading the result again.
    if (tabId !== null) setTimeout(() => void refresh(tabId), 400);
  };

  if (!status) return <main class="popup"><p class="muted">Reading this page…</p></main>;
  const { site, settings, why, result } = status;
  const siteOn = site !== null && !settings.offSites.includes(site);
  return (
    <main class="popup">
      <header class="top">
        <h1>Readout</h1>
        <Switch label="Readout on" checked={settings.enabled} onChange={(v) => void change({ enabled: v })} />
      </header>
      {site && settings.enabled && (
        <Switch label={`On for ${site}`} checked={siteOn} onChange={(v) => void change({ offSites: v ? settings.offSites.filter((s) => s !== site) : [...settings.offSites, site] })} />
      )}
      {why !== 'on' && <p class="muted state">{WHY[why]}</p>}
      {why === 'on' && !result && <p class="muted state">No article text was found on this page.</p>}
      {result && (
        <>
          <p class="page-title" title={result.page.url}>{result.page.title}</p>
          {result.result.statements.length === 0
            ? <p class="muted state">No official statement matches this page.</p>
            : <ol class="statements" aria-label="Matching statements">{result.result.statements.map((s) => <StatementItem key={s.id} s={s} />)}</ol>}
          {(result.result.people.length > 0 || result.result.topics.length > 0) && (
            <section aria-label="Found on this page">
              <h2>On this page</h2>
              <ul class="chips">
                {result.result.people.map((p) => <li key={p.id} class="chip person">{p.name} <span class="count">{p.mentions}</span></li>)}
                {result.result.topics.map((t) => <li key={t.id} class="chip topic">{t.label} <span class="count">{t.mentions}</span></li>)}
              </ul>
            </section>
          )}
        </>
      )}
      <details class="settings">
        <summary>Settings</summary>
        <Switch label="Highlights as elements (for screen readers and page-reading tools)" checked={settings.highlightsAsElements} onChange={(v) => void change({ highlightsAsElements: v })} />
      </details>
    </main>
  );
}
