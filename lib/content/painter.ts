import type { BlockMentions, PageMention } from './block-mentions';
import type { TextBlock } from './blocks';

// The painters' users name mentions through this module, the painters' contract.
export type { Kind, PageMention } from './block-mentions';

/**
 * Two ways of painting mentions, one contract: the CSS Custom Highlight API (no DOM
 * change at all) and real elements through mark.js (for tools that need elements).
 */
export interface Painter {
  readonly name: 'highlight' | 'elements';
  /**
   * Replaces the marks of one block with these mentions. The block may have left the page since it
   * was read: the element painter checks; the Highlight API painter's observer reports it.
   */
  paint(block: TextBlock, mentions: BlockMentions): void;
  /** Ends a run of paint() calls: before each pause of a pass, and at its end. */
  flush(): void;
  /**
   * Main-thread ms the painter has spent outside paint() calls so far (the Highlight API painter makes
   * ranges when its observer reports blocks near the viewport), and when the work owed for the blocks
   * painted so far is done. A pass counts both: it is done when what is on screen is lit.
   */
  readonly reportMs: number;
  settled(): Promise<void>;
  /** Removes every mark and gives the page back as it was. */
  clear(): void;
  /** The mention under a viewport point, if any. */
  at(x: number, y: number): PageMention | null;
  /** A live range over a mention, for its rectangles and for scrolling to it. */
  range(m: PageMention): Range | null;
  /** Shows which mention the keyboard is on (null: none). */
  focus(m: PageMention | null): void;
}

/** The caret (text node and offset) under a viewport point, in either browser. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Whether a point lies on one of a range's line boxes (the caret is only the nearest position). */
export function rangeContains(r: Range, x: number, y: number): boolean {
  for (const rect of Array.from(r.getClientRects())) if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  return false;
}
