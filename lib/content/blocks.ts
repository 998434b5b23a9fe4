// The page's text, as the engine sees it: blocks (paragraphs, headings, cells) made of
// text nodes, with each node's offset so engine offsets map back to the DOM.

export interface TextBlock {
  key: number;
  el: Element;
  nodes: Text[];
  /** Offset of each node's first char in `text`. */
  starts: number[];
  text: string;
}

/** Never read or marked: code, forms, editors, media, and Readout's own elements (local names). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'math', 'nav', 'footer', 'aside', 'form', 'dialog', 'readout-card', 'readout-mark']);
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'figcaption', 'dd', 'dt', 'div', 'article', 'section', 'main',
  'header', 'body', 'caption', 'summary', 'details', 'address', 'table', 'tr', 'ul', 'ol', 'dl', 'figure', 'label', 'legend', 'html']);

/** Attributes, not isContentEditable: that property can make the browser compute styles. */
export function skipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce !== 'false') || el.getAttribute('aria-hidden') === 'true';
}

let nextKey = 1;
const keys = new WeakMap<Element, number>();
function keyOf(el: Element): number {
  let k = keys.get(el);
  if (k === undefined) { k = nextKey++; keys.set(el, k); }
  return k;
}

function blockOf(node: Node, root: Node): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK.has(el.localName)) el = el.parentElement;
  return el ?? (root as Element);
}

/** Whether a node lies in a part of the page Readout never marks. */
export function insideSkipped(node: Node, root: Node): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (skipped(el)) return true;
    if (el === root) break;
  }
  return node.ownerDocument?.designMode === 'on';
}

/**
 * Reads text blocks in slices: step() reads until its deadline and can be called again,
 * so that a long page never holds the main thread for long. It walks text nodes only
 * (as cheap as a bare read) and decides, once per parent element, whether that parent
 * is skipped and which block it belongs to.
 */
export class BlockReader {
  private blocks = new Map<Element, TextBlock>();
  private starts: Element[];
  private walker: TreeWalker | null = null;
  /** Per parent element: its block, or null when it lies in a skipped part. */
  private owner = new Map<Element, Element | null>();
  done = false;

  constructor(private root: Element, within?: Element[]) {
    this.starts = within ?? [root];
  }

  /** Iterative, not recursive: a page may nest elements thousands deep. */
  private blockFor(el: Element): Element | null {
    const hit = this.owner.get(el);
    if (hit !== undefined) return hit;
    // Up to the first ancestor already decided (or the root), then back down deciding each.
    const path: Element[] = [];
    let above: Element | null | undefined; // undefined: nothing decided above the path
    for (let cur: Element | null = el; cur; cur = cur === this.root ? null : cur.parentElement) {
      const known = this.owner.get(cur);
      if (known !== undefined) { above = known; break; }
      path.push(cur);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const cur = path[i];
      let out: Element | null;
      if (above === null || skipped(cur)) out = null;
      else if (above === undefined || BLOCK.has(cur.localName)) out = cur;
      else out = above;
      this.owner.set(cur, out);
      above = out;
    }
    return this.owner.get(el)!;
  }

  /** Reads until `deadline` (performance.now() time); returns true when all is read. */
  step(deadline: number): boolean {
    let count = 0;
    // Neighbouring text nodes nearly always share a parent: remember the last one.
    let lastParent: Element | null = null;
    let lastBlock: TextBlock | null = null;
    while (!this.done) {
      if (!this.walker) {
        const start = this.starts.shift();
        if (!start) { this.done = true; break; }
        this.walker = this.root.ownerDocument.createTreeWalker(start, NodeFilter.SHOW_TEXT);
      }
      for (let n = this.walker.nextNode() as Text | null; n; n = this.walker.nextNode() as Text | null) {
        const parent = n.parentElement;
        if (parent !== lastParent) {
          lastParent = parent;
          const el = parent && this.blockFor(parent);
          lastBlock = null;
          if (el) {
            lastBlock = this.blocks.get(el) ?? null;
            if (!lastBlock) { lastBlock = { key: keyOf(el), el, nodes: [], starts: [], text: '' }; this.blocks.set(el, lastBlock); }
          }
        }
        // Whitespace-only nodes count: they are the spaces between words in separate elements.
        // Only the node is kept here; text and offsets are made once per block in result(),
        // which spares a string and an array slot per node (the garbage collector's work).
        if (lastBlock) lastBlock.nodes.push(n);
        if ((++count & 511) === 0 && performance.now() > deadline) return false;
      }
      this.walker = null;
    }
    return true;
  }

  private pending: TextBlock[] | null = null;
  private out: TextBlock[] = [];

  /** Joins each block's text and offsets, until `deadline`; true when all blocks are done. */
  finish(deadline: number): boolean {
    this.pending ??= [...this.blocks.values()];
    while (this.pending.length) {
      const b = this.pending.pop()!;
      const parts = new Array<string>(b.nodes.length);
      let at = 0;
      for (let i = 0; i < b.nodes.length; i++) {
        const d = b.nodes[i].data;
        parts[i] = d;
        b.starts.push(at);
        at += d.length;
      }
      b.text = parts.join('');
      if (/\S/.test(b.text)) this.out.push(b);
      if (performance.now() > deadline) return this.pending.length === 0;
    }
    return true;
  }

  /** The blocks read, in document order (after step() and finish() returned true). */
  result(): TextBlock[] {
    this.finish(Infinity);
    return [...this.out].reverse();
  }
}

/** The text blocks under `root`, in document order; `within` limits them to some subtrees. */
export function readBlocks(root: Element, within?: Element[]): TextBlock[] {
  const r = new BlockReader(root, within);
  r.step(Infinity);
  return r.result();
}

/** The text node and offset of a char offset in a block. */
export function locate(b: TextBlock, offset: number, end = false): { node: Text; offset: number } {
  let lo = 0;
  let hi = b.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An end offset at a node boundary belongs to the node before it.
    if (end ? b.starts[mid] < offset : b.starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { node: b.nodes[lo], offset: offset - b.starts[lo] };
}

/** The block element a changed node belongs to, for re-reading only what changed. */
export function blockElementOf(node: Node, root: Element): Element {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK.has((node as Element).localName) ? (node as Element) : blockOf(node, root);
}
