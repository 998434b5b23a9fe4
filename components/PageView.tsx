import { useState } from 'preact/hooks';
import type { Chip, TabStatus } from '../lib/shared/messages';
import { Chips } from './Chips';
import { StatementItem } from './StatementItem';
import { EventItem } from './EventItem';
import { listEntries } from '../lib/pages/event-groups';
import { onListKeys } from './list-keys';

/** A popup shows the best few at once; the rest are one click away (and the first view comes sooner). */
const FIRST_ITEMS = 6;

const WHY: Record<string, string> = {
  off: 'Readout is off. Turn it on to see the statements that match this page.',
  'site-off': 'Readout is off for this site. Turn it on for the site to see what matches.',
  'not-a-page': 'This is a browser page: extensions cannot run here. Open a news article to see what matches.',
  // Without the tabs permission Readout cannot tell which: it says both, plainly.
  unknown: 'Readout cannot read this page. Browser pages (new tab, settings, extension stores) are closed to extensions; a page opened before Readout was installed needs a reload.',
};

/** What matches the tab's page: the statements, then the people and topics the page names. */
export function PageView({ status, onOpen, onCompare, onPick }: { status: TabStatus; onOpen(id: string): void; onCompare(event: string): void; onPick(c: Chip): void }) {
  const [all, setAll] = useState(false);
  const { why, result } = status;
  if (why !== 'on') return <p class="muted state" role="status" data-state={why}>{WHY[why]}</p>;
  if (!result) return <p class="muted state" role="status" data-state="reading">Reading this page…</p>;
  const { page, result: r, chars } = result;
  if (chars === 0) return <p class="muted state" role="status" data-state="no-article">No article text was found on this page.</p>;
  const found: Chip[] = [...r.people.map((p) => ({ kind: 'person' as const, id: p.id, label: p.name })), ...r.topics.map((t) => ({ kind: 'topic' as const, id: t.id, label: t.label }))];
  const entries = listEntries(r.statements);
  const others = (ids: string[]) => (status.othersOnEvent && ids.includes(status.othersOnEvent.statementId) ? status.othersOnEvent.count : 0);
  const counts = new Map([...r.people.map((p) => [`person:${p.id}`, p.mentions] as const), ...r.topics.map((t) => [`topic:${t.id}`, t.mentions] as const)]);
  return (
    <>
      <p class="page-title" title={page.url}>{page.title || page.url}</p>
      {r.statements.length === 0
        ? <p class="muted state" role="status" data-state="no-match">Nothing matched: no statement in Readout speaks of this page{found.length ? '’s people and topics together' : ''}.</p>
        : (
          <section aria-labelledby="readout-matches">
            <h2 id="readout-matches">{r.statements.length} matching statement{r.statements.length === 1 ? '' : 's'}</h2>
            <ol class="statements" onKeyDown={onListKeys}>{entries.slice(0, all ? undefined : FIRST_ITEMS).map((e) => (e.kind === 'event'
              ? <EventItem key={e.event} accounts={e.accounts} onOpen={onOpen} onCompare={onCompare} onPick={onPick} othersOnEvent={others(e.accounts.map((a) => a.id))} />
              : <StatementItem key={e.s.id} s={e.s} onOpen={onOpen} onPick={onPick} othersOnEvent={others([e.s.id])} />))}</ol>
            {!all && entries.length > FIRST_ITEMS && <button type="button" class="link more" onClick={() => setAll(true)}>Show all {r.statements.length}</button>}
          </section>
        )}
      {found.length > 0 && (
        <section aria-labelledby="readout-found" class="found">
          <h2 id="readout-found">On this page</h2>
          <Chips chips={found} counts={counts} onPick={onPick} label="People and topics on this page" />
        </section>
      )}
    </>
  );
}
