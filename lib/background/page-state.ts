import { bestSentencePair, publisherLabel, type Article, type ReadoutEngine, type StatementRecord, type XrefResult } from '../../engine';
import type { BlockScan, PreparedText } from '../../engine/match/scan';
import type { Mention } from '../../engine/match/mentions';
import { articleFeatures } from '../../engine/rank/rank';
import { pairPassages } from '../../engine/rank/passages';
import { chipsOf } from './chips';
import { litEntities } from './lit-entities';
import { markStart } from './start-marks';
import type { AnalyzeResult, BlockText, Chip, PageMeta, PageMatch, ReaderView, TabResult } from '../shared/messages';

interface Analysed { tab: TabResult; xref: XrefResult; texts: string[] }

/** The topics with words on the page to show: one the page speaks of by meaning alone ranks, but has no chip. */
const worded = (topics: XrefResult['topics']) => topics.filter((t) => t.phrases.length > 0);

/** The page as the engine reads an article: its language says which words of days are words of days. */
const articleOf = (meta: PageMeta, paragraphs: string[]): Article => ({ title: meta.title, paragraphs, date: meta.date, url: meta.url, language: meta.language ?? undefined });

/**
 * One tab's page as the background knows it: the scan of every block (so an update
 * rescans only the blocks that changed) and the page-level rules applied over all.
 */
export class PageState {
  private blocks = new Map<number, { text: string; scan: BlockScan }>();
  private meta: PageMeta = { url: '', title: '', date: null };
  /** People the page names in full somewhere (not by a surname or a title alone), as of the last final update. */
  private namedInFull = new Set<string>();
  private cached: { job: Promise<Analysed>; revision: number } | null = null;
  /** The title's scan, and the last final update's mentions (title first), which ranking reads as they are. */
  private title: { text: string; scan: BlockScan } | null = null;
  private resolved: { mentions: Mention[][]; revision: number } | null = null;

  constructor(private engine: ReadoutEngine) {}

  /** `prepared`: the changed blocks folded already, in the same order (early-read.ts). */
  update(meta: PageMeta, changed: BlockText[], removed: number[], final = true, prepared?: PreparedText[]): AnalyzeResult {
    this.meta = meta;
    for (const key of removed) this.blocks.delete(key);
    changed.forEach((b, i) => {
      const old = this.blocks.get(b.key);
      if (old?.text !== b.text) this.blocks.set(b.key, { text: b.text, scan: this.engine.scan(prepared?.[i] ?? b.text) });
    });
    this.cached = null;
    this.resolved = null;
    if (!final) return { pending: true };
    const keys = [...this.blocks.keys()].sort((a, b) => a - b);
    const entries = keys.map((k) => this.blocks.get(k)!);
    // One reading of the page, title first, for its highlights and its ranking alike.
    const withTitle = this.engine.resolver.resolve([this.titleOf(meta.title), ...entries], { date: meta.date });
    this.resolved = { mentions: withTitle, revision: this.engine.revision };
    const resolved = withTitle.slice(1);
    const flat: number[] = [];
    const entities: string[] = [];
    const entityIndex = new Map<string, number>();
    const people = new Set<string>();
    const topics = new Set<string>();
    this.namedInFull.clear();
    // Grouped by block, in key order: the page finds each block's mentions in one pass.
    resolved.forEach((list, i) => {
      for (const m of list) {
        const key = `${m.kind === 'person' ? 'p' : 't'}:${m.id}`;
        let e = entityIndex.get(key);
        if (e === undefined) { e = entities.length; entities.push(key); entityIndex.set(key, e); }
        flat.push(keys[i], m.start, m.end, e);
        (m.kind === 'person' ? people : topics).add(m.id);
        if (m.full) this.namedInFull.add(m.id);
      }
    });
    markStart('page-analysed');
    // Ranking is the background's next job (for the badge), not the page's wait.
    return { mentions: { flat, entities }, people: [...people], topics: [...topics] };
  }

