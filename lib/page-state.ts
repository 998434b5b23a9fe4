import type { ReadoutEngine } from '../engine';
import type { BlockScan } from '../engine/match/scan';
import type { AnalyzeResult, BlockText, PageMeta, TabResult } from './messages';

/**
 * One tab's page as the background knows it: the scan of every block (so an update
 * rescans only the blocks that changed) and the page-level rules applied over all.
 */
export class PageState {
  private blocks = new Map<number, { text: string; scan: BlockScan }>();
  private meta: PageMeta = { url: '', title: '', date: null };
  private cached: TabResult | null = null;

  constructor(private engine: ReadoutEngine) {}

  update(meta: PageMeta, changed: BlockText[], removed: number[], final = true): AnalyzeResult {
    this.meta = meta;
    for (const key of removed) this.blocks.delete(key);
    for (const b of changed) {
      const old = this.blocks.get(b.key);
      if (old?.text !== b.text) this.blocks.set(b.key, { text: b.text, scan: this.engine.scan(b.text) });
    }
    this.cached = null;
    if (!final) return { pending: true };
    const keys = [...this.blocks.keys()].sort((a, b) => a - b);
    const entries = keys.map((k) => this.blocks.get(k)!);
    const resolved = this.engine.resolver.resolve(entries, { date: meta.date });
    const flat: number[] = [];
    const entities: string[] = [];
    const entityIndex = new Map<string, number>();
    const people = new Set<string>();
    const topics = new Set<string>();
    resolved.forEach((list, i) => {
      for (const m of list) {
        const key = `${m.kind === 'person' ? 'p' : 't'}:${m.id}`;
        let e = entityIndex.get(key);
        if (e === undefined) { e = entities.length; entities.push(key); entityIndex.set(key, e); }
        flat.push(keys[i], m.start, m.end, e);
        (m.kind === 'person' ? people : topics).add(m.id);
      }
    });
    const mentions = { flat, entities };
    // Ranking waits for the popup: the page needs its mentions now, not the statements.
    return { mentions, people: [...people], topics: [...topics] };
  }

  /** The ranked statements for the page, computed once per change. */
  result(): TabResult {
    if (!this.cached) {
      const keys = [...this.blocks.keys()].sort((a, b) => a - b);
      const texts = keys.map((k) => this.blocks.get(k)!.text);
      const scans = keys.map((k) => this.blocks.get(k)!.scan);
      const r = this.engine.xref({ title: this.meta.title, paragraphs: texts, date: this.meta.date, url: this.meta.url }, [this.engine.scan(this.meta.title), ...scans]);
      this.cached = { page: this.meta, result: { people: r.people, topics: r.topics, statements: r.statements }, at: Date.now() };
    }
    return this.cached;
  }
}
