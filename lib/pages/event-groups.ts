import type { PageMatch } from '../shared/messages';

/** A line of the popup's list: one statement, or the accounts of one event (two or more, best ranked first). */
export type ListEntry = { kind: 'statement'; s: PageMatch } | { kind: 'event'; event: string; accounts: PageMatch[] };

/**
 * The ranked statements with the accounts of each same event together, where the best of them ranks: the
 * White House's and the Kremlin's readouts of one call are one event to the reader, not two lines apart.
 */
export function listEntries(statements: PageMatch[]): ListEntry[] {
  const byEvent = new Map<string, PageMatch[]>();
  for (const s of statements) if (s.strength === 'same-event') (byEvent.get(s.event) ?? byEvent.set(s.event, []).get(s.event)!).push(s);
  const out: ListEntry[] = [];
  for (const s of statements) {
    const accounts = s.strength === 'same-event' ? byEvent.get(s.event)! : null;
    if (!accounts || accounts.length < 2) out.push({ kind: 'statement', s });
    else if (accounts[0] === s) out.push({ kind: 'event', event: s.event, accounts });
  }
  return out;
}
