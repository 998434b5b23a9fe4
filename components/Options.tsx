import { useEffect, useState } from 'preact/hooks';
import { send } from '../lib/shared/messages';
import type { LibraryStatus } from '../lib/shared/messages';
import type { Settings } from '../lib/db/settings';
import type { PublisherSummary } from '../engine';
import { AddStatements } from './AddStatements';
import { Switch } from './Switch';

type Mine = { id: string; title: string; date: string; source: string; addedAt: number }[];

/** Readout's options: where it runs, what it highlights, history, and the reader's own statements. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [mine, setMine] = useState<Mine>([]);
  const [people, setPeople] = useState<{ id: string; name: string }[]>([]);
  const [publishers, setPublishers] = useState<PublisherSummary[]>([]);
  const [note, setNote] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const reload = async () => {
    const [s, st, m] = await Promise.all([send('getSettings', {}), send('libraryStatus', {}), send('userStatements', {})]);
    setSettings(s); setStatus(st); setMine(m);
  };
  useEffect(() => { void reload(); void send('people', {}).then(setPeople); void send('publishers', {}).then(setPublishers); }, []);

  const change = async (patch: Partial<Settings>) => {
    try { setSettings(await send('setSettings', patch)); } catch (e) { setNote({ ok: false, lines: [(e as Error).message] }); }
  };

  const exportAll = async () => {
    const r = await send('exportData', {});
    if (!r.ok) { setNote({ ok: false, lines: r.problems }); return; }
    // A download made in the page: the file never leaves the machine.
    const url = URL.createObjectURL(new Blob([JSON.stringify(r.file, null, 1)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `readout-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNote({ ok: true, lines: [`Exported ${r.file.statements.length} statements and ${r.file.articles.length} articles.`] });
  };

  const clear = async () => {
    if (!confirm('Forget every article Readout remembers? Your statements stay.')) return;
    const r = await send('clearHistory', {});
    setNote(r.ok ? { ok: true, lines: ['History cleared.'] } : { ok: false, lines: r.problems });
    await reload();
  };

  const remove = async (id: string) => {
    const r = await send('deleteStatement', { id });
    if (!r.ok) setNote({ ok: false, lines: r.problems });
    await reload();
  };

  if (!settings || !status) return <main class="options"><p class="muted" role="status">Loading…</p></main>;
  return (
    <main class="options">
      <h1>Readout options</h1>
      {status.problem && (
        <div class="error" role="alert">
          <p>{status.problem}</p>
          <button type="button" onClick={async () => { if (confirm('Delete Readout\'s stored data and start afresh?')) setStatus(await send('resetStorage', {})); }}>Start afresh</button>
        </div>
      )}
      {note && <div class={note.ok ? 'done' : 'error'} role={note.ok ? 'status' : 'alert'}>{note.lines.map((l, i) => <p key={i}>{l}</p>)}</div>}

      <section aria-labelledby="o-sites">
        <h2 id="o-sites">Sites where Readout is off</h2>
        {settings.offSites.length === 0 ? <p class="muted">None. Turn Readout off for a site from the popup, on that site.</p> : (
          <ul class="sites">{settings.offSites.map((site) => (
            <li key={site}>{site} <button type="button" class="link" onClick={() => void change({ offSites: settings.offSites.filter((s) => s !== site) })}>Turn on again</button></li>
          ))}</ul>
        )}
      </section>

      <section aria-labelledby="o-publishers">
        <h2 id="o-publishers">Publishers</h2>
        <p class="muted">The statements bundled with Readout, by who published them. Turn one off and its statements are no longer matched, searched or shown on cards.</p>
        <ul class="publishers">
          {publishers.map((p) => (
            <li key={p.id} data-publisher={p.id}>
              <Switch label={p.name} checked={!settings.offPublishers.includes(p.id)}
                onChange={(on) => void change({ offPublishers: on ? settings.offPublishers.filter((x) => x !== p.id) : [...settings.offPublishers, p.id] })} />
              <span class="muted"> {p.count.toLocaleString('en')} statement{p.count === 1 ? '' : 's'}{p.from && p.to ? `, ${p.from} to ${p.to}` : ''} · {p.attribution ?? p.licence}</span>
            </li>
          ))}
        </ul>
        {publishers.length > 0 && <p class="muted">The corpus runs to {publishers.reduce((d, p) => (p.to && p.to > d ? p.to : d), '')}.</p>}
      </section>

      <section aria-labelledby="o-highlights">
        <h2 id="o-highlights">Highlights</h2>
        <div class="row"><Switch label="People" checked={settings.highlightPeople} onChange={(v) => void change({ highlightPeople: v })} />
          <label>Colour <input type="color" value={settings.personColour} onChange={(e) => void change({ personColour: (e.currentTarget as HTMLInputElement).value })} /></label></div>
        <div class="row"><Switch label="Topics" checked={settings.highlightTopics} onChange={(v) => void change({ highlightTopics: v })} />
          <label>Colour <input type="color" value={settings.topicColour} onChange={(e) => void change({ topicColour: (e.currentTarget as HTMLInputElement).value })} /></label></div>
        <Switch label="Every person and topic the page names (otherwise those it shares with its statements, and people named in full)" checked={settings.highlightAll} onChange={(v) => void change({ highlightAll: v })} />
        <Switch label="Also outside the article (menus, related stories, comments)" checked={settings.highlightAround} onChange={(v) => void change({ highlightAround: v })} />
        <Switch label="Highlights as elements (for screen readers and page-reading tools)" checked={settings.highlightsAsElements} onChange={(v) => void change({ highlightsAsElements: v })} />
      </section>

      <section aria-labelledby="o-history">
        <h2 id="o-history">History</h2>
        <p class="muted">Readout remembers which articles you read cover which statements: address, title, outlet, date, and a quote of at most 300 characters. Never the page's text; never in private windows.</p>
        <Switch label="Remember articles" checked={settings.history} onChange={(v) => void change({ history: v })} />
        <label>Keep for <input type="number" min={1} max={3650} value={settings.historyDays} onChange={(e) => { const n = Number((e.currentTarget as HTMLInputElement).value); if (Number.isInteger(n) && n >= 1 && n <= 3650) void change({ historyDays: n }); }} /> days</label>
        <p data-history-count={status.articles}>{status.articles} article{status.articles === 1 ? '' : 's'} remembered. <button type="button" onClick={() => void clear()}>Clear history</button></p>
      </section>

      <section aria-labelledby="o-mine">
        <h2 id="o-mine">Your statements</h2>
        <AddStatements people={people} onSaved={() => void reload()} />
        {mine.length > 0 && (
          <ul class="mine">{mine.map((s) => (
            <li key={s.id} data-statement-id={s.id}>{s.date} · {s.title} <span class="muted">({s.source})</span> <button type="button" class="link" onClick={() => void remove(s.id)}>Delete</button></li>
          ))}</ul>
        )}
      </section>

      <section aria-labelledby="o-transfer">
        <h2 id="o-transfer">Export and import</h2>
        <p class="muted">One JSON file with your statements, your history and your settings. Importing it back (here, or under “choose files” above) loses nothing and duplicates nothing.</p>
        <button type="button" onClick={() => void exportAll()}>Export everything</button>
      </section>
    </main>
  );
}
