import Mark from 'mark.js';
import type { BlockMentions } from './block-mentions';
import { locate, readBlocks, type TextBlock } from './blocks';
import type { PageMention, Painter } from './painter';

// Real elements, for the assistive and page-reading tools that need them: mark.js wraps
// the engine's ranges in <readout-mark> (a custom name: page CSS for <mark> does not
// reach it), one markRanges pass per block, never one pass per alias.

export const MARK_TAG = 'readout-mark';

/** A block's marks, in page order, and which of its mentions each one is part of. */
interface Painted { els: HTMLElement[]; of: number[]; mentions: BlockMentions }

type MarkRange = { start: number; length: number; i: number };

export class ElementPainter implements Painter {
  readonly name = 'elements';
  // No map from mark to mention: a WeakMap keyed by ten thousand marks made its entries ephemerons,
  // resolved in the collector's final pause (that phase: ~30 ms on a 2 MB page, 3–26 ms without it).
  private marks = new Map<Element, Painted>();
  private focused: HTMLElement[] = [];

  constructor(private doc: Document, private root: Element) {}

  paint(block: TextBlock, mentions: BlockMentions): void {
    // Removed by the page since it was read: its change is on its way to be read again.
    if (!block.el.isConnected) return;
    if (this.unpaint(block.el)) {
      // Unwrapping merged text nodes: read the block again, and paint only if its text is unchanged.
      const fresh = readBlocks(this.root, [block.el]).find((b) => b.el === block.el);
      if (!fresh || fresh.text !== block.text) return;
      Object.assign(block, { nodes: fresh.nodes, starts: fresh.starts });
    }
    if (mentions.length === 0) return;
    const ranges = block.nodes === null ? this.wholeRanges(block, mentions) : this.nodeRanges(block, mentions);
    // The block changed since it was read: the change is on its way to be read again, and painted then.
    if (!ranges) return;
    const painted: Painted = { els: [], of: [], mentions };
    new Mark(block.el as HTMLElement).markRanges(ranges, {
      element: MARK_TAG,
      each: (el: HTMLElement, range: unknown) => {
        const i = (range as MarkRange).i;
        const e = mentions.entity(i);
        el.setAttribute('data-readout-kind', e.kind);
        el.setAttribute('data-readout-id', e.id);
        el.removeAttribute('data-markjs');
        painted.els.push(el);
        painted.of.push(i);
      },
    } as Mark.MarkRangesOptions);
    this.marks.set(block.el, painted);
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
  private unpaint(el: Element): boolean {
    const painted = this.marks.get(el);
    if (!painted) return false;
    const parents = new Set<Node>();
    for (const m of painted.els) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parents.add(parent);
    }
    for (const p of parents) p.normalize();
    this.marks.delete(el);
    return true;
  }

  flush(): void {
    // Each block's marks are in the DOM as soon as it is painted.
  }

  readonly reportMs = 0;

  settled(): Promise<void> {
    return Promise.resolve();
  }

  clear(): void {
    for (const el of [...this.marks.keys()]) this.unpaint(el);
    this.focused = [];
  }

  at(x: number, y: number): PageMention | null {
    const el = this.doc.elementFromPoint(x, y)?.closest(MARK_TAG);
    // Its block is the nearest element above it with marks of its own (a nested block has its own).
    for (let a = el?.parentElement; el && a; a = a.parentElement) {
      const painted = this.marks.get(a);
      const j = painted ? painted.els.indexOf(el as HTMLElement) : -1;
      if (j >= 0) return painted!.mentions.list[painted!.of[j]];
    }
    return null;
  }

  private elementsOf(m: PageMention): HTMLElement[] {
    // Mentions are matched by place, not identity: the keyboard's list is rebuilt after each pass.
    const painted = this.marks.get(m.block.el);
    if (!painted) return [];
    return painted.els.filter((_, j) => {
      const i = painted.of[j];
      return painted.mentions.start(i) === m.start && painted.mentions.end(i) === m.end;
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
