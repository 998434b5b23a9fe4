import { useEffect, useState } from 'preact/hooks';
import type { StatementRecord } from '../engine';
import { send } from '../lib/messages';

/** A statement, whole: metadata then the text, as the corpus keeps it. */
export function Reader({ id }: { id: string }) {
  const [s, setS] = useState<StatementRecord | null | undefined>(undefined);
  useEffect(() => { send('statement', { id }).then(setS, () => setS(null)); }, [id]);
  useEffect(() => { if (s) document.title = `${s.title} — Readout`; }, [s]);
  if (s === undefined) return <main class="reader"><p class="muted">Loading…</p></main>;
  if (s === null) return <main class="reader"><h1>Statement not found</h1><p class="muted">Readout has no statement with the id “{id}”.</p></main>;
  return (
    <main class="reader" data-statement-id={s.id}>
      <p class="kicker">{s.kind} · <time dateTime={s.date}>{s.date}</time>{s.published && s.published !== s.date ? ` (published ${s.published})` : ''}</p>
      <h1>{s.title}</h1>
      <p class="source">{s.source}{s.attribution ? ` — ${s.attribution}` : ''}</p>
      <article>{s.body.map((p, i) => <p key={i}>{p}</p>)}</article>
    </main>
  );
}
