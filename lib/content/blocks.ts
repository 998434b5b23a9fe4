// The page's text, as the engine sees it: blocks (paragraphs, headings, cells) made of
// text nodes, with each node's offset so engine offsets map back to the DOM.

export interface TextBlock {
  key: number;
  el: Element;
  text: string;
  /**
   * The block's text nodes, and the offset of each one's first char in `text`. A block with no
   * block or skipped element inside is read whole with textContent; its nodes are listed only
   * when a mention in it is painted or pointed at (see nodesOf), which most blocks never are.
   */
  nodes: Text[] | null;
  starts: number[] | null;
  /**
   * Where the walk that read it found it: its parent and its place among the parent's elements,
   * counted by that walk (`walk` names it). The painter groups neighbours from these without
   * asking the DOM; null for a block a walk started from.
   */
  parent: Node | null;
  index: number;
  walk: number;
}

/** Never read or marked: code, forms, editors, media, and Readout's own elements (local names). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'math', 'nav', 'footer', 'aside', 'form', 'dialog', 'readout-card', 'readout-mark']);
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'figcaption', 'dd', 'dt', 'div', 'article', 'section', 'main',
  'header', 'body', 'caption', 'summary', 'details', 'address', 'table', 'tr', 'ul', 'ol', 'dl', 'figure', 'label', 'legend', 'html']);
/** The elements a page describes itself with (title, date, address, outlet): see pageHead. */
export const SELF_DESCRIBING = ['meta', 'link', 'script', 'time', 'h1'];
const DESCRIBING = new Set(SELF_DESCRIBING);
/**
 * The inline elements a block read whole may hold: a block with any other element inside is read node
 * by node, which gives the same text for an element unknown here. One native query per block asks; a walk
 * of every element from the script cost a 2 MB page more than reading its text (its ~30,000 elements each
 * got a script wrapper). Most common first: the query stops at the first name that matches. Not <time>:
 * the walk must meet each SELF_DESCRIBING element outside the parts it skips.
 */
const INLINE = ['a', 'em', 'strong', 'span', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'mark', 'br', 'wbr', 'img', 'bdi', 'bdo',
  'dfn', 'del', 'ins', 'data', 'ruby', 'rt', 'rp', 'font'];
const NOT_INLINE = `:not(${INLINE.join(',')})`;
/** Skipped by attribute: editors and what the page hides from assistive tools. */
const SKIP_BY_ATTRIBUTE = '[contenteditable]:not([contenteditable="false"]),[aria-hidden="true"]';

/** Attributes, not isContentEditable: that property can make the browser compute styles. */
export function skipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce !== 'false') || el.getAttribute('aria-hidden') === 'true';
}

let nextKey = 1;
let nextWalk = 1;
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
  return skippedUpTo(node, root) || node.ownerDocument?.designMode === 'on';
}

function skippedUpTo(node: Node, root: Node): boolean {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (skipped(el)) return true;
    if (el === root) break;
  }
  return false;
}

/**
 * The nodes and offsets of a block read whole, listed now; null when its text has changed since
 * it was read (the page's change is then on its way to be read again, and nothing is painted from
 * stale offsets).
 */
export function nodesOf(b: TextBlock): { nodes: Text[]; starts: number[] } | null {
  if (b.nodes && b.starts) return { nodes: b.nodes, starts: b.starts };
  const nodes: Text[] = [];
  const starts: number[] = [];
  const walker = b.el.ownerDocument.createTreeWalker(b.el, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    nodes.push(n);
    starts.push(at);
    at += n.length;
  }
  if (at !== b.text.length) return null;
  b.nodes = nodes;
  b.starts = starts;
  return { nodes, starts };
}

/**
 * Reads text blocks in slices: step() reads until its deadline and can be called again, so
 * that a long page never holds the main thread for long. It walks elements, not text: a block
 * with no block or skipped element inside (nearly every paragraph, heading, item or cell) is
 * read whole with textContent, one native call; only the text of the others (containers with
 * text of their own beside their blocks) is read node by node.
 */
export class BlockReader {
  private blocks = new Map<Element, TextBlock>();
  private starts: Element[];
  private walker: TreeWalker | null = null;
  /** The walk's current element, and the block each open element's text belongs to. */
  private at: Node | null = null;
  private owners: Element[] = [];
  /** Per open element: the element, and how many of its child elements the walk has met. */
  private parents: Node[] = [];
  private counts: number[] = [];
  /** Where each container block (one with blocks inside) was met, kept until its first text makes it a block. */
  private containers = new Map<Element, { parent: Node; index: number }>();
  private walk = 0;
  private start: Element | null = null;
  /** Elements skipped by attribute under the current start, and the elements holding one. */
  private flagged = new Set<Element>();
  private holdsFlagged = new Set<Element>();
  /**
   * The SELF_DESCRIBING elements met on the walk, in document order: all of them but those inside the
   * parts Readout skips (navigation, asides, forms, hidden parts), whose dates and headings are not the article's.
   */
  readonly describing: Element[] = [];
  done = false;

  constructor(private root: Element, within?: Element[]) {
    this.starts = within ?? [root];
  }

