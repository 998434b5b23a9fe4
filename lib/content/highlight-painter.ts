import { locate, type TextBlock } from './blocks';
import { NodeIndex, type PageMention, type Painter } from './painter';

// CSS Custom Highlight API: StaticRanges styled by ::highlight(), so the page's DOM is
// never touched. Only blocks near the viewport have their ranges registered: every
// registered range costs on each frame the page changes (PERF-NOTES: 7,600 ranges made
// a text-change frame 109 ms instead of 41).

const NAMES = { person: 'readout-person', topic: 'readout-topic', focus: 'readout-focus' } as const;

interface HighlightRegistry { set(name: string, h: unknown): void; delete(name: string): void; get(name: string): unknown }
type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange> & { priority: number };

export function highlightApiAvailable(win: Window): boolean {
  const w = win as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return !!w.CSS?.highlights && typeof w.Highlight === 'function';
}

export class HighlightPainter implements Painter {
  readonly name = 'highlight';
  private registry: HighlightRegistry;
  private sets: Record<'person' | 'topic' | 'focus', Set<AbstractRange>>;
  private blocks = new Map<Element, { block: TextBlock; ranges: { kind: 'person' | 'topic'; r: StaticRange }[] }>();
  private visible = new Set<Element>();
  private index = new NodeIndex();
  private io: IntersectionObserver;
  private registered = false;

  constructor(private doc: Document) {
    const win = doc.defaultView as unknown as Window & { CSS: { highlights: HighlightRegistry }; Highlight: HighlightCtor };
    this.registry = win.CSS.highlights;
    const make = (priority: number) => { const h = new win.Highlight(); h.priority = priority; return h; };
    this.sets = { person: make(1), topic: make(0), focus: make(2) };
    // A screen and a half around the viewport: scrolling reaches new marks before they show.
    this.io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const entry = this.blocks.get(e.target);
        if (!entry) continue;
        if (e.isIntersecting) { this.visible.add(e.target); for (const x of entry.ranges) this.sets[x.kind].add(x.r); }
        else { this.visible.delete(e.target); for (const x of entry.ranges) this.sets[x.kind].delete(x.r); }
      }
    }, { rootMargin: '150% 0px 150% 0px' });
  }

  paint(block: TextBlock, mentions: PageMention[]): void {
    this.unpaint(block.el);
    if (mentions.length === 0) return;
    if (!this.registered) {
      for (const k of ['person', 'topic', 'focus'] as const) this.registry.set(NAMES[k], this.sets[k]);
      this.registered = true;
    }
    const ranges = mentions.map((m) => {
      const a = locate(block, m.start);
      const b = locate(block, m.end, true);
      this.index.add(m, block.nodes.slice(block.nodes.indexOf(a.node), block.nodes.indexOf(b.node) + 1));
      return { kind: m.kind, r: new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset }) };
    });
    this.blocks.set(block.el, { block, ranges });
    this.io.observe(block.el);
  }

  private unpaint(el: Element): void {
    const old = this.blocks.get(el);
    if (!old) return;
    for (const x of old.ranges) this.sets[x.kind].delete(x.r);
    this.index.remove(old.block);
    this.blocks.delete(el);
    this.visible.delete(el);
    this.io.unobserve(el);
  }

  clear(): void {
    this.io.disconnect();
    for (const k of ['person', 'topic', 'focus'] as const) { this.sets[k].clear(); this.registry.delete(NAMES[k]); }
    this.registered = false;
    this.blocks.clear();
    this.visible.clear();
    this.index = new NodeIndex();
  }

  at(x: number, y: number): PageMention | null {
    return this.index.hit(this.doc, x, y, (m) => this.range(m));
  }

  range(m: PageMention): Range | null {
    const a = locate(m.block, m.start);
    const b = locate(m.block, m.end, true);
    if (!a.node.isConnected || !b.node.isConnected) return null;
    const r = this.doc.createRange();
    r.setStart(a.node, Math.min(a.offset, a.node.length));
    r.setEnd(b.node, Math.min(b.offset, b.node.length));
    return r;
  }

  focus(m: PageMention | null): void {
    this.sets.focus.clear();
    const r = m && this.range(m);
    if (r) this.sets.focus.add(new StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset }));
  }

}
