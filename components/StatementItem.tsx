import type { Chip, PageMatch } from '../lib/shared/messages';
import { Chips } from './Chips';

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
      <Chips chips={[...s.people, ...s.topics.slice(0, TOPIC_CHIPS)]} onPick={onPick} label="Shared with this page" />
      {s.topics.length > TOPIC_CHIPS && <p class="more-chips">and {s.topics.length - TOPIC_CHIPS} more topics in common</p>}
      {s.passage && (
        <div class="passage" aria-label={s.passage.kind === 'quote' ? 'The article quotes the statement' : 'The article restates the statement'}>
          <figure><figcaption>This article</figcaption><blockquote>{s.passage.article}</blockquote></figure>
          <figure><figcaption>The statement {s.passage.kind === 'quote' ? '(quoted)' : '(restated)'}</figcaption><blockquote>{s.passage.statement}</blockquote></figure>
        </div>
      )}
      <p class="reasons">{s.reasons.map((r) => r.text).join(' · ')}</p>
      {othersOnEvent > 0 && <p class="history-note" data-others={othersOnEvent}>You read {othersOnEvent} other article{othersOnEvent === 1 ? '' : 's'} on this event.</p>}
    </li>
  );
}