  private block(el: Element): TextBlock {
    let b = this.blocks.get(el);
    if (!b) {
      const at = this.containers.get(el);
      b = { key: keyOf(el), el, nodes: [], starts: [], text: '', parent: at?.parent ?? null, index: at?.index ?? 0, walk: this.walk };
      this.blocks.set(el, b);
    }
    return b;
  }

  /** Reads until `deadline` (performance.now() time); returns true when all is read. */
  step(deadline: number): boolean {
    let count = 0;
    while (!this.done) {
      if (!this.start) {
        const start = this.starts.shift();
        if (!start) { this.done = true; break; }
        if (start === this.root ? skipped(start) : skippedUpTo(start, this.root)) continue;
        this.start = start;
        // Attribute checks: one native query per start, not two calls per element.
        this.flagged = new Set(start.querySelectorAll(SKIP_BY_ATTRIBUTE));
        this.holdsFlagged = new Set();
        for (const f of this.flagged) {
          for (let a = f.parentElement; a && !this.holdsFlagged.has(a); a = a === start ? null : a.parentElement) this.holdsFlagged.add(a);
        }
        const owner = start === this.root || BLOCK.has(start.localName) ? start : blockOf(start, this.root);
        if (start !== this.root && owner === start && this.isPlain(start)) {
          this.plain(start, null, 0);
          this.start = null;
          continue;
        }
        this.walker = start.ownerDocument.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        this.owners = [owner];
        this.parents = [start];
        this.counts = [0];
        this.walk = nextWalk++;
        this.at = this.walker.firstChild();
      }
      // Then the text: plain blocks whole, the rest node by node; skipped parts are passed over.
      const w = this.walker!;
      while (this.at) {
        const n = this.at;
        if (n.nodeType === Node.TEXT_NODE) {
          // Whitespace-only nodes count: they are the spaces between words in separate elements.
          this.block(this.owners[this.owners.length - 1]).nodes!.push(n as Text);
        } else {
          const el = n as Element;
          const name = el.localName;
          if (DESCRIBING.has(name)) this.describing.push(el);
          const top = this.parents.length - 1;
          const index = ++this.counts[top];
          if (!SKIP.has(name) && !this.flagged.has(el)) {
            const isBlock = BLOCK.has(name);
            if (isBlock && this.isPlain(el)) {
              this.plain(el, this.parents[top], index);
            } else {
              const child = w.firstChild();
              if (child) {
                if (isBlock) this.containers.set(el, { parent: this.parents[top], index });
                this.owners.push(isBlock ? el : this.owners[this.owners.length - 1]);
                this.parents.push(el);
                this.counts.push(0);
                this.at = child;
                continue;
              }
            }
          }
        }
        // On to the next sibling, or to that of the nearest open element that has one.
        let next = w.nextSibling();
        while (!next) {
          const up = w.parentNode();
          // Past the start's children, or out of the start altogether (a page script moved the node).
          if (!up || up === w.root || this.owners.length === 1) break;
          this.owners.pop();
          this.parents.pop();
          this.counts.pop();
          next = w.nextSibling();
        }
        this.at = next;
        if ((++count & 255) === 0 && performance.now() > deadline) return false;
      }
      this.walker = null;
      this.start = null;
    }
    return true;
  }

  /** Whether a block holds nothing but text and inline elements. */
  private isPlain(el: Element): boolean {
    return !this.holdsFlagged.has(el) && el.querySelector(NOT_INLINE) === null;
  }

  /** A block with nothing but text and inline elements: read whole with textContent, in finish(). */
  private plain(el: Element, parent: Node | null, index: number): void {
    this.blocks.set(el, { key: keyOf(el), el, nodes: null, starts: null, text: '', parent, index, walk: this.walk });
  }

  private pending: TextBlock[] | null = null;
  private out: TextBlock[] = [];

  /** Joins each block's text and offsets, until `deadline`; true when all blocks are done. */
  finish(deadline: number): boolean {
    this.pending ??= [...this.blocks.values()];
    while (this.pending.length) {
      const b = this.pending.pop()!;
      if (b.nodes === null) {
        b.text = b.el.textContent ?? '';
      } else {
        const parts = new Array<string>(b.nodes.length);
        let at = 0;
        for (let i = 0; i < b.nodes.length; i++) {
          const d = b.nodes[i].data;
          parts[i] = d;
          b.starts!.push(at);
          at += d.length;
        }
        b.text = parts.join('');
      }
      if (/\S/.test(b.text)) this.out.push(b);
      if ((this.pending.length & 15) === 0 && performance.now() > deadline) return this.pending.length === 0;
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

/** The text node and offset of a char offset in a block; null when the block has changed since it was read. */
export function locate(b: TextBlock, offset: number, end = false): { node: Text; offset: number } | null {
  const listed = nodesOf(b);
  if (!listed) return null;
  const { nodes, starts } = listed;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An end offset at a node boundary belongs to the node before it.
    if (end ? starts[mid] < offset : starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { node: nodes[lo], offset: offset - starts[lo] };
}

/** The block element a changed node belongs to, for re-reading only what changed. */
export function blockElementOf(node: Node, root: Element): Element {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK.has((node as Element).localName) ? (node as Element) : blockOf(node, root);
}
