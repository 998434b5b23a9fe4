import { datesInText, dayOfMention, isoOf, parseIsoSpan, spanDistance } from '../text/dates';
import { pairPassages, paragraphFeatures, type ParagraphFeatures, type PassagePair } from './passages';
import type { Analysis, Article, StatementRecord } from '../index/types';
import type { PersonInfo, TopicInfo } from '../gazetteer/types';
import type { DaySpan } from '../text/dates';
import { queryTerms, type SearchDoc } from './search';
import { terms, termsOf } from './terms';
import { entityKeys } from '../match/mentions';
import type MiniSearch from 'minisearch';

/**
 * What ranking reads of the engine. The engine ranks by passing itself; naming its class here
 * would make ranking and the engine import each other.
 */
export interface RankingSource {
  readonly statements: ReadonlyMap<string, StatementRecord>;
  /** Which statements name a person ("p:id") or topic ("t:id"). */
  readonly byEntity: ReadonlyMap<string, ReadonlySet<string>>;
  readonly people: ReadonlyMap<string, PersonInfo>;
  readonly topics: ReadonlyMap<string, TopicInfo>;
  readonly search: MiniSearch<SearchDoc>;
  readonly commonTerms: ReadonlySet<string>;
  eventSpan(s: StatementRecord): DaySpan;
  statementParagraphs(s: StatementRecord): ParagraphFeatures[];
}

export type Strength = 'same-event' | 'related';

export interface Reason {
  kind: 'participants' | 'people' | 'topics' | 'date' | 'text';
  text: string;
  ids?: string[];
  /** For `date`: article date minus event date, in days. */
  days?: number;
}

export interface RankedStatement {
  id: string;
  title: string;
  /** The event's date, ISO. */
  date: string;
  source: string;
  score: number;
  strength: Strength;
  reasons: Reason[];
  passages: PassagePair[];
}

/** How far an article may stand from its event and still report it: previews come days before, reports days after. */
export const BEFORE_EVENT_DAYS = 5;
export const AFTER_EVENT_DAYS = 7;
const LEXICAL_CANDIDATES = 20;
const PASSAGE_CANDIDATES = 6;
/** More than this many matches help no reader; the rest are the weakest. */
export const RANK_LIMIT = 25;

function describeDays(days: number): string {
  if (days === 0) return 'on the day of the event';
  const abs = Math.abs(days);
  const amount = abs < 60 ? `${abs} day${abs === 1 ? '' : 's'}` : abs < 730 ? `${Math.round(abs / 30)} months` : `${Math.round(abs / 365)} years`;
  return `${amount} ${days > 0 ? 'after' : 'before'} the event`;
}

/** Terms per block (title first) and the features of each body paragraph, for pairing passages. */
export function articleFeatures(article: Article, analysis: Analysis): { blockTerms: string[][]; articleParas: ParagraphFeatures[] } {
  const blockTerms = analysis.scans.map((s) => termsOf(s.folded, s.tokens));
  return { blockTerms, articleParas: article.paragraphs.map((_, i) => paragraphFeatures(blockTerms[i + 1], entityKeys(analysis.mentions[i + 1]))) };
}

