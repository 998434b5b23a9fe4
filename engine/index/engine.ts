import type MiniSearch from 'minisearch';
import { buildMatcher, type Matcher } from '../match/trie';
import { scanBlock, type BlockScan } from '../match/scan';
import { MentionResolver, type Mention } from '../match/mentions';
import { loadSearch, searchDoc, type SearchDoc } from '../rank/search';
import { paragraphFeatures, type ParagraphFeatures } from '../rank/passages';
import { rankStatements, type RankedStatement } from '../rank/rank';
import type { Gazetteer, PersonInfo, RawStatement, TopicInfo } from '../gazetteer/types';
import { INDEX_VERSION, type CorpusIndex, type StatementRecord } from './types';

export interface Article {
  title?: string;
  paragraphs: string[];
  /** The article's date, ISO; a month ("2023-05") or a year will do. */
  date?: string | null;
  url?: string;
  language?: string;
}

export interface PersonHit { id: string; name: string; mentions: number; forms: string[] }
export interface TopicHit { id: string; label: string; mentions: number; phrases: string[] }

export interface Analysis {
  /** The texts analysed: the title (possibly empty) then the paragraphs. */
  blocks: string[];
  mentions: Mention[][];
  people: PersonHit[];
  topics: TopicHit[];
}

export interface XrefResult extends Analysis { statements: RankedStatement[] }

/** The whole of Readout's matching: mentions, analysis, ranking. Pure: no DOM, no browser API. */
export class ReadoutEngine {
  readonly matcher: Matcher;
  readonly resolver: MentionResolver;
  readonly people = new Map<string, PersonInfo>();
  readonly topics = new Map<string, TopicInfo>();
  readonly statements = new Map<string, StatementRecord>();
  /** Which statements name a person or topic: the candidates for ranking. */
  readonly byEntity = new Map<string, Set<string>>();
  private paragraphCache = new Map<string, ParagraphFeatures[]>();

  private constructor(readonly gazetteer: Gazetteer, readonly search: MiniSearch<SearchDoc>, statements: StatementRecord[], readonly commonTerms: Set<string>) {
    this.matcher = buildMatcher(gazetteer.aliases);
    this.resolver = new MentionResolver(gazetteer);
    for (const p of gazetteer.people) this.people.set(p.id, p);
    for (const t of gazetteer.topics) this.topics.set(t.id, t);
    for (const s of statements) this.remember(s);
  }

  static load(index: CorpusIndex): ReadoutEngine {
    if (index.version !== INDEX_VERSION) throw new Error(`Readout index version ${index.version} is not ${INDEX_VERSION}: rebuild it with npm run corpus`);
    return new ReadoutEngine(index.gazetteer, loadSearch(index.search), index.statements, new Set(index.commonTerms));
  }

  /** An engine over a gazetteer alone, used while compiling statements. */
  static bare(gazetteer: Gazetteer, search: MiniSearch<SearchDoc>): ReadoutEngine {
    return new ReadoutEngine(gazetteer, search, [], new Set());
  }

  private remember(s: StatementRecord): void {
    this.statements.set(s.id, s);
    for (const id of Object.keys(s.people)) this.entityIndex(`p:${id}`).add(s.id);
    for (const id of Object.keys(s.topics)) this.entityIndex(`t:${id}`).add(s.id);
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

  /** Mentions in a set of texts read as one page. */
  mentions(texts: string[], opts: { date?: string | null } = {}): Mention[][] {
    return this.resolver.resolve(texts.map((text) => ({ text, scan: this.scan(text) })), opts);
  }

  analyze(article: Article): Analysis {
    const blocks = [article.title ?? '', ...article.paragraphs];
    const mentions = this.mentions(blocks, { date: article.date });
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
    return { blocks, mentions, people: [...people.values()].sort(byCount), topics: [...topics.values()].sort(byCount) };
  }

  /** People, topics and the ranked statements for an article. */
  xref(article: Article): XrefResult {
    const analysis = this.analyze(article);
    return { ...analysis, statements: rankStatements(this, article, analysis) };
  }

  /** Per body paragraph: its terms and the entities it names, computed when first needed. */
  statementParagraphs(s: StatementRecord): ParagraphFeatures[] {
    let f = this.paragraphCache.get(s.id);
    if (!f) {
      f = s.body.map((p, i) => paragraphFeatures(p, s.paragraphEntities[i] ?? []));
      this.paragraphCache.set(s.id, f);
    }
    return f;
  }

  /** Analyses a statement as the index stores it; used at build time and when the reader adds one. */
  record(raw: RawStatement, origin: StatementRecord['origin']): StatementRecord {
    const texts = [raw.title, ...raw.body];
    const mentions = this.mentions(texts, { date: raw.date });
    const people: Record<string, number> = {};
    const topics: Record<string, number> = {};
    for (const m of mentions.flat()) {
      const bag = m.kind === 'person' ? people : topics;
      bag[m.id] = (bag[m.id] ?? 0) + 1;
    }
    // Participants are people of the statement even where the text only says "the two sides".
    for (const p of raw.participants) people[p] ??= 0;
    const paragraphEntities = mentions.slice(1).map((ms) => [...new Set(ms.map((m) => `${m.kind === 'person' ? 'p' : 't'}:${m.id}`))]);
    const { id, title, date, endDate, published, source, kind, participants, language, url, attribution, body } = raw;
    const rec: StatementRecord = { id, title, date, source, kind, participants, language, body, people, topics, paragraphEntities, origin };
    if (endDate) rec.endDate = endDate;
    if (published) rec.published = published;
    if (url) rec.url = url;
    if (attribution) rec.attribution = attribution;
    return rec;
  }

  /** Adds statements without rebuilding the index: reader imports go through here. */
  add(records: StatementRecord[]): void {
    for (const r of records) {
      if (this.statements.has(r.id)) this.search.discard(r.id);
      this.paragraphCache.delete(r.id);
      this.remember(r);
      this.search.add(searchDoc(r));
    }
  }
}
