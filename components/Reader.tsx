import { useEffect, useRef, useState } from 'preact/hooks';
import { send, type ReaderView } from '../lib/shared/messages';
import { readerQuery } from '../lib/shared/reader-url';
import { Chips } from './Chips';
import { MarkedText, markOf } from './MarkedText';

/** The reader's tab becomes the accounts view; the browser's Back returns to the statement. */
function compareInTab(event: string, tabId: number | null): void {
  location.href = `reader.html?${readerQuery({ event }, tabId)}`;
}

/**
 * A statement, whole: metadata, people and topics, then the text as the corpus keeps it.
 * Opened from a tab, the paragraphs its article repeats or restates are marked, each with
 * the article's sentence beside it.
 */
export function Reader({ id, tabId, onBack, onCompare }: { id: string; tabId: number | null; onBack?(): void; onCompare?(event: string): void }) {
  const [view, setView] = useState<ReaderView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { send('statement', { id, tabId }).then(setView, (e: Error) => { setError(e.message); setView(null); }); }, [id, tabId]);
  useEffect(() => { if (view && !onBack) document.title = `${view.statement.title} — Readout`; }, [view]);
  const backRef = useRef<HTMLButtonElement>(null);
  // Opened in place (the side panel): the keyboard lands on the way back.
  useEffect(() => { backRef.current?.focus(); }, [view === undefined]);
  const back = onBack && <button type="button" class="link back" ref={backRef} onClick={onBack}>← Back to the list</button>;
  if (view === undefined) return <main class="reader"><p class="muted" role="status">Loading…</p></main>;
  if (view === null) {
    return (
      <main class="reader">{back}<h1>Statement not found</h1>
        <p class="muted">{error ? `Readout could not load it: ${error}.` : `Readout has no statement with the id “${id}”.`}</p></main>
    );
  }
  const { statement: s, passages, page } = view;
  const byParagraph = new Map(passages.map((p) => [p.statementParagraph, p]));
  return (
    <main class="reader" data-statement-id={s.id}>
      {back}
      <p class="kicker">{s.kind} · <time dateTime={s.date}>{s.date}{s.endDate ? ` to ${s.endDate}` : ''}</time>{s.published && s.published !== s.date ? ` · published ${s.published}` : ''}</p>
      <h1>{s.title}</h1>
      <p class="source">{s.source}{s.origin === 'user' ? ' · added by you' : ''}
        {s.url && <> · <a href={s.url} target="_blank" rel="noreferrer noopener">Official page</a></>}</p>
      {(s.licence || s.attribution) && (
        <p class="licence" data-licence={s.licence ?? ''}>
          {s.attribution ? `Source: ${s.attribution}` : s.licence}{s.url && s.attribution ? <>, <a href={s.url} target="_blank" rel="noreferrer noopener">{s.url}</a></> : null}
        </p>
      )}
      <Chips chips={[...view.people, ...view.topics]} label="People and topics of this statement" />
      {view.event && (
        <p class="other-accounts">
          <button type="button" class="link compare" onClick={() => (onCompare ? onCompare(view.event!.id) : compareInTab(view.event!.id, tabId))}>
            Compare the accounts of this {s.kind}: {view.event.by.join(' · ')}
          </button>
        </p>
      )}
      {page && (
        <p class="context" role="note">
          {passages.length
            ? <>Marked: {passages.length} passage{passages.length === 1 ? '' : 's'} that “{page.title || page.url}” repeats or restates.</>
            : <>No passage of “{page.title || page.url}” repeats this statement.</>}
        </p>
      )}
      <article>
        {s.body.map((text, i) => {
          const p = byParagraph.get(i);
          if (!p) return <p key={i}>{text}</p>;
          return (
            <div key={i} class="matched" data-paragraph={i}>
              <p><MarkedText text={text} marks={markOf(text, p.statementSentence)} /></p>
              <aside aria-label={p.kind === 'quote' ? 'The article quotes this' : 'The article restates this'}>
                <span class="aside-label">{p.kind === 'quote' ? 'The article quotes it' : 'The article restates it'}</span>
                <blockquote>{p.articleSentence}</blockquote>
              </aside>
            </div>
          );
        })}
      </article>
      <section class="coverage" aria-labelledby="readout-coverage">
        <h2 id="readout-coverage">Articles you read that cover this</h2>
        {view.coverage.length === 0
          ? <p class="muted">None yet: articles you read that report this event or quote this statement are listed here (unless history is off).</p>
          : (
            <ul>
              {view.coverage.map((c) => (
                <li key={c.url} data-url={c.url}>
                  <a href={c.url} target="_blank" rel="noreferrer noopener">{c.title || c.url}</a>
                  <span class="muted"> · {c.outlet}{c.date ? ` · ${c.date}` : ''} · {c.strength === 'same-event' ? 'same event' : 'quotes or restates it'}</span>
                </li>
              ))}
            </ul>
          )}
      </section>
    </main>
  );
}
