import type { Chip, PageMatch } from '../lib/shared/messages';
import { Chips } from './Chips';
import { Passage } from './Passage';

/** Topics beyond these are a wall of chips, not a reason: the first (the statement's main ones) say enough. */
const TOPIC_CHIPS = 4;

export const STRENGTH_LABEL = { 'same-event': 'Same event', related: 'Related' } as const;

/** One statement that matches the page: why, what it shares with it, and the passage that says the same. */
export function StatementItem({ s, onOpen, onPick, othersOnEvent = 0 }: { s: PageMatch; onOpen(id: string): void; onPick(c: Chip): void; othersOnEvent?: number }) {
  return (
    <li class="statement" data-statement-id={s.id} data-strength={s.strength}>
      <div class="head">
        <span class={`strength ${s.strength}`}>{STRENGTH_LABEL[s.strength]}</span>
        <time dateTime={s.date}>{s.date}</time>
        <span class="source">{s.source}</span>
        <span class="kind">{s.kind}</span>
      </div>
      <h3><button type="button" class="open" data-list-item onClick={() => onOpen(s.id)}>{s.title}</button></h3>
      <SharedChips people={s.people} topics={s.topics} onPick={onPick} />
      {s.passage && <Passage passage={s.passage} source="The statement" what="the statement" />}
      <p class="reasons">{s.reasons.map((r) => r.text).join(' · ')}</p>
      <OthersOnEvent count={othersOnEvent} />
    </li>
  );
}

/** The people and topics a statement (or an event) shares with the page. */
export function SharedChips({ people, topics, onPick }: { people: Chip[]; topics: Chip[]; onPick(c: Chip): void }) {
  return (
    <>
      <Chips chips={[...people, ...topics.slice(0, TOPIC_CHIPS)]} onPick={onPick} label="Shared with this page" />
      {topics.length > TOPIC_CHIPS && <p class="more-chips">and {topics.length - TOPIC_CHIPS} more topics in common</p>}
    </>
  );
}

export function OthersOnEvent({ count }: { count: number }) {
  return count > 0 ? <p class="history-note" data-others={count}>You read {count} other article{count === 1 ? '' : 's'} on this event.</p> : null;
}
