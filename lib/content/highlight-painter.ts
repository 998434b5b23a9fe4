import type { BlockMentions } from './block-mentions';
import { locate, type TextBlock } from './blocks';
import { caretAt, rangeContains, type PageMention, type Painter } from './painter';

// CSS Custom Highlight API: StaticRanges styled by ::highlight(), so the page's DOM is
// never touched. Ranges are made and registered only for blocks near the viewport: every
// registered range costs on each frame the page changes (PERF-NOTES: 7,600 ranges made a
// text-change frame 109 ms instead of 41), and making them for a whole 2 MB page is most
// of a pass. The rest wait, as plain offsets, until scrolling brings them near.

const NAMES = { person: 'readout-person', topic: 'readout-topic', focus: 'readout-focus' } as const;

/**
 * Neighbouring painted blocks are watched as a group, through its first and last block: one
 * observe() per block was 5 ms of a 2 MB pass (4,900 blocks), and every observed element is
 * checked again each frame the page scrolls. A group is a run of sibling blocks short enough
 * that, when any of it is on screen, one of its ends lies within the margin below.
 */
const GROUP_BLOCKS = 8;
const GROUP_CHARS = 2000;
/** Siblings without mentions a group may pass over between two of its blocks. */
const GROUP_GAP = 2;
const REPORT_WAIT_MS = 1000;

interface HighlightRegistry { set(name: string, h: unknown): void; delete(name: string): void }
type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange> & { priority: number };

interface Entry { block: TextBlock; mentions: BlockMentions; ranges: { kind: 'person' | 'topic'; r: StaticRange }[] | null; shown: boolean; group: Group }
interface Group {
  entries: Entry[];
  chars: number;
  /** The ends watched, the ones near the viewport, and where each was last seen. */
  anchors: Element[];
  near: Set<Element>;
  seen: Map<Element, DOMRectReadOnly>;
  shown: boolean;
}

/** Whether `b` is a later sibling of `prev` with at most GROUP_GAP elements between them. */
function follows(prev: TextBlock, b: TextBlock): boolean {
  // Both placed by one walk: its count says, without a DOM call (one per block was 4 ms of a 2 MB pass).
  if (prev.parent && prev.walk === b.walk) return prev.parent === b.parent && b.index > prev.index && b.index - prev.index <= GROUP_GAP + 1;
  let x = prev.el.nextElementSibling;
  for (let i = 0; x && i <= GROUP_GAP; i++, x = x.nextElementSibling) if (x === b.el) return true;
  return false;
}

export class HighlightPainter implements Painter {
  readonly name = 'highlight';
  private registry: HighlightRegistry;
  private sets: Record<'person' | 'topic' | 'focus', Set<AbstractRange>>;
  private entries = new Map<Element, Entry>();
  private groupOf = new Map<Element, Group>();
  /** The group new blocks join, and the groups whose ends must be watched anew at the next flush. */
  private open: Group | null = null;
  private touched = new Set<Group>();
  private io: IntersectionObserver;
  private registered = false;
  reportMs = 0;
  /** A report is owed for blocks watched since the last one; who waits for it. */
  private owed = false;
  private waiters: (() => void)[] = [];

  constructor(private doc: Document) {
    const win = doc.defaultView as unknown as Window & { CSS: { highlights: HighlightRegistry }; Highlight: HighlightCtor };
    this.registry = win.CSS.highlights;
    const make = (priority: number) => { const h = new win.Highlight(); h.priority = priority; return h; };
    this.sets = { person: make(1), topic: make(0), focus: make(2) };
    // A screen and a half around the viewport: scrolling reaches new marks before they show.
    this.io = new IntersectionObserver((entries) => {
      const t0 = performance.now();
      // The same for every entry, and a new object each time it is read.
      const root = entries[0]?.rootBounds ?? null;
      for (const e of entries) {
        const group = this.groupOf.get(e.target);
        if (!group) continue;
        // A block the page removed: its group is watched through the blocks that remain.
        if (!e.target.isConnected) { this.unpaint(e.target); this.flush(); continue; }
        if (e.isIntersecting) group.near.add(e.target); else group.near.delete(e.target);
        group.seen.set(e.target, e.boundingClientRect);
        if (this.tooTall(group, root)) this.split(group); else this.update(group);
      }
      this.reportMs += performance.now() - t0;
      this.paid();
    }, { rootMargin: '150% 0px 150% 0px' });
  }