/** Ranks the statements that match an article, each with its strength, reasons and passages. */
export function rankStatements(engine: RankingSource, article: Article, analysis: Analysis, limit = RANK_LIMIT): RankedStatement[] {
  const N = Math.max(1, engine.statements.size);
  const people = new Set(analysis.people.map((p) => p.id));
  const topicHits = new Set(analysis.topics.map((t) => t.id));
  const articleSpan = parseIsoSpan(article.date ?? null);
  const mentionedDays = analysis.scans.flatMap((s) => datesInText(s.folded))
    .map((d) => dayOfMention(d, articleSpan))
    .filter((d): d is number => d !== null);

  const candidates = new Set<string>();
  for (const id of people) for (const s of engine.byEntity.get(`p:${id}`) ?? []) candidates.add(s);
  for (const id of topicHits) for (const s of engine.byEntity.get(`t:${id}`) ?? []) candidates.add(s);
  const { blockTerms, articleParas } = articleFeatures(article, analysis);
  const lexical = new Map<string, number>();
  // Names are weighed by the people features already; the lexical part measures the rest of the text.
  const skip = new Set(engine.commonTerms);
  for (const m of analysis.mentions.flat()) if (m.kind === 'person') for (const t of terms(m.form)) skip.add(t);
  const q = queryTerms(blockTerms, skip);
  if (q) {
    const hits = engine.search.search(q).slice(0, LEXICAL_CANDIDATES);
    const top = hits[0]?.score ?? 1;
    for (const h of hits) { lexical.set(String(h.id), h.score / top); candidates.add(String(h.id)); }
  }

  const weights = new Map<string, number>();
  const topicWeight = (topic: string) => {
    let w = weights.get(topic);
    if (w === undefined) {
      w = Math.log(1 + N / Math.max(1, engine.byEntity.get(`t:${topic}`)?.size ?? 1)) * (engine.topics.get(topic)?.generic ? 0.3 : 1);
      weights.set(topic, w);
    }
    return w;
  };

  // Scoring runs over every candidate (thousands on a big corpus), so it allocates little.
  const scored: Scored[] = [];
  for (const id of candidates) {
    const s = engine.statements.get(id)!;
    let found = 0;
    for (const p of s.participants) if (people.has(p)) found++;
    const partCov = found / s.participants.length;
    let others = 0;
    for (const p of s.people) if (people.has(p) && !s.participants.includes(p)) others++;
    let totalW = 0;
    let sharedW = 0;
    for (const t of s.topics) {
      const w = topicWeight(t);
      totalW += w;
      if (topicHits.has(t)) sharedW += w;
    }
    const topicCov = totalW ? sharedW / totalW : 0;
    const span = engine.eventSpan(s);
    const dist = articleSpan ? spanDistance(articleSpan, span) : null;
    let dateNamed = false;
    for (const d of mentionedDays) if (d >= span.from && d <= span.to) { dateNamed = true; break; }
    const dateScore = dateNamed ? 1 : dist === null ? 0 : Math.exp(-Math.abs(dist) / 15);
    // Closeness in time counts for as much as the statement's own people are there to back it.
    const score = 3 * partCov + 0.2 * Math.min(others, 2) + 2.5 * topicCov + 0.6 * (lexical.get(id) ?? 0) + 2.5 * dateScore * (0.3 + 0.7 * partCov);
    scored.push({ s, found, others, topicCov, dist, dateNamed, score });
  }
  scored.sort((a, b) => b.score - a.score);

  const out: RankedStatement[] = [];
  for (let rank = 0; rank < scored.length && out.length < limit; rank++) {
    const c = scored[rank];
    const passages = rank < PASSAGE_CANDIDATES ? pairPassages(articleParas, engine.statementParagraphs(c.s)) : [];
    const strength = strengthOf(engine, c, passages, topicHits);
    if (strength) out.push(describe(engine, c, strength, passages, people, topicHits));
  }
  // Same-event first: a report of the event outranks anything merely related.
  return out.sort((a, b) => (a.strength === b.strength ? b.score - a.score : a.strength === 'same-event' ? -1 : 1));
}

interface Scored {
  s: StatementRecord;
  /** How many of its participants, and of its other people, the article names. */
  found: number;
  others: number;
  topicCov: number;
  /** Article date minus event date, in days; null without an article date. */
  dist: number | null;
  dateNamed: boolean;
  score: number;
}

function strengthOf(engine: RankingSource, c: Scored, passages: PassagePair[], topicHits: Set<string>): Strength | null {
  const bestPassage = passages[0]?.similarity ?? 0;
  // An undated article that quotes the readout at length is reporting that event.
  const quoted = c.dist === null && passages.filter((p) => p.kind === 'quote').length >= 2;
  const dateOk = c.dateNamed || quoted || (c.dist !== null && c.dist >= -BEFORE_EVENT_DAYS && c.dist <= AFTER_EVENT_DAYS);
  const specific = c.topicCov >= 0.3 || bestPassage >= 0.45;
  const n = c.s.participants.length;
  const participantsOk = c.found === n || (n >= 3 && c.found >= 2) || (c.found >= 1 && specific);
  if (dateOk && participantsOk) return 'same-event';
  const sharesSomething = c.found + c.others > 0 || c.s.topics.some((t) => topicHits.has(t) && !engine.topics.get(t)?.generic);
  return sharesSomething && c.score >= 1 ? 'related' : null;
}

function describe(engine: RankingSource, c: Scored, strength: Strength, passages: PassagePair[], people: Set<string>, topicHits: Set<string>): RankedStatement {
  const name = (p: string) => engine.people.get(p)?.name ?? p;
  const found = c.s.participants.filter((p) => people.has(p));
  const others = c.s.people.filter((p) => people.has(p) && !c.s.participants.includes(p));
  const shared = c.s.topics.filter((t) => topicHits.has(t));
  const reasons: Reason[] = [];
  if (found.length) reasons.push({ kind: 'participants', ids: found, text: `Participants named: ${found.map(name).join(', ')}` });
  if (others.length) reasons.push({ kind: 'people', ids: others, text: `Also names: ${others.map(name).join(', ')}` });
  if (shared.length) reasons.push({ kind: 'topics', ids: shared, text: `Shared topics: ${shared.map((t) => engine.topics.get(t)?.label ?? t).join('; ')}` });
  if (c.dateNamed) reasons.push({ kind: 'date', days: 0, text: `The article gives the event's date (${isoOf(engine.eventSpan(c.s).from)})` });
  else if (c.dist !== null) reasons.push({ kind: 'date', days: c.dist, text: `Article dated ${describeDays(c.dist)}` });
  if (passages.length) reasons.push({ kind: 'text', text: `${passages.length} matching passage${passages.length === 1 ? '' : 's'}, best ${Math.round(passages[0].similarity * 100)}% similar` });
  return { id: c.s.id, title: c.s.title, date: c.s.date, source: c.s.source, score: Math.round(c.score * 100) / 100, strength, reasons, passages };
}
