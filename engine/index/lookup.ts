import { parseIsoSpan } from '../text/dates';
import { sentenceSpans } from '../text/sentences';
import type { ReadoutEngine } from './engine';
import { publisherLabel } from './publishers';
import type { StatementRecord } from './types';

export interface CardStatement {
  id: string;
  title: string;
  date: string;
  source: string;
  kind: string;
  /** The statement's sentence that names the person or topic. */
  sentence: string;
  /** Who published the accounts of its event ("White House", "Kremlin"), this statement's publisher first. */
  publishers: string[];
  /** How many accounts its event has. */
  accounts: number;
}

/** What the hover card says of a person or topic. */
export interface EntityCard {
  kind: 'person' | 'topic';
  id: string;
  title: string;
  /** For a person: the role held on the article's date and the country. */
  role: string | null;
  country: string | null;
  /** One per event, newest first: two governments' readouts of one call are one line. */
  statements: CardStatement[];
  /** How many events its statements report in all. */
  total: number;
}

// Bodies that are not states; states are named by the runtime's own list of regions.
const BODIES: Record<string, string> = { EU: 'European Union', UN: 'United Nations', NATO: 'NATO', INT: 'International' };
let regions: Intl.DisplayNames | null = null;

function countryName(code: string): string {
  if (BODIES[code]) return BODIES[code];
  try {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The sentence around char `at` of a paragraph. */
export function sentenceAround(text: string, at: number): string {
  const span = sentenceSpans(text).find(([, end]) => at < end);
  return span ? text.slice(span[0], span[1]) : text.trim();
}

export async function entityCard(engine: ReadoutEngine, kind: 'person' | 'topic', id: string, date: string | null, limit = 3): Promise<EntityCard | null> {
  const info = kind === 'person' ? engine.people.get(id) : engine.topics.get(id);
  if (!info) return null;
  let role: string | null = null;
  let country: string | null = null;
  if (kind === 'person') {
    const p = engine.people.get(id)!;
    country = countryName(p.country);
    const day = parseIsoSpan(date)?.from ?? null;
    // The role held on the article's day; without a date, the latest one.
    const spans = p.roles.map((r) => ({ r, from: parseIsoSpan(r.from)!.from, to: r.to ? parseIsoSpan(r.to)!.from : Infinity }));
    const held = day === null ? spans.filter((s) => s.to === Infinity) : spans.filter((s) => s.from <= day && day < s.to);
    const pick = (held.length ? held : spans).sort((a, b) => b.from - a.from)[0];
    role = pick ? engine.gazetteer.roles.find((r) => r.id === pick.r.role)?.label ?? null : null;
    if (pick && !held.length) role = role ? `former ${role}` : null;
  }
  const ids = [...(engine.byEntity.get(`${kind === 'person' ? 'p' : 't'}:${id}`) ?? [])];
  const statements = ids.map((sid) => engine.statements.get(sid)!).filter((s) => engine.visible(s)).sort((a, b) => b.date.localeCompare(a.date));
  const events = new Map<string, StatementRecord>();
  for (const s of statements) {
    const e = engine.eventOf(s.id);
    // The account that founded the event (the readout of the call itself) speaks for it where it names this one too.
    if (!events.has(e) || s.id === e) events.set(e, s);
  }
  const shown = [...events].slice(0, limit);
  await engine.loadBodies(shown.map(([, s]) => s.id));
  const out: CardStatement[] = [];
  for (const [eventId, s] of shown) {
    const body = engine.bodyOf(s);
    const { mentions } = engine.read([s.title, ...body], { date: s.date });
    let sentence = '';
    for (let i = 1; i < mentions.length && !sentence; i++) {
      const m = mentions[i].find((x) => x.kind === kind && x.id === id);
      if (m) sentence = sentenceAround(body[i - 1], m.start);
    }
    const accounts = (engine.event(eventId)?.accounts ?? [s.id]).map((a) => engine.statements.get(a)).filter((a): a is StatementRecord => !!a && engine.visible(a));
    const publishers = [...new Set([s, ...accounts].map((a) => publisherLabel(engine, a)))];
    out.push({ id: s.id, title: s.title, date: s.date, source: s.source, kind: s.kind, sentence: sentence || body[0], publishers, accounts: Math.max(accounts.length, 1) });
  }
  return { kind, id, title: kind === 'person' ? (info as { name: string }).name : (info as { label: string }).label, role, country, statements: out, total: events.size };
}
