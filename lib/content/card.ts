import { render } from 'preact';
import { createElement } from 'preact';
import { Card } from './card-view';
import css from './card.css?inline';
import type { EntityCard } from '../../engine';

/**
 * One card at a time, in a closed shadow root on a custom element: page CSS cannot reach
 * it and its CSS cannot reach the page. Mounted when shown, removed when closed.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private sheet: CSSStyleSheet | null = null;
  /** Set once the page is found to claim the card's element: no card there, and one report, not one per hover. */
  private refused = false;
  anchor: Range | null = null;

  constructor(private doc: Document, private actions: { open(id: string): void; close(): void }) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Whether a node is inside the card (pointer moves there must not close it). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  show(anchor: Range, form: string, card: EntityCard | null, focus: boolean): void {
    this.anchor = anchor;
    if (this.refused) return;
    if (!this.host) {
      const host = this.doc.createElement('readout-card');
      // A page that defined this name as a custom element of its own would be handed the card: its constructor
      // runs on Readout's element, and ElementInternals reaches even a closed shadow root of a custom element.
      if (host.matches(':defined')) {
        this.refused = true;
        throw new Error('This page defines its own <readout-card> element, which could read the card: Readout shows no card on this page.');
      }
      this.host = host;
      this.root = this.host.attachShadow({ mode: 'closed' });
      this.sheet ??= new CSSStyleSheet();
      this.sheet.replaceSync(css);
      this.root.adoptedStyleSheets = [this.sheet];
      this.doc.documentElement.appendChild(this.host);
    }
    render(createElement(Card, { card, form, onOpen: (id: string) => this.actions.open(id), onClose: () => this.actions.close() }), this.root!);
    this.place();
    if (focus) (this.root!.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  /** Below the highlight, or above it when there is no room; always inside the viewport, never over the highlight. */
  place(): void {
    const card = this.root?.querySelector('.card') as HTMLElement | null;
    if (!card || !this.anchor) return;
    const rects = Array.from(this.anchor.getClientRects());
    if (rects.length === 0) return;
    const r = rects[0];
    const vw = this.doc.documentElement.clientWidth;
    const vh = this.doc.documentElement.clientHeight;
    const gap = 6;
    const margin = 8;
    card.style.maxHeight = '';
    const { width } = card.getBoundingClientRect();
    let { height } = card.getBoundingClientRect();
    const bottom = Math.max(...rects.map((x) => x.bottom));
    const top = Math.min(...rects.map((x) => x.top));
    const below = vh - bottom - gap - margin;
    const above = top - gap - margin;
    // Below if it fits, else above if it fits, else on the roomier side, shortened to fit (it scrolls).
    const side = height <= below ? 'below' : height <= above ? 'above' : below >= above ? 'below' : 'above';
    const room = side === 'below' ? below : above;
    if (height > room) { height = fitted(card, Math.max(room, 60)); card.style.maxHeight = `${height}px`; }
    const y = side === 'below' ? bottom + gap : top - gap - height;
    const x = Math.min(Math.max(margin, r.left), Math.max(margin, vw - width - margin));
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
  }

  hide(): void {
    if (!this.host) return;
    render(null, this.root!);
    this.host.remove();
    this.host = null;
    this.root = null;
    this.anchor = null;
  }
}

/**
 * The height at most `room` at which a card that must scroll ends between two parts, not across a line: at the
 * end of the last statement (or the header) that fits whole. A line cut in half reads as a broken card; the rest
 * is a scroll away.
 */
function fitted(card: HTMLElement, room: number): number {
  const top = card.getBoundingClientRect().top;
  // Not the bottom padding: a scrolling box shows its content through it, and the next statement's first line
  // would peek there, cut (the statement's own padding gives the last whole part its room).
  const border = parseFloat(getComputedStyle(card).borderBottomWidth);
  let best = 0;
  for (const el of Array.from(card.querySelectorAll('header, li, .more, #readout-card-body > p'))) {
    const bottom = el.getBoundingClientRect().bottom - top + border;
    if (bottom <= room && bottom > best) best = bottom;
  }
  return best > 0 ? Math.floor(best) : room;
}
