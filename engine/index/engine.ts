import type MiniSearch from 'minisearch';
import { buildMatcher, type Matcher } from '../match/trie';
import { scanBlock, type BlockScan } from '../match/scan';
import { entityKeys, MentionResolver, type Mention } from '../match/mentions';
import { loadSearch, newSearch, searchDoc, type SearchDoc } from '../rank/search';
import { LexicalIndex } from '../rank/lexical';
import { decodeAliasRows } from '../gazetteer/alias-rows';
import { paragraphFeatures, type ParagraphFeatures } from '../rank/passages';
import { termsOf } from '../rank/terms';
import { rankScored, rankStatements, scoreStatements, type RankedStatement } from '../rank/rank';
import type { Gazetteer, PersonInfo, RawStatement, TopicInfo } from '../gazetteer/types';
import { INDEX_VERSION, type Analysis, type Article, type CorpusIndex, type PersonHit, type PublisherInfo, type StatementRecord, type TopicHit } from './types';
import { parseIsoSpan, type DaySpan } from '../text/dates';

export interface XrefResult extends Analysis { statements: RankedStatement[] }

/**
 * Where the parts left out of the index come from (the extension's files): the search index and
 * the bodies, chunk by chunk. Without them, the index must hold both.
 */
export interface IndexParts {
  search(): Promise<unknown>;
  bodies(chunk: number): Promise<string[][]>;
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
  /** Bundled statements whose body is left out: the chunk that holds it, and its place there. */
  private bodyPlace = new Map<string, [number, number]>();
  private bodyLoads = new Map<number, Promise<void>>();

  private constructor(readonly gazetteer: Gazetteer, private searchSource: unknown, readonly lexical: LexicalIndex, statements: StatementRecord[], readonly commonTerms: Set<string>, readonly publishers: PublisherInfo[] = [], private parts: IndexParts | null = null, bodyChunk = 0) {
    this.matcher = buildMatcher(gazetteer.aliases);
    this.resolver = new MentionResolver(gazetteer);
    for (const p of gazetteer.people) this.people.set(p.id, p);
    for (const t of gazetteer.topics) this.topics.set(t.id, t);
    statements.forEach((s, i) => {
      this.remember(s);
      if (!s.body) this.bodyPlace.set(s.id, [Math.floor(i / bodyChunk), i % bodyChunk]);
    });
  }

  /** The engine over a compiled index; `parts` supplies what the index left out (search index, bodies). */
  static load(index: CorpusIndex, parts: IndexParts | null = null): ReadoutEngine {
    if (index.version !== INDEX_VERSION) throw new Error(`Readout index version ${index.version} is not ${INDEX_VERSION}: rebuild it with npm run corpus`);
    if ((index.search === undefined || index.bodyChunk) && !parts) throw new Error('Readout index: this index leaves out the search index or the bodies, and nothing supplies them');
    const common = new Set(index.commonTerms);
    const gazetteer = index.aliasRows ? { ...index.gazetteer, aliases: decodeAliasRows(index.aliasRows) } : index.gazetteer;
    return new ReadoutEngine(gazetteer, index.search, new LexicalIndex(index.lexical, common), index.statements, common, index.publishers, parts, index.bodyChunk ?? 0);
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
      this.searchIndex = loadSearch(this.searchSource, this.commonTerms);
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
    this.searchLoading ??= this.parts.search().then((json) => { this.searchSource = json; return this.search; });
    return this.searchLoading;
  }

  /** A statement's paragraphs; a bundled one's must have been loaded (`loadBodies`). */
  bodyOf(s: StatementRecord): string[] {
    if (!s.body) throw new Error(`Readout: the body of ${s.id} is not loaded yet (await loadBodies())`);
    return s.body;
  }

  /** Reads the bodies of these statements where the index left them out. */
  async loadBodies(ids: Iterable<string>): Promise<void> {
    const chunks = new Set<number>();
    for (const id of ids) {
      const place = this.bodyPlace.get(id);
      if (place && !this.statements.get(id)?.body) chunks.add(place[0]);
    }
    await Promise.all([...chunks].map((chunk) => this.loadChunk(chunk)));
  }

  /** Every body: for work over the whole corpus (search with its snippets). */
  async allBodies(): Promise<void> {
    await this.loadBodies(this.bodyPlace.keys());
  }