  /**
   * Whether a block between the group's ends could be on screen while both ends are outside the
   * watched area (the viewport and a screen and a half on each side): its ends are then watched no longer,
   * each of its blocks is.
   */
  private tooTall(group: Group, root: DOMRectReadOnly | null): boolean {
    if (group.anchors.length < 2 || !root) return false;
    const a = group.seen.get(group.anchors[0]);
    const b = group.seen.get(group.anchors[1]);
    return !!a && !!b && b.bottom - a.top > root.height / 2;
  }

  private split(group: Group): void {
    this.unwatch(group);
    for (const entry of group.entries) {
      const single: Group = { entries: [entry], chars: entry.block.text.length, anchors: [], near: new Set(), seen: new Map(), shown: false };
      entry.group = single;
      this.touched.add(single);
    }
    this.flush();
  }

  private update(group: Group): void {
    const on = group.near.size > 0;
    if (on === group.shown) return;
    group.shown = on;
    for (const entry of group.entries) this.show(entry, on);
  }

  private show(entry: Entry, on: boolean): void {
    if (on === entry.shown) return;
    entry.shown = on;
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
    this.unpaint(block.el);
    if (mentions.length === 0) return;
    if (!this.registered) {
      for (const k of ['person', 'topic', 'focus'] as const) this.registry.set(NAMES[k], this.sets[k]);
      this.registered = true;
    }
    const open = this.open;
    const last = open?.entries[open.entries.length - 1];
    const joins = !!open && !!last && open.entries.length < GROUP_BLOCKS && open.chars + block.text.length <= GROUP_CHARS && follows(last.block, block);
    const group: Group = joins ? open! : { entries: [], chars: 0, anchors: [], near: new Set(), seen: new Map(), shown: false };
    this.open = group;
    const entry: Entry = { block, mentions, ranges: null, shown: false, group };
    group.entries.push(entry);
    group.chars += block.text.length;
    this.entries.set(block.el, entry);
    this.touched.add(group);
    if (group.shown) this.show(entry, true);
  }

  /** Watches the ends of the groups painted or changed since the last flush; the next block starts a new group. */
  flush(): void {
    for (const group of this.touched) {
      const n = group.entries.length;
      const want = n === 0 ? [] : n === 1 ? [group.entries[0].block.el] : [group.entries[0].block.el, group.entries[n - 1].block.el];
      for (const el of group.anchors) {
        if (want.includes(el)) continue;
        group.near.delete(el);
        group.seen.delete(el);
        // A block painted again may already be an end of the group it joined since.
        if (this.groupOf.get(el) !== group) continue;
        this.io.unobserve(el);
        this.groupOf.delete(el);
      }
      for (const el of want) {
        if (group.anchors.includes(el)) continue;
        // Watched for another group: watched afresh, so that the observer reports it to this one.
        if (this.groupOf.has(el)) this.io.unobserve(el);
        this.groupOf.set(el, group);
        this.io.observe(el);
        this.owed = true;
      }
      group.anchors = want;
      this.update(group);
    }
    this.touched.clear();
    this.open = null;
  }

  /**
   * Resolves once the observer has reported on the blocks watched so far (its first report makes the
   * ranges of those on screen), or after a second: a hidden tab renders no frame, so gets no report.
   */
  settled(): Promise<void> {
    if (!this.owed) return Promise.resolve();
    return new Promise((ok) => {
      const timer = setTimeout(done, REPORT_WAIT_MS);
      function done() { clearTimeout(timer); ok(); }
      this.waiters.push(done);
    });
  }

  private paid(): void {
    this.owed = false;
    for (const done of this.waiters.splice(0)) done();
  }

  private unwatch(group: Group): void {
    for (const el of group.anchors) if (this.groupOf.get(el) === group) { this.io.unobserve(el); this.groupOf.delete(el); }
    group.anchors = [];
    group.near.clear();
    group.seen.clear();
    this.update(group);
  }

  private unpaint(el: Element): void {
    const old = this.entries.get(el);
    if (!old) return;
    this.show(old, false);
    this.entries.delete(el);
    const group = old.group;
    group.entries.splice(group.entries.indexOf(old), 1);
    group.chars -= old.block.text.length;
    this.touched.add(group);
  }

  clear(): void {
    this.io.disconnect();
    this.paid();
    this.groupOf.clear();
    this.touched.clear();
    this.open = null;
    for (const k of ['person', 'topic', 'focus'] as const) { this.sets[k].clear(); this.registry.delete(NAMES[k]); }
    this.registered = false;
    this.entries.clear();
  }

  at(x: number, y: number): PageMention | null {
    const caret = caretAt(this.doc, x, y);
    // The caret's node lies in one painted block; only that block's mentions are tested.
    for (let el = caret?.node.parentElement ?? null; el; el = el.parentElement) {
      const entry = this.entries.get(el);
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
