import type MiniSearch from 'minisearch';
import { buildMatcher, rowMatcher, type Matcher } from '../match/trie';
import { scanBlock, type BlockScan, type PreparedText } from '../match/scan';
import { entityKeys, MentionResolver, topicsOf, type Mention } from '../match/mentions';
import { loadSearch, newSearch, searchDoc, withDocumentIds, type SearchDoc } from '../rank/search';
import { LexicalIndex } from '../rank/lexical';
import { AliasTable, type AliasRows } from '../gazetteer/alias-rows';
import { withPublisherDefaults } from './publisher-defaults';
import { paragraphFeatures, type ParagraphFeatures } from '../rank/passages';
import { terms } from '../rank/terms';
import { rankScored, rankStatements, scoreStatements, type RankedStatement } from '../rank/rank';
import type { Gazetteer, PersonInfo, RawStatement, TopicInfo } from '../gazetteer/types';
import { INDEX_VERSION, type Analysis, type Article, type CorpusIndex, type PersonHit, type PublisherInfo, type StatementRecord, type TopicHit } from './types';
import { parseIsoSpan, type DaySpan } from '../text/dates';
import { EventGrouper } from '../events/group';
import { commonBits, commonOrder } from '../search/common-terms';
import { decodeMentions, entityList, type MentionMark } from '../search/mention-marks';
import { inferredTopics } from '../match/inferred-topics';
import type { EventRecord } from '../events/types';

export class BodyNotLoaded extends Error {
  constructor(readonly id: string) { super(`Readout: the body of ${id} is not loaded yet (await loadBodies())`); }
}

/** An announcement looks this far ahead to its event, and accounts stand a couple of days apart. */
const NEAR_EVENT_DAYS = 16;

export interface XrefResult extends Analysis { statements: RankedStatement[] }

/** What the extension's search file holds: the search index and which common terms each statement has. */
export type SearchPart = Pick<CorpusIndex, 'search' | 'commonIn'>;

/**
 * A chunk of the extension's bodies: each statement's paragraphs and where its title and paragraphs name
 * people and topics (search/mention-marks.ts), which ranking pairs passages by and search marks snippets with.
 */
export interface BodyChunk { bodies: string[][]; mentions: string[] }

/**
 * The lexical terms of each paragraph of a chunk's statements (rank/terms.ts), each paragraph's joined by
 * spaces (a term has none): what pairing passages reads of a statement, made when the corpus is packaged.
 * A stopped worker's first ranking spent most of its pairing (~60 of ~110 ms) making them for six long statements.
 */
export type TermsChunk = string[][];

/** A paragraph's terms as a terms chunk holds them. */
export const joinTerms = (t: string[]): string => t.join(' ');
const splitTerms = (t: string): string[] => (t ? t.split(' ') : []);
/** Statements whose terms are held until compared: a few rankings' worth of accounts read ahead. */
const MAX_TERMS_HELD = 200;

/**
 * Where the parts left out of the index come from (the extension's files): the search index and
 * the bodies, chunk by chunk. Without them, the index must hold both.
 */
export interface IndexParts {
  search(): Promise<SearchPart>;
  bodies(chunk: number): Promise<BodyChunk>;
  /** Where given, ranking reads the statements' terms rather than making them. */
  terms?(chunk: number): Promise<TermsChunk>;
}