  private loadChunk(chunk: number): Promise<void> {
    let p = this.bodyLoads.get(chunk);
    if (!p) {
      p = this.parts!.bodies(chunk).then((bodies) => {
        for (const [id, [c, at]] of this.bodyPlace) {
          const s = this.statements.get(id);
          if (c === chunk && s && !s.body) s.body = bodies[at];
        }
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

  private entityIndex(key: string): Set<string> {
    let set = this.byEntity.get(key);
    if (!set) { set = new Set(); this.byEntity.set(key, set); }
    return set;
  }

  /** Matches in one text, before page-level rules: cacheable per block of a page. */
  scan(text: string): BlockScan {
    return scanBlock(this.matcher, text);
  }

  /** Mentions in a set of texts read as one page, with the scans they came from. */
  read(texts: string[], opts: { date?: string | null } = {}, scanned?: BlockScan[]): { scans: BlockScan[]; mentions: Mention[][] } {
    const scans = scanned ?? texts.map((text) => this.scan(text));
    return { scans, mentions: this.resolver.resolve(texts.map((text, i) => ({ text, scan: scans[i] })), opts) };
  }

  mentions(texts: string[], opts: { date?: string | null } = {}): Mention[][] {
    return this.read(texts, opts).mentions;
  }

  /** People and topics of an article; `scans` (title first) when its blocks were scanned already. */
  analyze(article: Article, scans?: BlockScan[]): Analysis {
    const blocks = [article.title ?? '', ...article.paragraphs];
    const { scans: used, mentions } = this.read(blocks, { date: article.date }, scans);
    const people = new Map<string, PersonHit>();
    const topics = new Map<string, TopicHit>();
    for (const m of mentions.flat()) {
      if (m.kind === 'person') {
        const hit = people.get(m.id) ?? { id: m.id, name: this.people.get(m.id)?.name ?? m.id, mentions: 0, forms: [] };
        hit.mentions++;
        if (!hit.forms.includes(m.form)) hit.forms.push(m.form);
        people.set(m.id, hit);
      } else {
        const hit = topics.get(m.id) ?? { id: m.id, label: this.topics.get(m.id)?.label ?? m.id, mentions: 0, phrases: [] };
        hit.mentions++;
        if (!hit.phrases.includes(m.form)) hit.phrases.push(m.form);
        topics.set(m.id, hit);
      }
    }
    const byCount = <T extends { mentions: number }>(a: T, b: T) => b.mentions - a.mentions;
    return { blocks, scans: used, mentions, people: [...people.values()].sort(byCount), topics: [...topics.values()].sort(byCount) };
  }

  /** People, topics and the ranked statements for an article. */
  xref(article: Article, scans?: BlockScan[]): XrefResult {
    const analysis = this.analyze(article, scans);
    return { ...analysis, statements: rankStatements(this, article, analysis) };
  }

  /** The same, reading first the bodies its passages need (the extension's index leaves them out). */
  async xrefLoading(article: Article, scans?: BlockScan[]): Promise<XrefResult> {
    const analysis = this.analyze(article, scans);
    const scored = scoreStatements(this, article, analysis);
    await this.loadBodies(scored.passageIds);
    return { ...analysis, statements: rankScored(this, scored) };
  }

  /** Per body paragraph: its terms and the people and topics it names, computed when first needed. */
  statementParagraphs(s: StatementRecord): ParagraphFeatures[] {
    let f = this.paragraphCache.get(s.id);
    if (!f) {
      const body = this.bodyOf(s);
      const { scans, mentions } = this.read(body, { date: s.date });
      f = body.map((_, i) => paragraphFeatures(termsOf(scans[i].folded, scans[i].tokens), entityKeys(mentions[i])));
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
  record(raw: RawStatement, origin: StatementRecord['origin']): StatementRecord {
    const texts = [raw.title, ...raw.body];
    const mentions = this.mentions(texts, { date: raw.date });
    const counts = { person: new Map<string, number>(), topic: new Map<string, number>() };
    for (const m of mentions.flat()) counts[m.kind].set(m.id, (counts[m.kind].get(m.id) ?? 0) + 1);
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
    this.revision++;
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
    this.revision++;
  }
}
