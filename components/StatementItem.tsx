import type { RankedStatement } from '../engine';

export function StatementItem({ s }: { s: RankedStatement }) {
  return (
    <li class="statement" data-statement-id={s.id} data-strength={s.strength}>
      <div class="head">
        <span class={`strength ${s.strength}`}>{s.strength === 'same-event' ? 'Same event' : 'Related'}</span>
        <time dateTime={s.date}>{s.date}</time>
      </div>
      <h3>{s.title}</h3>
      <p class="source">{s.source}</p>
      <ul class="reasons">{s.reasons.map((r, i) => <li key={i}>{r.text}</li>)}</ul>
    </li>
  );
}