/** The whole of Readout's matching: mentions, analysis, ranking. Pure: no DOM, no browser API. */
export class ReadoutEngine {
  readonly matcher: Matcher;
  readonly resolver: MentionResolver;
  readonly people = new Map<string, PersonInfo>();
  readonly topics = new Map<string, TopicInfo>();
  readonly statements = new Map<string, StatementRecord>();
  /** Which statements name a person or topic: the candidates for ranking. */
  readonly byEntity = new Map<string, Set<string>>();
  /** Goes up whenever statements are added or removed: caches over all statements compare it. */
  revision = 0;
  private paragraphCache = new Map<string, ParagraphFeatures[]>();
  /** Publishers the reader turned off: their statements are neither ranked, searched nor shown on cards. */
  private hidden = new Set<string>();
  private spans = new Map<string, DaySpan>();
  /** The search index once loaded; the JSON it is loaded from, or where to ask for it. */
  private searchIndex: MiniSearch<SearchDoc> | null = null;
  private searchLoading: Promise<MiniSearch<SearchDoc>> | null = null;
  /** Bundled statements whose body is left out: the chunk that holds each, and each chunk's statements in order. */
  private bodyChunkOf = new Map<string, number>();
  private chunkIds: string[][] = [];
  private bodyLoads = new Map<number, Promise<void>>();
  /** Terms read with the bodies, until the statement's paragraphs are compared (`statementParagraphs`). */
  private termsIn = new Map<string, string[]>();
  private termsReads = new Map<number, Promise<TermsChunk>>();
  /** Events of two accounts or more, and the event of each of their accounts; any other statement is its own. */
  private events = new Map<string, EventRecord>();
  private eventIds = new Map<string, string>();
  /** Made on the first statement the reader adds: the bundled events come grouped in the index. */
  private grouper: EventGrouper | null = null;
  /** Each common term's bit, and the bits of each bundled statement once the search part is read (search/common-terms.ts). */
  readonly commonOrder: Map<string, number>;
  private bundledIds: string[];
  private commonIn = new Map<string, string>();
  private addedCommon = new WeakMap<StatementRecord, string>();
  /** Each bundled statement's mentions, read with its body, and what they are written against (search/mention-marks.ts). */
  private mentionsIn = new Map<string, string>();
  private entities: MentionMark[];

  private constructor(readonly gazetteer: Gazetteer, private searchSource: unknown, readonly lexical: LexicalIndex, statements: StatementRecord[], readonly commonTerms: Set<string>, readonly publishers: PublisherInfo[] = [], private parts: IndexParts | null = null, bodyChunks: number[] = [], aliasRows?: AliasRows) {
    this.matcher = aliasRows ? rowMatcher(new AliasTable(aliasRows)) : buildMatcher(gazetteer.aliases);
    this.resolver = new MentionResolver(gazetteer, this.matcher.forms);
    for (const p of gazetteer.people) this.people.set(p.id, p);
    for (const t of gazetteer.topics) this.topics.set(t.id, t);
    this.commonOrder = commonOrder(commonTerms);
    this.bundledIds = statements.map((s) => s.id);
    this.entities = entityList(gazetteer);
    const chunkAt = bodyChunks.flatMap((count, chunk) => Array<number>(count).fill(chunk));
    let at = 0;
    for (const s of statements) {
      this.remember(s);
      if (s.body) continue;
      const chunk = chunkAt[at++];
      if (chunk === undefined) throw new Error(`Readout index: statement ${s.id} has no body and no chunk of bodies`);
      this.bodyChunkOf.set(s.id, chunk);
      (this.chunkIds[chunk] ??= []).push(s.id);
    }
  }

  /** The engine over a compiled index; `parts` supplies what the index left out (search index, bodies). */
  static load(index: CorpusIndex, parts: IndexParts | null = null): ReadoutEngine {
    if (index.version !== INDEX_VERSION) throw new Error(`Readout index version ${index.version} is not ${INDEX_VERSION}: rebuild it with npm run corpus`);
    if ((index.search === undefined || index.bodyChunks) && !parts) throw new Error('Readout index: this index leaves out the search index or the bodies, and nothing supplies them');
    const common = new Set(index.commonTerms);
    const statements = index.publisherDefaults ? withPublisherDefaults(index.statements, index.publishers) : index.statements;
    const engine = new ReadoutEngine(index.gazetteer, index.search, new LexicalIndex(index.lexicalInOrder ? { ...index.lexical, ids: index.statements.map((s) => s.id) } : index.lexical, common), statements, common, index.publishers, parts, index.bodyChunks, index.aliasRows);
    engine.keepSearchPart(index);
    index.mentionsIn?.forEach((m, i) => engine.mentionsIn.set(engine.bundledIds[i], m));
    for (const e of index.events) engine.keepEvent(e);
    return engine;
  }

  /** An engine over a gazetteer alone, used while compiling statements. */
  static bare(gazetteer: Gazetteer): ReadoutEngine {
    const engine = new ReadoutEngine(gazetteer, undefined, LexicalIndex.empty(new Set()), [], new Set());
    engine.searchIndex = newSearch(new Set());
    return engine;
  }

