import type { Chip, PageMatch } from '../lib/shared/messages';
import { Passage } from './Passage';
import { OthersOnEvent, SharedChips, STRENGTH_LABEL } from './StatementItem';

const unique = (chips: Chip[]) => [...new Map(chips.map((c) => [`${c.kind}:${c.id}`, c])).values()];

/**
 * The page's event told by several accounts: the event once, its accounts named, and each account (which keeps
 * its statement id and strength) with the passage the article shares with it. Any account opens in the reader;
 * the comparison opens them side by side.
 */
export function EventItem({ accounts, onOpen, onCompare, onPick, othersOnEvent = 0 }: { accounts: PageMatch[]; onOpen(id: string): void; onCompare(event: string): void; onPick(c: Chip): void; othersOnEvent?: number }) {
  const first = accounts[0];
  const by = [...new Set(accounts.map((a) => a.by))];
  const headingId = `readout-event-${first.id}`;
  return (
    <li class="event-group" data-event-id={first.event}>
      <div class="head">
        <span class={`strength ${first.strength}`}>{STRENGTH_LABEL[first.strength]}</span>
        <time dateTime={first.date}>{first.date}</time>
        <span class="kind">{first.kind}</span>
        <span class="source">{accounts.length} accounts</span>
      </div>
      <h3 id={headingId} class="event-by">{by.join(' · ')}</h3>
      <button type="button" class="link compare" data-list-item data-compare={first.event} onClick={() => onCompare(first.event)}>Compare the {accounts.length} accounts side by side</button>
      <SharedChips people={unique(accounts.flatMap((a) => a.people))} topics={unique(accounts.flatMap((a) => a.topics))} onPick={onPick} />
      <ul class="accounts" aria-labelledby={headingId}>
        {accounts.map((s) => (
          <li key={s.id} class="statement account" data-statement-id={s.id} data-strength={s.strength}>
            <p class="account-head"><span class="by">{s.by}</span> · <span class="kind">{s.kind}</span></p>
            <h4><button type="button" class="open" data-list-item onClick={() => onOpen(s.id)}>{s.title}</button></h4>
            {s.passage && <Passage passage={s.passage} source={s.by} what={`the ${s.by} account`} />}
          </li>
        ))}
      </ul>
      <p class="reasons">{first.reasons.map((r) => r.text).join(' · ')}</p>
      <OthersOnEvent count={othersOnEvent} />
    </li>
  );
}
