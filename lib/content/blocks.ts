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

/** Never read or marked: code, forms, editors, media, and Readout's own elements. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG', 'READOUT-CARD', 'READOUT-MARK']);
const BLOCK = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'BLOCKQUOTE', 'FIGCAPTION', 'DD', 'DT', 'DIV', 'ARTICLE', 'SECTION', 'MAIN',
  'HEADER', 'BODY', 'CAPTION', 'SUMMARY', 'DETAILS', 'ADDRESS', 'TABLE', 'TR', 'UL', 'OL', 'DL', 'FIGURE', 'LABEL', 'LEGEND', 'HTML']);

export function skipped(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase()) || (el as HTMLElement).isContentEditable || el.getAttribute('aria-hidden') === 'true';
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
  while (el && el !== root && !BLOCK.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? (root as Element);
}

/** Whether a node lies in a part of the page Readout never marks. */
export function insideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (skipped(el)) return true;
    if (el === root) break;
  }
  return false;
}

/** The text blocks under `root`, in document order; `within` limits them to some subtrees. */
export function readBlocks(root: Element, within?: Element[]): TextBlock[] {
  const doc = root.ownerDocument;
  const blocks = new Map<Element, TextBlock>();
  const starts = within ?? [root];
  for (const start of starts) {
    if (start !== root && insideSkipped(start, root)) continue;
    const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(n) {
        // Whitespace-only nodes count: they are the spaces between words in separate elements.
        if (n.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        return skipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = blockOf(n, root);
      let b = blocks.get(el);
      if (!b) { b = { key: keyOf(el), el, nodes: [], starts: [], text: '' }; blocks.set(el, b); }
      b.nodes.push(n as Text);
      b.starts.push(b.text.length);
      b.text += (n as Text).data;
    }
  }
  return [...blocks.values()].filter((b) => /\S/.test(b.text));
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
  return node.nodeType === Node.ELEMENT_NODE && BLOCK.has((node as Element).tagName.toUpperCase()) ? (node as Element) : blockOf(node, root);
}