  /**
   * The search index (as the reader types: prefixes, typos). Loaded on first use from the index;
   * where the index left it out, `searchReady()` must have been awaited.
   */
  get search(): MiniSearch<SearchDoc> {
    if (!this.searchIndex) {
      if (this.searchSource === undefined) throw new Error('Readout: the search index is not loaded yet (await searchReady())');
      this.searchIndex = loadSearch(withDocumentIds(this.searchSource, this.bundledIds), this.commonTerms);
      this.searchSource = undefined;
      for (const s of this.statements.values()) {
        if (s.origin !== 'user') continue;
        if (this.searchIndex.has(s.id)) this.searchIndex.discard(s.id);
        this.searchIndex.add(searchDoc({ ...s, body: this.bodyOf(s) }));
      }
    }
    return this.searchIndex;
  }

  async searchReady(): Promise<MiniSearch<SearchDoc>> {
    if (this.searchIndex || this.searchSource !== undefined || !this.parts) return this.search;
    this.searchLoading ??= this.parts.search().then((part) => {
      this.searchSource = part.search;
      this.keepSearchPart(part);
      // Search lists every form a query word may begin: decoded now, with the index, not at the first keystroke.
      this.matcher.forms.all();
      return this.search;
    });
    return this.searchLoading;
  }

  private keepSearchPart(part: SearchPart): void {
    part.commonIn?.forEach((b, i) => this.commonIn.set(this.bundledIds[i], b));
  }

  /** Where a statement names people and topics, per text (title, then paragraphs): kept in the index for a bundled one, read for one the reader added. */
  mentionMarksOf(s: StatementRecord): MentionMark[][] {
    const kept = s.origin === 'bundled' ? this.mentionsIn.get(s.id) : undefined;
    if (kept !== undefined) return decodeMentions(kept, this.entities);
    return this.read([s.title, ...this.bodyOf(s)], { date: s.date }).mentions;
  }

  /** Which common terms a statement has: the index's bits for a bundled one, its own text's for one the reader added. */
  commonBitsOf(s: StatementRecord): string {
    const kept = s.origin === 'bundled' ? this.commonIn.get(s.id) : undefined;
    if (kept !== undefined) return kept;
    let bits = this.addedCommon.get(s);
    if (bits === undefined) {
      bits = commonBits(`${s.title}\n${this.bodyOf(s).join('\n')}`, this.commonOrder);
      this.addedCommon.set(s, bits);
    }
    return bits;
  }

  /** A statement's paragraphs; a bundled one's must have been loaded (`loadBodies`). */
  bodyOf(s: StatementRecord): string[] {
    if (!s.body) throw new BodyNotLoaded(s.id);
    return s.body;
  }

  /**
   * Reads the bodies of these statements where the index left them out; for `ranking`, the terms of those whose
   * paragraphs were not compared yet too. An account read ahead may never be compared: the terms held are few.
   */
  async loadBodies(ids: Iterable<string>, ranking = false): Promise<void> {
    const chunks = new Set<number>();
    const terms = new Map<number, string[]>();
    if (this.termsIn.size > MAX_TERMS_HELD) this.termsIn.clear();
    for (const id of ids) {
      const chunk = this.bodyChunkOf.get(id);
      if (chunk === undefined) continue;
      if (!this.statements.get(id)?.body) chunks.add(chunk);
      if (!ranking || !this.parts?.terms || this.paragraphCache.has(id) || this.termsIn.has(id)) continue;
      const wanted = terms.get(chunk);
      if (wanted) wanted.push(id); else terms.set(chunk, [id]);
    }
    await Promise.all([
      ...[...chunks].map((chunk) => this.loadChunk(chunk)),
      ...[...terms].map(([chunk, wanted]) => this.termsChunk(chunk).then((t) => {
        for (const id of wanted) this.termsIn.set(id, t[this.chunkIds[chunk].indexOf(id)]);
      })),
    ]);
  }

  /** Every body: for work over the whole corpus (search with its snippets). */
  async allBodies(): Promise<void> {
    await this.loadBodies(this.bodyChunkOf.keys());
  }

