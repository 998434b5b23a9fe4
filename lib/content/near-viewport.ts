import type { TextBlock } from './blocks';

// Which painted blocks lie near the viewport, for both painters: each paints a block only when
// it comes within a screen and a half of the viewport. Every registered range costs on each frame
// the page changes (PERF-NOTES: 7,600 ranges made a text-change frame 109 ms instead of 41), and
// ten thousand marks made every frame of a 2 MB page 30 ms instead of 15–21.

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

interface Slot<T> { block: TextBlock; item: T; shown: boolean; group: Group<T> }
interface Group<T> {
  slots: Slot<T>[];
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

/**
 * Painted blocks, each with what its painter keeps for it, and `show(item, on)` called as a block
 * comes within a screen and a half of the viewport (on) or leaves it (off), or is removed (off).
 */
export class NearViewport<T> {
  private slots = new Map<Element, Slot<T>>();
  private groupOf = new Map<Element, Group<T>>();
  /** The group new blocks join, and the groups whose ends must be watched anew at the next flush. */
  private open: Group<T> | null = null;
  private touched = new Set<Group<T>>();
  private io: IntersectionObserver;
  /** Main-thread ms spent in the observer's reports, painting included. */
  reportMs = 0;
  /** A report is owed for blocks watched since the last one; who waits for it. */
  private owed = false;
  private waiters: (() => void)[] = [];

  constructor(private show: (item: T, on: boolean) => void) {
    // A screen and a half around the viewport: scrolling reaches new marks before they show.
    this.io = new IntersectionObserver((entries) => {
      const t0 = performance.now();
      // The same for every entry, and a new object each time it is read.
      const root = entries[0]?.rootBounds ?? null;
      for (const e of entries) {
        const group = this.groupOf.get(e.target);
        if (!group) continue;
        // A block the page removed: its group is watched through the blocks that remain.
        if (!e.target.isConnected) { this.remove(e.target); this.flush(); continue; }
        if (e.isIntersecting) group.near.add(e.target); else group.near.delete(e.target);
        group.seen.set(e.target, e.boundingClientRect);
        if (this.tooTall(group, root)) this.split(group); else this.update(group);
      }
      this.reportMs += performance.now() - t0;
      this.paid();
    }, { rootMargin: '150% 0px 150% 0px' });
  }

  get(el: Element): T | undefined {
    return this.slots.get(el)?.item;
  }

  items(): T[] {
    return [...this.slots.values()].map((s) => s.item);
  }

  /** Adds a block (after remove() of any earlier item of it); shown at once if its group already is. */
  add(block: TextBlock, item: T): void {
    const open = this.open;
    const last = open?.slots[open.slots.length - 1];
    const joins = !!open && !!last && open.slots.length < GROUP_BLOCKS && open.chars + block.text.length <= GROUP_CHARS && follows(last.block, block);
    const group: Group<T> = joins ? open! : { slots: [], chars: 0, anchors: [], near: new Set(), seen: new Map(), shown: false };
    this.open = group;
    const slot: Slot<T> = { block, item, shown: false, group };
    group.slots.push(slot);
    group.chars += block.text.length;
    this.slots.set(block.el, slot);
    this.touched.add(group);
    if (group.shown) this.toggle(slot, true);
  }

  /** Hides and forgets a block's item; its group is watched anew at the next flush. */
  remove(el: Element): T | undefined {
    const old = this.slots.get(el);
    if (!old) return undefined;
    this.toggle(old, false);
    this.slots.delete(el);
    const group = old.group;
    group.slots.splice(group.slots.indexOf(old), 1);
    group.chars -= old.block.text.length;
    this.touched.add(group);
    return old.item;
  }

  /**
   * Whether a block between the group's ends could be on screen while both ends are outside the
   * watched area (the viewport and a screen and a half on each side): its ends are then watched no longer,
   * each of its blocks is.
   */
  private tooTall(group: Group<T>, root: DOMRectReadOnly | null): boolean {
    if (group.anchors.length < 2 || !root) return false;
    const a = group.seen.get(group.anchors[0]);
    const b = group.seen.get(group.anchors[1]);
    return !!a && !!b && b.bottom - a.top > root.height / 2;
  }

  private split(group: Group<T>): void {
    this.unwatch(group);
    for (const slot of group.slots) {
      const single: Group<T> = { slots: [slot], chars: slot.block.text.length, anchors: [], near: new Set(), seen: new Map(), shown: false };
      slot.group = single;
      this.touched.add(single);
    }
    this.flush();
  }

  private update(group: Group<T>): void {
    const on = group.near.size > 0;
    if (on === group.shown) return;
    group.shown = on;
    for (const slot of group.slots) this.toggle(slot, on);
  }

  private toggle(slot: Slot<T>, on: boolean): void {
    if (on === slot.shown) return;
    slot.shown = on;
    this.show(slot.item, on);
  }

  /** Watches the ends of the groups added to or changed since the last flush; the next block starts a new group. */
  flush(): void {
    for (const group of this.touched) {
      const n = group.slots.length;
      const want = n === 0 ? [] : n === 1 ? [group.slots[0].block.el] : [group.slots[0].block.el, group.slots[n - 1].block.el];
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
   * Resolves once the observer has reported on the blocks watched so far (its first report paints
   * those on screen), or after a second: a hidden tab renders no frame, so gets no report.
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

  private unwatch(group: Group<T>): void {
    for (const el of group.anchors) if (this.groupOf.get(el) === group) { this.io.unobserve(el); this.groupOf.delete(el); }
    group.anchors = [];
    group.near.clear();
    group.seen.clear();
    this.update(group);
  }

  /** Forgets every block without calling show(): the painter clears what it made itself. */
  clear(): void {
    this.io.disconnect();
    this.paid();
    this.groupOf.clear();
    this.touched.clear();
    this.open = null;
    this.slots.clear();
  }
}
