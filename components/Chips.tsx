import type { Chip } from '../lib/shared/messages';

/**
 * People and topics as chips. With `onPick` they are buttons (the popup: show it on the
 * page); without, plain labels.
 */
export function Chips({ chips, counts, onPick, label }: { chips: Chip[]; counts?: Map<string, number>; onPick?(c: Chip): void; label: string }) {
  if (chips.length === 0) return null;
  return (
    <ul class="chips" aria-label={label}>
      {chips.map((c) => {
        const count = counts?.get(`${c.kind}:${c.id}`);
        const body = <>{c.label}{count !== undefined && <span class="count" aria-label={`${count} mentions`}> {count}</span>}</>;
        return (
          <li key={`${c.kind}:${c.id}`}>
            {onPick
              ? <button type="button" class={`chip ${c.kind}`} data-chip={`${c.kind}:${c.id}`} title={`Show “${c.label}” on the page`} onClick={() => onPick(c)}>{body}</button>
              : <span class={`chip ${c.kind}`} data-chip={`${c.kind}:${c.id}`}>{body}</span>}
          </li>
        );
      })}
    </ul>
  );
}