  private analysis(): Promise<Analysed> {
    // The engine's revision moves when statements are added or a publisher is turned off.
    if (!this.cached || this.cached.revision !== this.engine.revision) {
      const revision = this.engine.revision;
      const meta = this.meta;
      const keys = [...this.blocks.keys()].sort((a, b) => a - b);
      const texts = keys.map((k) => this.blocks.get(k)!.text);
      const scans = keys.map((k) => this.blocks.get(k)!.scan);
      const mentions = this.resolved?.revision === revision ? this.resolved.mentions : undefined;
      const job = this.engine.xrefLoading(articleOf(meta, texts), [this.titleOf(meta.title).scan, ...scans], mentions).then((xref) => {
        markStart('page-ranked');
        const statements = xref.statements.map((r) => this.match(r, xref, texts));
        const chars = texts.reduce((n, t) => n + t.trim().length, 0);
        return { tab: { page: meta, chars, result: { people: xref.people, topics: worded(xref.topics), statements }, at: Date.now() }, xref, texts };
      });
      this.cached = { job, revision };
      // A failed read of bodies is tried again on the next ask.
      job.catch(() => { if (this.cached?.job === job) this.cached = null; });
    }
    return this.cached.job;
  }

  private titleOf(text: string): { text: string; scan: BlockScan } {
    if (this.title?.text !== text) this.title = { text, scan: this.engine.scan(text) };
    return this.title;
  }

  /** The ranked statements for the page, computed once per change. */
  async result(): Promise<TabResult> {
    return (await this.analysis()).tab;
  }

  /** The article as it was ranked, for comparing it with statements. */
  async articleRead(): Promise<{ meta: PageMeta; article: Article; analysis: XrefResult }> {
    const { tab, xref, texts } = await this.analysis();
    return { meta: tab.page, article: articleOf(tab.page, texts), analysis: xref };
  }

  /** The page's entities lit by default (see litEntities); ranks the page, once per change, as the badge does. */
  async lit(): Promise<string[]> {
    return litEntities((await this.result()).result.statements, this.namedInFull);
  }

  /** The statement's people and topics that this page names too. */
  private chips(s: StatementRecord, xref: XrefResult): { people: Chip[]; topics: Chip[] } {
    const people = new Set(xref.people.map((p) => p.id));
    const topics = new Set(worded(xref.topics).map((t) => t.id));
    return chipsOf(this.engine, s, (kind, id) => (kind === 'person' ? people : topics).has(id));
  }

  private match(r: XrefResult['statements'][number], xref: XrefResult, texts: string[]): PageMatch {
    const s = this.engine.statements.get(r.id)!;
    const best = r.passages[0];
    const passage = best ? { ...bestSentencePair(texts[best.articleParagraph], this.engine.bodyOf(s)[best.statementParagraph]), kind: best.kind } : null;
    return { ...r, by: publisherLabel(this.engine, s), ...this.chips(s, xref), passage };
  }

  /** A statement for the reader: what this page shares with it, down to the paragraph. */
  async readerView(s: StatementRecord): Promise<Omit<ReaderView, 'coverage' | 'event'>> {
    const { article, analysis: xref } = await this.articleRead();
    const texts = article.paragraphs;
    await this.engine.loadBodies([s.id]);
    const body = this.engine.bodyOf(s);
    const ranked = xref.statements.find((r) => r.id === s.id);
    // Only the best-ranked statements get passages while ranking; the others are paired now.
    const pairs = ranked?.passages.length ? ranked.passages : pairPassages(articleFeatures(article, xref).articleParas, this.engine.statementParagraphs(s));
    const seen = new Set<number>();
    const passages = pairs.filter((p) => !seen.has(p.statementParagraph) && seen.add(p.statementParagraph)).map((p) => {
      // Whole sentences: the reader finds the statement's one in its paragraph to mark it.
      const pair = bestSentencePair(texts[p.articleParagraph], body[p.statementParagraph], Infinity);
      return { statementParagraph: p.statementParagraph, kind: p.kind, statementSentence: pair.statement, articleSentence: pair.article };
    });
    return { statement: { ...s, body }, ...this.chips(s, xref), passages, page: this.meta };
  }
}
