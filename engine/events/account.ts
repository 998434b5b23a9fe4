// What an account says of its event, for telling whether two statements report the same one: which days,
// who took part, and whom its opening names.
import { articleDays } from '../rank/article-days';
import { isoOf, parseIsoSpan, type DaySpan } from '../text/dates';
import { sentenceSpans } from '../text/sentences';
import type { BlockScan } from '../match/scan';
import type { Mention } from '../match/mentions';
import type { PersonInfo } from '../gazetteer/types';
import type { PublisherInfo, StatementRecord } from '../index/types';

/** What grouping reads of the engine. */
export interface EventSource {
  readonly people: ReadonlyMap<string, PersonInfo>;
  eventSpan(s: StatementRecord): DaySpan;
  scan(text: string): BlockScan;
  mentions(texts: string[], opts?: { date?: string | null }): Mention[][];
  /** Who held a role on a day. */
  holder(role: string, date: string): string | null;
  bodyOf(s: StatementRecord): string[];
}

export interface AccountFacts {
  id: string;
  publisher?: string;
  kind: string;
  span: DaySpan;
  /** The people the event brought together, as far as this account tells. */
  parties: Set<string>;
  /** Parties of another country than its publisher's: the guests that make an exchange this one. */
  guests: Set<string>;
  /** People its title or opening paragraph names: what the account is about. */
  lead: Set<string>;
  /** People its title or opening sentence names: whom it opens on (the signatories of a treaty come after). */
  opener: Set<string>;
  /** It looks ahead to its event ("will hold a call on Tuesday"). */
  preview: boolean;
}

// Kinds that speak for an exchange between people; a publisher's principal takes part in one even where
// the title names only the guest ("Telephone conversation with Olaf Scholz").
const EXCHANGES = new Set(['call', 'video call', 'meeting', 'talks', 'visit', 'state visit', 'joint statement', 'press conference', 'briefing', 'announcement']);
// Kinds that are events of their own: a decree, a greeting or an interview is no account of a call.
const STANDALONE = new Set(['decree', 'message', 'interview']);
/** An announcement names a day at most this far ahead. */
const AHEAD_DAYS = 14;

export const isStandalone = (kind: string) => STANDALONE.has(kind);
export const isExchange = (kind: string) => EXCHANGES.has(kind);

export function accountFacts(source: EventSource, s: StatementRecord, publisher: PublisherInfo | undefined): AccountFacts {
  const texts = [s.title, source.bodyOf(s)[0] ?? ''];
  const span = announcedSpan(source, s, texts) ?? source.eventSpan(s);
  const [inTitle, inOpening] = source.mentions(texts, { date: s.date });
  const person = (m: Mention) => m.kind === 'person';
  const lead = new Set([...inTitle, ...(inOpening ?? [])].filter(person).map((m) => m.id));
  const firstEnd = sentenceSpans(texts[1])[0]?.[1] ?? texts[1].length;
  const opener = new Set([...inTitle, ...(inOpening ?? []).filter((m) => m.start < firstEnd)].filter(person).map((m) => m.id));
  const parties = new Set(s.participants);
  if (publisher?.principal && isExchange(s.kind) && !s.participants.some((p) => source.people.get(p)?.country === publisher.country)) {
    const principal = source.holder(publisher.principal, isoOf(span.from));
    if (principal) parties.add(principal);
  }
  const guests = new Set([...parties].filter((p) => !publisher || source.people.get(p)?.country !== publisher.country));
  return { id: s.id, publisher: s.publisher, kind: s.kind, span, parties, guests, lead, opener, preview: span.from !== source.eventSpan(s).from };
}

/**
 * The day an announcement looks ahead to, when the statement is dated by its publication: "will hold a
 * video call on Tuesday, December 7" written on the 4th reports the 7th.
 */
function announcedSpan(source: EventSource, s: StatementRecord, texts: string[]): DaySpan | null {
  // A statement whose event day differs from its publication day was dated by its event already.
  if (s.published || s.endDate) return null;
  const written = parseIsoSpan(s.date);
  if (!written || written.from !== written.to) return null;
  const days = articleDays(texts.map((t) => source.scan(t)), written, s.language);
  if (!days.preview) return null;
  for (const d of days.lead) {
    // A bare weekday is read as the last one before the day of writing; an announcement means the next.
    const day = d < written.from && d >= written.from - 6 ? d + 7 : d;
    if (day === written.from) return null;
    if (day > written.from && day <= written.from + AHEAD_DAYS) return { from: day, to: day };
  }
  return null;
}
