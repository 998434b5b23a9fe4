// Statements grouped into events: each account joins the event it reports best, or founds one. Accounts are
// taken readouts first, so an event is founded by the account of the exchange itself and takes its day;
// announcements, briefings and fact sheets join it. Every account is compared with the founder's day, not
// with the last account's, so a chain of daily statements never drifts into one event.
import { isoOf, parseIsoSpan, type DaySpan } from '../text/dates';
import { accountFacts, isExchange, type AccountFacts, type EventSource } from './account';
import { linkStrength, nearInTime } from './link';
import type { EventRecord } from './types';
import type { PublisherInfo, StatementRecord } from '../index/types';

// Readouts of the exchange itself found events; the kinds that comment on one join them.
const FOUNDERS = new Set(['call', 'video call', 'meeting', 'talks', 'visit', 'state visit', 'joint statement']);

function priority(f: AccountFacts): number {
  if (f.preview) return 3;
  if (FOUNDERS.has(f.kind)) return 0;
  return isExchange(f.kind) ? 1 : 2;
}

interface Building { founder: AccountFacts; span: DaySpan; accounts: AccountFacts[] }

export class EventGrouper {
  private facts = new Map<string, AccountFacts>();
  private publishers: Map<string, PublisherInfo>;

  constructor(private source: EventSource, publishers: PublisherInfo[]) {
    this.publishers = new Map(publishers.map((p) => [p.id, p]));
  }

  factsOf(s: StatementRecord): AccountFacts {
    let f = this.facts.get(s.id);
    if (!f) {
      f = accountFacts(this.source, s, s.publisher ? this.publishers.get(s.publisher) : undefined);
      this.facts.set(s.id, f);
    }
    return f;
  }

  forget(id: string): void {
    this.facts.delete(id);
  }

  /** The events of a whole corpus with two accounts or more; every other statement is an event of its own. */
  group(statements: StatementRecord[]): EventRecord[] {
    const facts = statements.map((s) => this.factsOf(s));
    const order = facts.slice().sort((a, b) => priority(a) - priority(b) || a.span.from - b.span.from || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // Events by the days they may take accounts from, so each account meets only its neighbours in time.
    const byDay = new Map<number, Building[]>();
    const events: Building[] = [];
    for (const f of order) {
      const near = new Set<Building>();
      for (let d = f.span.from - 1; d <= f.span.to + 1; d++) for (const e of byDay.get(d) ?? []) near.add(e);
      const best = bestEvent(f, [...near]);
      if (best) { best.accounts.push(f); continue; }
      const e: Building = { founder: f, span: f.span, accounts: [f] };
      events.push(e);
      for (let d = f.span.from - 1; d <= f.span.to + 1; d++) (byDay.get(d) ?? byDay.set(d, []).get(d)!).push(e);
    }
    return events.filter((e) => e.accounts.length > 1).map(toRecord).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** The event a new account joins among those of nearby statements, or null when it reports none of them. */
  join(s: StatementRecord, nearby: { event: EventRecord; accounts: StatementRecord[] }[]): EventRecord | null {
    const f = this.factsOf(s);
    const building = nearby.map(({ event, accounts }) => ({ event, b: { founder: this.factsOf(accounts[0]), span: spanOf(event), accounts: accounts.map((a) => this.factsOf(a)) } }));
    const best = bestEvent(f, building.map((x) => x.b));
    return best ? building.find((x) => x.b === best)!.event : null;
  }
}

function spanOf(e: EventRecord): DaySpan {
  return { from: parseIsoSpan(e.date)!.from, to: parseIsoSpan(e.endDate ?? e.date)!.to };
}

function bestEvent(f: AccountFacts, near: Building[]): Building | null {
  let best: Building | null = null;
  let bestScore = 0;
  for (const e of near) {
    if (!nearInTime(f, e.span)) continue;
    let score = 0;
    for (const a of e.accounts) score = Math.max(score, linkStrength(f, a));
    if (score === 0) continue;
    // Closer in time wins a tie: two calls of the same leaders a day apart.
    score -= Math.abs(f.span.from - e.span.from) * 0.01;
    if (score > bestScore || (score === bestScore && best && e.founder.id < best.founder.id)) { best = e; bestScore = score; }
  }
  return best;
}

function toRecord(e: Building): EventRecord {
  const counts = new Map<string, number>();
  for (const a of e.accounts) for (const p of a.parties) counts.set(p, (counts.get(p) ?? 0) + 1);
  // Parties two accounts agree on: a spokesperson who signs one statement took no part in the call.
  const agreed = [...counts].filter(([, n]) => n >= 2).map(([p]) => p);
  const participants = agreed.length >= 2 ? [...e.founder.parties].filter((p) => agreed.includes(p)).concat(agreed.filter((p) => !e.founder.parties.has(p)).sort()) : [...e.founder.parties];
  const rec: EventRecord = { id: e.founder.id, date: isoOf(e.span.from), kind: e.founder.kind, participants, accounts: e.accounts.map((a) => a.id) };
  if (e.span.to > e.span.from) rec.endDate = isoOf(e.span.to);
  return rec;
}
