// Whether two accounts report the same event. Dates first (a day apart across time zones), then who took
// part: accounts of one call name the same leaders, and one that adds a party the other lacks, while the
// other adds its own, speaks of another exchange (the Vice President's meeting with a guest is not the
// President's). Wording is no help across governments: each writes its own, and one publisher's readouts
// of different calls share more words than two governments' readouts of one.
import { isStandalone, type AccountFacts } from './account';

/** Accounts of one event are dated at most this far from it (the day after, in another time zone). */
export const EVENT_SLACK_DAYS = 1;

export function nearInTime(a: AccountFacts, event: { from: number; to: number }): boolean {
  return a.span.from <= event.to + EVENT_SLACK_DAYS && a.span.to >= event.from - EVENT_SLACK_DAYS;
}

/** How strongly `a` reports the event `b` reports: 0 when it does not; more shared parties, more. */
export function linkStrength(a: AccountFacts, b: AccountFacts): number {
  if (isStandalone(a.kind) || isStandalone(b.kind)) return 0;
  let shared = 0;
  let sharedGuests = 0;
  for (const p of a.parties) if (b.parties.has(p)) { shared++; if (a.guests.has(p) || b.guests.has(p)) sharedGuests++; }
  if (shared === 0) return 0;
  const extraA = [...a.parties].filter((p) => !b.parties.has(p));
  const extraB = [...b.parties].filter((p) => !a.parties.has(p));
  if (extraA.length && extraB.length) return 0;
  // The same guest: a spokesperson and her adviser, shared by all their statements, make no event alone.
  if (shared >= 2 && sharedGuests > 0) return shared;
  // One shared party (Zelenskyy's address of the day, his meeting with Johnson): the account with fewer
  // parties must be of the same day, name the other's parties in its opening paragraph, and name no one else there
  // (the address opens on the guest's visit; a G7 statement that opens on the leaders who joined is another event);
  // one whose first sentence names them is judged by that sentence (the ministers who signed a treaty in the two
  // presidents' presence, named in the sentence after, take nothing away).
  const [small, big, extra] = extraA.length ? [b, a, extraA] : [a, b, extraB];
  if (extra.length === 0 || small.span.from > big.span.to || small.span.to < big.span.from) return 0;
  if (!extra.every((p) => small.lead.has(p))) return 0;
  const opens = extra.every((p) => small.opener.has(p));
  for (const p of opens ? small.opener : small.lead) if (!big.parties.has(p) && !big.lead.has(p)) return 0;
  return 0.5;
}
