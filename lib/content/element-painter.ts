import Mark from 'mark.js';
import type { BlockMentions } from './block-mentions';
import { locate, readBlocks, type TextBlock } from './blocks';
import type { PageMention, Painter } from './painter';

// Real elements, for the assistive and page-reading tools that need them: mark.js wraps
// the engine's ranges in <readout-mark> (a custom name: page CSS for <mark> does not
// reach it), one markRanges pass per block, never one pass per alias.

export const MARK_TAG = 'readout-mark';

export class ElementPainter implements Painter {
  readonly name = 'elements';
  private marks = new Map<Element, HTMLElement[]>();
  private owner = new WeakMap<Element, PageMention>();
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
    // mark.js counts every text node under the block, nested blocks and skipped parts included.
    const model = new Map<Text, number>();
    const walker = this.doc.createTreeWalker(block.el, NodeFilter.SHOW_TEXT);
    let total = 0;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const p = n.parentElement?.tagName.toLowerCase();
      if (p === 'script' || p === 'style' || p === 'title' || p === 'head' || p === 'html') continue;
      model.set(n, total);
      total += n.data.length;
    }
    const ranges: { start: number; length: number; m: PageMention }[] = [];
    for (const m of mentions.list) {
      const a = locate(block, m.start);
      const b = locate(block, m.end, true);
      // The block changed since it was read: the change is on its way to be read again, and painted then.
      if (!a || !b) return;
      const start = model.get(a.node)! + a.offset;
      // A mention whose words sit on both sides of a nested block cannot be one range for mark.js.
      if (model.get(b.node)! + b.offset - start !== m.end - m.start) continue;
      ranges.push({ start, length: m.end - m.start, m });
    }
    const made: HTMLElement[] = [];
    new Mark(block.el as HTMLElement).markRanges(ranges, {
      element: MARK_TAG,
      each: (el: HTMLElement, range: unknown) => {
        const m = (range as { m: PageMention }).m;
        el.dataset.readoutKind = m.kind;
        el.dataset.readoutId = m.id;
        el.removeAttribute('data-markjs');
        this.owner.set(el, m);
        made.push(el);
      },
    } as Mark.MarkRangesOptions);
    this.marks.set(block.el, made);
  }

  /** Unwraps a block's marks as mark.js does (children moved out, parent normalised). */
  private unpaint(el: Element): boolean {
    const made = this.marks.get(el);
    if (!made) return false;
    const parents = new Set<Node>();
    for (const m of made) {
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
    return el ? this.owner.get(el) ?? null : null;
  }

  private elementsOf(m: PageMention): HTMLElement[] {
    // Mentions are matched by place, not identity: the keyboard's list is rebuilt after each pass.
    return (this.marks.get(m.block.el) ?? []).filter((el) => {
      const o = this.owner.get(el);
      return o !== undefined && o.start === m.start && o.end === m.end;
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
