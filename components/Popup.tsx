import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send, type TabResult } from '../lib/messages';
import { StatementItem } from './StatementItem';

async function targetTab(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tabId');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

type State = { status: 'loading' } | { status: 'none' } | { status: 'ready'; data: TabResult };

export function Popup() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    targetTab()
      .then((id) => (id === null ? null : send('resultForTab', { tabId: id })))
      .then((data) => setState(data ? { status: 'ready', data } : { status: 'none' }))
      .catch(() => setState({ status: 'none' }));
  }, []);

  if (state.status === 'loading') return <main class="popup"><p class="muted">Reading this page…</p></main>;
  if (state.status === 'none') return <main class="popup"><h1>Readout</h1><p class="muted">No article was read on this page.</p></main>;
  const { page, result } = state.data;
  return (
    <main class="popup">
      <h1>Readout</h1>
      <p class="page-title" title={page.url}>{page.title}</p>
      {result.statements.length === 0
        ? <p class="muted">No official statement matches this page.</p>
        : <ol class="statements" aria-label="Matching statements">{result.statements.map((s) => <StatementItem key={s.id} s={s} />)}</ol>}
      {(result.people.length > 0 || result.topics.length > 0) && (
        <section aria-label="Found on this page">
          <h2>On this page</h2>
          <ul class="chips">
            {result.people.map((p) => <li key={p.id} class="chip person">{p.name} <span class="count">{p.mentions}</span></li>)}
            {result.topics.map((t) => <li key={t.id} class="chip topic">{t.label} <span class="count">{t.mentions}</span></li>)}
          </ul>
        </section>
      )}
    </main>
  );
}
