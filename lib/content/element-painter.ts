import Mark from 'mark.js';
import type { BlockMentions } from './block-mentions';
import { locate, readBlocks, type TextBlock } from './blocks';
import { NearViewport } from './near-viewport';
import type { PageMention, Painter } from './painter';

// Real elements, for the assistive and page-reading tools that need them: mark.js wraps
// the engine's ranges in <readout-mark> (a custom name: page CSS for <mark> does not
// reach it), one markRanges pass per block, never one pass per alias.

export const MARK_TAG = 'readout-mark';

/** A block's mentions and, once it has come near the viewport, its marks in page order and which mention each is part of. */
interface Entry { block: TextBlock; mentions: BlockMentions; marks: { els: HTMLElement[]; of: number[] } | null }

type MarkRange = { start: number; length: number; i: number };

/**
 * Blocks are marked as they come within a screen and a half of the viewport, as the Highlight API
 * painter makes its ranges: ten thousand marks on a 2 MB page made every frame the page changes
 * 30 ms instead of 15–21, and the frames of the pass that made them up to 40–70 ms.
 */
export class ElementPainter implements Painter {
  readonly name = 'elements';
  // No map from mark to mention: a WeakMap keyed by ten thousand marks made its entries ephemerons,
  // resolved in the collector's final pause (that phase: ~30 ms on a 2 MB page, 3–26 ms without it).
  // Marks stay when their block leaves the viewport: unwrapping them would change the page's text
  // nodes again under a reader scrolling back and forth, and most pages are never read to the end.
  private near = new NearViewport<Entry>((entry, on) => { if (on) this.quiet(() => this.mark(entry)); });
  private focused: HTMLElement[] = [];

  /**
   * `quiet` runs a change of the DOM that the page did not make (marks made as the reader scrolls,
   * or when the keyboard steps to a block not yet marked): its caller's observer must not take it
   * for the page's own change.
   */
  constructor(private doc: Document, private root: Element, private quiet: (change: () => void) => void = (change) => change()) {}

  get reportMs(): number {
    return this.near.reportMs;
  }

  paint(block: TextBlock, mentions: BlockMentions): void {
    const old = this.near.remove(block.el);
    // Removed by the page since it was read: its change is on its way to be read again.
    if (!block.el.isConnected) return;
    if (old?.marks) {
      this.unmark(old);
      // Unwrapping merged text nodes: read the block again, and paint only if its text is unchanged.
      const fresh = readBlocks(this.root, [block.el]).find((b) => b.el === block.el);
      if (!fresh || fresh.text !== block.text) return;
      Object.assign(block, { nodes: fresh.nodes, starts: fresh.starts });
    }
    if (mentions.length === 0) return;
    this.near.add(block, { block, mentions, marks: null });
  }

  private mark(entry: Entry): void {
    const { block, mentions } = entry;
    if (entry.marks || !block.el.isConnected) return;
    const ranges = block.nodes === null ? this.wholeRanges(block, mentions) : this.nodeRanges(block, mentions);
    // The block changed since it was read: the change is on its way to be read again, and painted then.
    if (!ranges) return;
    const marks: Entry['marks'] = { els: [], of: [] };
    new Mark(block.el as HTMLElement).markRanges(ranges, {
      element: MARK_TAG,
      each: (el: HTMLElement, range: unknown) => {
        const i = (range as MarkRange).i;
        const e = mentions.entity(i);
        el.setAttribute('data-readout-kind', e.kind);
        el.setAttribute('data-readout-id', e.id);
        el.removeAttribute('data-markjs');
        marks.els.push(el);
        marks.of.push(i);
      },
    } as Mark.MarkRangesOptions);
    entry.marks = marks;
  }

  /**
   * A block read whole has no nested block or skipped part: its text is every text node under it,
   * as mark.js counts them, so engine offsets are mark.js offsets once the text is seen unchanged.
   */
  private wholeRanges(block: TextBlock, mentions: BlockMentions): MarkRange[] | null {
    if (block.el.textContent !== block.text) return null;
    const ranges: MarkRange[] = [];
    for (let i = 0; i < mentions.length; i++) ranges.push({ start: mentions.start(i), length: mentions.end(i) - mentions.start(i), i });
    return ranges;
  }

  /** A block read node by node: mark.js counts every text node under it, nested blocks and skipped parts included. */
  private nodeRanges(block: TextBlock, mentions: BlockMentions): MarkRange[] | null {
    const model = new Map<Text, number>();
    const walker = this.doc.createTreeWalker(block.el, NodeFilter.SHOW_TEXT);
    let total = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const p = n.parentElement?.localName;
      if (p === 'script' || p === 'style' || p === 'title' || p === 'head' || p === 'html') continue;
      model.set(n, total);
      total += n.data.length;
    }
    const ranges: MarkRange[] = [];
    for (let i = 0; i < mentions.length; i++) {
      const from = mentions.start(i);
      const to = mentions.end(i);
      const a = locate(block, from);
      const b = locate(block, to, true);
      if (!a || !b) return null;
      const start = model.get(a.node)! + a.offset;
      // A mention whose words sit on both sides of a nested block cannot be one range for mark.js.
      if (model.get(b.node)! + b.offset - start !== to - from) continue;
      ranges.push({ start, length: to - from, i });
    }
    return ranges;
  }

  /** Unwraps a block's marks as mark.js does (children moved out, parent normalised). */
  private unmark(entry: Entry): void {
    const parents = new Set<Node>();
    for (const m of entry.marks?.els ?? []) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parents.add(parent);
    }
    for (const p of parents) p.normalize();
    entry.marks = null;
  }

  flush(): void {
    this.near.flush();
  }

  settled(): Promise<void> {
    return this.near.settled();
  }

  clear(): void {
    const marked = this.near.items().filter((e) => e.marks);
    this.near.clear();
    if (marked.length) this.quiet(() => { for (const e of marked) this.unmark(e); });
    this.focused = [];
  }

  at(x: number, y: number): PageMention | null {
    const el = this.doc.elementFromPoint(x, y)?.closest(MARK_TAG);
    // Its block is the nearest element above it with marks of its own (a nested block has its own).
    for (let a = el?.parentElement; el && a; a = a.parentElement) {
      const entry = this.near.get(a);
      const j = entry?.marks ? entry.marks.els.indexOf(el as HTMLElement) : -1;
      if (j >= 0) return entry!.mentions.list[entry!.marks!.of[j]];
    }
    return null;
  }

  private elementsOf(m: PageMention): HTMLElement[] {
    // Mentions are matched by place, not identity: the keyboard's list is rebuilt after each pass.
    const entry = this.near.get(m.block.el);
    // The keyboard and the popup's chips reach mentions far from the viewport: their block is marked now.
    if (entry && !entry.marks) this.quiet(() => this.mark(entry));
    const marks = entry?.marks;
    if (!entry || !marks) return [];
    return marks.els.filter((_, j) => {
      const i = marks.of[j];
      return entry.mentions.start(i) === m.start && entry.mentions.end(i) === m.end;
    });
  }

  range(m: PageMention): Range | null {
    const els = this.elementsOf(m);
    if (els.length === 0 || !els[0].isConnected) return null;
    const r = this.doc.createRange();
    r.setStartBefore(els[0]);
    r.setEndAfter(els[els.length - 1]);
    return r;
  }

  focus(m: PageMention | null): void {
    for (const el of this.focused) el.removeAttribute('data-readout-focus');
    this.focused = m ? this.elementsOf(m) : [];
    for (const el of this.focused) el.setAttribute('data-readout-focus', '');
  }
}