  /** A chunk's terms; a read under way (ranking reads ahead, then asks again) is not made twice. */
  private termsChunk(chunk: number): Promise<TermsChunk> {
    let p = this.termsReads.get(chunk);
    if (!p) {
      p = this.parts!.terms!(chunk);
      this.termsReads.set(chunk, p);
      const done = () => { this.termsReads.delete(chunk); };
      p.then(done, done);
    }
    return p;
  }

  private loadChunk(chunk: number): Promise<void> {
    let p = this.bodyLoads.get(chunk);
    if (!p) {
      p = this.parts!.bodies(chunk).then(({ bodies, mentions }) => {
        this.chunkIds[chunk].forEach((id, at) => {
          const s = this.statements.get(id);
          if (s && !s.body) s.body = bodies[at];
          this.mentionsIn.set(id, mentions[at]);
        });
      });
      // A failed read is tried again by the next caller.
      p.catch(() => this.bodyLoads.delete(chunk));
      this.bodyLoads.set(chunk, p);
    }
    return p;
  }

  private remember(s: StatementRecord): void {
    this.statements.set(s.id, s);
    for (const id of s.people) this.entityIndex(`p:${id}`).add(s.id);
    for (const id of s.topics) this.entityIndex(`t:${id}`).add(s.id);
  }

  private keepEvent(e: EventRecord): void {
    this.events.set(e.id, e);
    for (const a of e.accounts) this.eventIds.set(a, e.id);
  }

  /** The id of the event a statement reports. */
  eventOf(id: string): string {
    return this.eventIds.get(id) ?? id;
  }

  /** An event by id, with its accounts; a statement grouped with no other is an event of its own. */
  event(id: string): EventRecord | null {
    const e = this.events.get(id);
    if (e) return e;
    const s = this.statements.get(id);
    if (!s || this.eventIds.has(id)) return null;
    return { id, date: s.date, ...(s.endDate ? { endDate: s.endDate } : {}), kind: s.kind, participants: s.participants, accounts: [id] };
  }

  /** Who held a role on a day. */
  holder(role: string, date: string): string | null {
    return this.resolver.holder(role, date);
  }

  /** A statement the reader adds joins the event of the bundled (or added) statements it reports, if any. */
  private joinEvent(r: StatementRecord): void {
    this.grouper ??= new EventGrouper(this, this.publishers);
    const f = this.grouper.factsOf(r);
    const nearby = new Map<string, { event: EventRecord; accounts: StatementRecord[] }>();
    for (const p of f.parties) for (const id of this.byEntity.get(`p:${p}`) ?? []) {
      const ev = id === r.id ? null : this.event(this.eventOf(id));
      if (!ev || nearby.has(ev.id)) continue;
      const from = parseIsoSpan(ev.date)!.from;
      const to = parseIsoSpan(ev.endDate ?? ev.date)!.to;
      if (to < f.span.from - 2 || from > f.span.to + 2) continue;
      nearby.set(ev.id, { event: ev, accounts: ev.accounts.map((a) => this.statements.get(a)!).filter(Boolean) });
    }
    const joined = this.grouper.join(r, [...nearby.values()]);
    if (!joined) return;
    if (this.events.has(joined.id)) {
      joined.accounts.push(r.id);
      this.eventIds.set(r.id, joined.id);
    } else this.keepEvent({ ...joined, accounts: [...joined.accounts, r.id] });
  }

  private leaveEvent(id: string): void {
    this.grouper?.forget(id);
    const eid = this.eventIds.get(id);
    if (!eid) return;
    this.eventIds.delete(id);
    const e = this.events.get(eid)!;
    e.accounts = e.accounts.filter((a) => a !== id);
    if (e.accounts.length > 1) return;
    // One account left: it is an event of its own again.
    for (const a of e.accounts) this.eventIds.delete(a);
    this.events.delete(eid);
  }

  private entityIndex(key: string): Set<string> {
    let set = this.byEntity.get(key);
    if (!set) { set = new Set(); this.byEntity.set(key, set); }
    return set;
  }

  /** Matches in one text, before page-level rules: cacheable per block of a page. */
  scan(text: string | PreparedText): BlockScan {
    return scanBlock(this.matcher, text);
  }

