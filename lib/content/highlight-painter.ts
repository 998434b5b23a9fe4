import type { BlockMentions } from './block-mentions';
import { locate, type TextBlock } from './blocks';
import { NearViewport } from './near-viewport';
import { caretAt, rangeContains, type PageMention, type Painter } from './painter';

// CSS Custom Highlight API: StaticRanges styled by ::highlight(), so the page's DOM is
// never touched. Ranges are made and registered only for blocks near the viewport: every
// registered range costs on each frame the page changes (PERF-NOTES: 7,600 ranges made a
// text-change frame 109 ms instead of 41), and making them for a whole 2 MB page is most
// of a pass. The rest wait, as plain offsets, until scrolling brings them near.

const NAMES = { person: 'readout-person', topic: 'readout-topic', focus: 'readout-focus' } as const;

interface HighlightRegistry { set(name: string, h: unknown): void; delete(name: string): void }
type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange> & { priority: number };

interface Entry { block: TextBlock; mentions: BlockMentions; ranges: { kind: 'person' | 'topic'; r: StaticRange }[] | null }

export class HighlightPainter implements Painter {
  readonly name = 'highlight';
  private registry: HighlightRegistry;
  private sets: Record<'person' | 'topic' | 'focus', Set<AbstractRange>>;
  private near = new NearViewport<Entry>((entry, on) => this.show(entry, on));
  private registered = false;

  constructor(private doc: Document) {
    const win = doc.defaultView as unknown as Window & { CSS: { highlights: HighlightRegistry }; Highlight: HighlightCtor };
    this.registry = win.CSS.highlights;
    const make = (priority: number) => { const h = new win.Highlight(); h.priority = priority; return h; };
    this.sets = { person: make(1), topic: make(0), focus: make(2) };
  }

  get reportMs(): number {
    return this.near.reportMs;
  }

  private show(entry: Entry, on: boolean): void {
    if (on) {
      entry.ranges ??= entry.mentions.list.flatMap((m) => {
        const a = locate(entry.block, m.start);
        const b = locate(entry.block, m.end, true);
        return a && b ? [{ kind: m.kind, r: new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset }) }] : [];
      });
      for (const x of entry.ranges) this.sets[x.kind].add(x.r);
    } else if (entry.ranges) {
      for (const x of entry.ranges) this.sets[x.kind].delete(x.r);
    }
  }

  paint(block: TextBlock, mentions: BlockMentions): void {
    this.near.remove(block.el);
    if (mentions.length === 0) return;
    if (!this.registered) {
      for (const k of ['person', 'topic', 'focus'] as const) this.registry.set(NAMES[k], this.sets[k]);
      this.registered = true;
    }
    this.near.add(block, { block, mentions, ranges: null });
  }

  flush(): void {
    this.near.flush();
  }

  settled(): Promise<void> {
    return this.near.settled();
  }

  clear(): void {
    this.near.clear();
    for (const k of ['person', 'topic', 'focus'] as const) { this.sets[k].clear(); this.registry.delete(NAMES[k]); }
    this.registered = false;
  }

  at(x: number, y: number): PageMention | null {
    const caret = caretAt(this.doc, x, y);
    // The caret's node lies in one painted block; only that block's mentions are tested.
    for (let el = caret?.node.parentElement ?? null; el; el = el.parentElement) {
      const entry = this.near.get(el);
      if (!entry) continue;
      for (const m of entry.mentions.list) {
        const r = this.range(m);
        if (r && rangeContains(r, x, y)) return m;
      }
      return null;
    }
    return null;
  }

  range(m: PageMention): Range | null {
    const a = locate(m.block, m.start);
    const b = locate(m.block, m.end, true);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
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