  /** Mentions in a set of texts read as one page, with the scans they came from. */
  read(texts: string[], opts: { date?: string | null } = {}, scanned?: BlockScan[], resolved?: Mention[][]): { scans: BlockScan[]; mentions: Mention[][] } {
    const scans = scanned ?? texts.map((text) => this.scan(text));
    return { scans, mentions: resolved ?? this.resolver.resolve(texts.map((text, i) => ({ text, scan: scans[i] })), opts) };
  }

  mentions(texts: string[], opts: { date?: string | null } = {}): Mention[][] {
    return this.read(texts, opts).mentions;
  }

  /**
   * People and topics of an article; `scans` (title first) when its blocks were scanned already, and `mentions`
   * when they were resolved too (the worker resolves a page's blocks with its title for the page's highlights).
   */
  analyze(article: Article, scans?: BlockScan[], mentions?: Mention[][]): Analysis {
    const blocks = [article.title ?? '', ...article.paragraphs];
    const { scans: used, mentions: found } = this.read(blocks, { date: article.date }, scans, mentions);
    const people = new Map<string, PersonHit>();
    const topics = new Map<string, TopicHit>();
    for (const m of found.flat()) {
      if (m.kind === 'person') {
        const hit = people.get(m.id) ?? { id: m.id, name: this.people.get(m.id)?.name ?? m.id, mentions: 0, forms: [] };
        hit.mentions++;
        if (!hit.forms.includes(m.form)) hit.forms.push(m.form);
        people.set(m.id, hit);
      } else for (const id of topicsOf(m)) {
        const hit = topics.get(id) ?? { id, label: this.topics.get(id)?.label ?? id, mentions: 0, phrases: [] };
        hit.mentions++;
        if (!hit.phrases.includes(m.form)) hit.phrases.push(m.form);
        topics.set(id, hit);
      }
    }
    // Topics the story speaks of by meaning alone ("the conflict", in a sentence naming Ukraine), where the gazetteer
    // knows them: counted once, with no phrase of their own.
    for (const id of inferredTopics(used.map((s) => s.folded))) {
      const label = this.topics.get(id)?.label;
      if (label && !topics.has(id)) topics.set(id, { id, label, mentions: 1, phrases: [] });
    }
    const byCount = <T extends { mentions: number }>(a: T, b: T) => b.mentions - a.mentions;
    return { blocks, scans: used, mentions: found, people: [...people.values()].sort(byCount), topics: [...topics.values()].sort(byCount) };
  }

  /** People, topics and the ranked statements for an article. */
  xref(article: Article, scans?: BlockScan[]): XrefResult {
    const analysis = this.analyze(article, scans);
    return { ...analysis, statements: rankStatements(this, article, analysis) };
  }

  /** The same, reading first the bodies its passages need (the extension's index leaves them out). */
  async xrefLoading(article: Article, scans?: BlockScan[], mentions?: Mention[][]): Promise<XrefResult> {
    const analysis = this.analyze(article, scans, mentions);
    // The accounts of the article's event are listed and paired too (rank.ts, oneEvent): read ahead for the
    // likeliest events, those of the best candidates.
    const accountsOf = (ids: string[]) => ids.flatMap((id) => this.event(this.eventOf(id))?.accounts ?? []);
    const withAccounts = (ids: string[]) => [...ids, ...accountsOf(ids)];
    // Bodies are read while the rest is scored: a stopped worker waited ~45 ms for them after scoring.
    const scored = scoreStatements(this, article, analysis, (likely) => void this.loadBodies(withAccounts(likely), true).catch(() => undefined));
    await this.loadBodies(withAccounts(scored.passageIds), true);
    try {
      return { ...analysis, statements: rankScored(this, scored) };
    } catch (e) {
      // The event was that of a statement ranked further down than the accounts read ahead.
      if (!(e instanceof BodyNotLoaded)) throw e;
      await this.loadBodies(accountsOf(scored.scored.map((c) => c.s.id)), true);
      return { ...analysis, statements: rankScored(this, scored) };
    }
  }

  /**
   * Per body paragraph: its terms and the people and topics it names, computed when first needed. The people
   * and topics are the statement's mentions read with its title (kept in the index for a bundled statement), so
   * ranking and search see the same ones, and a first ranking reads no body with the matcher.
   */
  statementParagraphs(s: StatementRecord): ParagraphFeatures[] {
    let f = this.paragraphCache.get(s.id);
    if (!f) {
      const body = this.bodyOf(s);
      const marks = this.mentionMarksOf(s);
      const kept = this.termsIn.get(s.id);
      this.termsIn.delete(s.id);
      f = body.map((text, i) => paragraphFeatures(kept ? splitTerms(kept[i]) : terms(text), entityKeys(marks[i + 1])));
      this.paragraphCache.set(s.id, f);
    }
    return f;
  }

  /** The days the statement's event covers. */
  eventSpan(s: StatementRecord): DaySpan {
    let span = this.spans.get(s.id);
    if (!span) {
      const from = parseIsoSpan(s.date)!.from;
      span = { from, to: s.endDate ? parseIsoSpan(s.endDate)!.to : from };
      this.spans.set(s.id, span);
    }
    return span;
  }

  /** Analyses a statement as the index stores it; used at build time and when the reader adds one. */
  /** `mentions`: of the title and paragraphs, where the caller read them already. */
  record(raw: RawStatement, origin: StatementRecord['origin'], mentions = this.mentions([raw.title, ...raw.body], { date: raw.date })): StatementRecord {
    const counts = { person: new Map<string, number>(), topic: new Map<string, number>() };
    for (const m of mentions.flat()) for (const id of m.kind === 'person' ? [m.id] : topicsOf(m)) counts[m.kind].set(id, (counts[m.kind].get(id) ?? 0) + 1);
    const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    // Participants are people of the statement even where the text only says "the two sides".
    const people = [...new Set([...byCount(counts.person), ...raw.participants])];
    const topics = byCount(counts.topic);
    const { id, title, date, endDate, published, source, publisher, kind, participants, language, url, licence, attribution, body } = raw;
    const rec: StatementRecord = { id, title, date, source, kind, participants, language, body, people, topics, origin };
    if (endDate) rec.endDate = endDate;
    if (published) rec.published = published;
    if (publisher) rec.publisher = publisher;
    if (url) rec.url = url;
    if (licence) rec.licence = licence;
    if (attribution) rec.attribution = attribution;
    return rec;
  }

  hidePublishers(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === this.hidden.size && [...next].every((id) => this.hidden.has(id))) return;
    this.hidden = next;
    // Answers cached over all statements (the page's ranking, the search's lists) are out of date.
    this.revision++;
  }

  visible(s: StatementRecord): boolean {
    return !s.publisher || !this.hidden.has(s.publisher);
  }

  /** Adds statements without rebuilding the index: reader imports go through here. */
  add(records: StatementRecord[]): void {
    for (const r of records) {
      this.remove(r.id);
      this.remember(r);
      const doc = searchDoc({ ...r, body: this.bodyOf(r) });
      this.lexical.add(doc.id, doc.title, doc.text);
      // A search index not loaded yet takes the reader's statements when it loads.
      this.searchIndex?.add(doc);
    }
    for (const r of records) this.joinEvent(r);
    this.revision++;
  }

  /**
   * add(), once the bodies are read of the statements the new ones may share an event with (an
   * account's lead paragraph names its people and the day it announces).
   */
  async addLoading(records: StatementRecord[]): Promise<void> {
    const near = new Set<string>();
    for (const r of records) {
      const day = parseIsoSpan(r.date)?.from;
      if (day === undefined) continue;
      for (const p of r.people) for (const id of this.byEntity.get(`p:${p}`) ?? []) {
        const span = this.eventSpan(this.statements.get(id)!);
        if (span.to >= day - NEAR_EVENT_DAYS && span.from <= day + NEAR_EVENT_DAYS) near.add(id);
      }
    }
    await this.loadBodies(near);
    this.add(records);
  }

  /** Takes a statement out: its people and topics must no longer make it a candidate. */
  remove(id: string): void {
    const old = this.statements.get(id);
    if (!old) return;
    if (this.searchIndex?.has(id)) this.searchIndex.discard(id);
    this.lexical.discard(id);
    for (const p of old.people) this.byEntity.get(`p:${p}`)?.delete(id);
    for (const t of old.topics) this.byEntity.get(`t:${t}`)?.delete(id);
    this.statements.delete(id);
    this.paragraphCache.delete(id);
    this.spans.delete(id);
    this.leaveEvent(id);
    this.revision++;
  }
}
