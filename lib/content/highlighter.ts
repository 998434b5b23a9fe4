import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageHead } from './article-dom';
import { colourSheet, DEFAULT_LOOK, visibleMentions, type Look } from './look';
import { send, type AnalyzeResult, type BlockText, type PageMeta, type WireMentions } from '../shared/messages';
import { BlockMentions, PassMentions } from './block-mentions';
import { BlockReader, blockElementOf, insideSkipped, type TextBlock } from './blocks';
import { CardHost } from './card';
import { ElementPainter, MARK_TAG } from './element-painter';
import { HighlightPainter } from './highlight-painter';
import type { PageMention, Painter } from './painter';
import { pageSettled, SLICE_MS, Stopwatch, yieldToFrame, yieldToPage } from './schedule';
import { shownText, Surroundings } from './surroundings';

/** Changes are gathered this long, then handled together: well within the half second a reader may wait. */
const DEBOUNCE_MS = 150;
const HOVER_CLOSE_MS = 250;
/** How long a mention the popup pointed at stays lit. */
const FLASH_MS = 1600;
/** Main-thread time a pass may spend asking which blocks with mentions lie around the article. */
const SURROUNDINGS_MS = 6;
/** Blocks holding mentions that are always asked whether they lie around the article, whatever the time. */
const ALWAYS_ASKED = 64;
/** Text sent to the background per message: copying it is a task on the page's thread. */
const BATCH_CHARS = 200_000;

export interface Report { (e: unknown): void }

/** The blocks from `blocks[from]` on that make one message. */
function batchFrom(blocks: BlockText[], from: number): BlockText[] {
  const batch: BlockText[] = [];
  for (let i = from, size = 0; i < blocks.length && size < BATCH_CHARS; i++) {
    batch.push({ key: blocks[i].key, text: blocks[i].text });
    size += blocks[i].text.length;
  }
  return batch;
}

/**
 * The blocks on screen first, then the rest in page order. An IntersectionObserver answers
 * after the browser's own layout; measuring each block here would force a layout of the
 * whole page inside Readout's task.
 */
function inViewFirst(blocks: TextBlock[]): Promise<TextBlock[]> {
  if (blocks.length === 0) return Promise.resolve(blocks);
  return new Promise((resolve) => {
    const seen = new Set<Element>();
    const io = new IntersectionObserver((entries) => {
      io.disconnect();
      for (const e of entries) if (e.isIntersecting) seen.add(e.target);
      resolve([...blocks.filter((b) => seen.has(b.el)), ...blocks.filter((b) => !seen.has(b.el))]);
    });
    for (const b of blocks) io.observe(b.el);
  });
}

/**
 * Readout on one page: reads the text blocks, asks the background for mentions, paints
 * them, keeps up with changes, and runs the card and the keyboard. Everything it does
 * to the page is undone by stop().
 */
export class Highlighter {
  private painter: Painter;
  private blocks = new Map<number, TextBlock>();
  /** Per block key, the mentions painted there, and how many in all (counted as they change: 5,000 blocks at 2 MB). */
  private placed = new Map<number, BlockMentions>();
  private placedCount = 0;
  /** All painted mentions in reading order, listed when first needed after a pass (see mentions). */
  private ordered: PageMention[] | null = [];
  private cursor = -1;
  private observer: MutationObserver | null = null;
  private dirty = new Set<Element>();
  private timer = 0;
  private running: Promise<void> = Promise.resolve();
  private card: CardHost;
  private hovered: PageMention | null = null;
  private flashed: PageMention | null = null;
  private closeTimer = 0;
  private abort = new AbortController();
  private stopped = false;
  private url: string;
  /** The article's date as the last pass read it: cards give roles as of that day. */
  private date: string | null = null;

  private sheet: CSSStyleSheet | null = null;
  /** Blocks left out as hidden, watched until they are shown. */
  private hiddenWatch: IntersectionObserver | null = null;

  constructor(private ctx: ContentScriptContext, private doc: Document, painter: 'highlight' | 'elements', private report: Report, private look: Look = DEFAULT_LOOK) {
    this.painter = painter === 'elements' ? new ElementPainter(doc, doc.body, (change) => this.guard(() => this.unnoticed(change))) : new HighlightPainter(doc);
    this.card = new CardHost(doc, { open: (id) => void send('openReader', { id }).catch(report), close: () => this.closeCard() });
    this.url = doc.location.href;
  }

  get painterName(): Painter['name'] {
    return this.painter.name;
  }

  get root(): Element {
    return this.doc.body ?? this.doc.documentElement;
  }

  start(): void {
    const opts = { signal: this.abort.signal, passive: true };
    // Only the reader's own pointer and keys count: a page's synthetic events must not drive the card.
    this.doc.addEventListener('pointermove', (e) => { if (e.isTrusted) this.guard(() => this.onPointer(e)); }, opts);
    this.doc.addEventListener('keydown', (e) => { if (e.isTrusted) this.guard(() => this.onKey(e)); }, { signal: this.abort.signal, capture: true });
    this.doc.defaultView?.addEventListener('scroll', () => this.card.place(), opts);
    this.doc.defaultView?.addEventListener('resize', () => this.card.place(), opts);
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.guard(() => this.onNavigate()));
    this.observer = new MutationObserver((records) => this.guard(() => this.onMutations(records)));
    this.watch();
    this.sheet = colourSheet(this.look);
    if (this.sheet) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    this.queue(() => this.fullPass());
  }

  stop(): void {
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((x) => x !== this.sheet);
    this.stopped = true;
    this.abort.abort();
    this.observer?.disconnect();
    this.hiddenWatch?.disconnect();
    this.hiddenWatch = null;
    clearTimeout(this.timer);
    clearTimeout(this.closeTimer);
    this.card.hide();
    this.painter.clear();
    this.blocks.clear();
    this.clearPlaced();
    this.ordered = [];
    const root = this.doc.documentElement;
    for (const a of ['readoutState', 'readoutCount', 'readoutPeople', 'readoutTopics', 'readoutMs', 'readoutPainter']) delete root.dataset[a];
  }

  private guard(fn: () => void | Promise<void>): void {
    try {
      const r = fn();
      if (r) r.catch(this.report);
    } catch (e) {
      this.report(e);
    }
  }

  /** Passes run one after another, never two at once. */
  private queue(pass: () => Promise<void>): void {
    this.running = this.running.then(() => (this.stopped ? undefined : pass())).catch(this.report);
  }

  private async fullPass(): Promise<void> {
    const clock = new Stopwatch();
    this.hiddenWatch?.disconnect();
    this.painter.clear();
    this.clearPlaced();
    this.blocks.clear();
    const reader = new BlockReader(this.root);
    const blocks = await this.read(reader, clock);
    // The walk of the whole body met the elements the page describes itself with: only the head is left to scan.
    if (blocks) await this.analyze(blocks, [], true, clock, this.root === this.doc.body ? reader.describing : undefined);
  }

  /** Reads blocks in slices, giving the page the thread back between them. */
  private async read(reader: BlockReader, clock: Stopwatch): Promise<TextBlock[] | null> {
    for (const phase of [(d: number) => reader.step(d), (d: number) => reader.finish(d)]) {
      for (;;) {
        clock.start();
        const done = phase(performance.now() + SLICE_MS);
        clock.stop();
        await yieldToPage();
        if (this.stopped) return null;
        if (done) break;
      }
    }
    return reader.result();
  }

  private async analyze(blocks: TextBlock[], removed: number[], reset: boolean, clock: Stopwatch, describing?: Element[]): Promise<void> {
    clock.start();
    this.remember(blocks);
    const meta = { url: this.doc.location.href, ...pageHead(this.doc, describing) };
    this.date = meta.date;
    clock.stop();
    let res = await this.sendBlocks(meta, blocks, removed, reset, clock);
    if (res.restart) res = await this.sendBlocks(meta, [...this.blocks.values()], [], true, clock);
    if (!res.restart && !res.pending) res = await this.withoutSurroundings(meta, res, clock);
    if (res.restart || res.pending) return;
    const lit = await this.litEntities();
    if (this.stopped) return;
    await this.paint(visibleMentions(res.mentions, this.look, lit), clock);
    // Turned off while painting: stop() has cleaned up, and nothing may be written after it.
    if (this.stopped) return;
    const root = this.doc.documentElement;
    root.dataset.readoutPainter = this.painter.name;
    root.dataset.readoutCount = String(this.placedCount);
    root.dataset.readoutPeople = this.look.person ? res.people.join(' ') : '';
    root.dataset.readoutTopics = this.look.topic ? res.topics.join(' ') : '';
    root.dataset.readoutMs = clock.total.toFixed(1);
    root.dataset.readoutState = 'done';
  }

  /**
   * Takes the blocks around the article (menus, related stories, comments) out of the page's analysis, so
   * that they are neither lit nor counted, unless the reader lights them too; hidden blocks always. Only blocks that
   * hold a mention are asked about, and the background is asked again only when some were outside.
   */
  private async withoutSurroundings(meta: PageMeta, res: AnalyzeResult, clock: Stopwatch): Promise<AnalyzeResult> {
    if (res.restart || res.pending) return res;
    clock.start();
    const around = new Surroundings(this.root, this.look.around);
    const outside: number[] = [];
    const shown: BlockText[] = [];
    const flat = res.mentions.flat;
    // A budget, not a slice: real pages hold mentions in a few dozen blocks, asked in well under a millisecond
    // each; a page dense with mentions (the 2 MB figures: thousands of blocks) keeps the rest as its article.
    // The first blocks are always asked, so that what an ordinary page lights does not depend on the machine's load.
    const deadline = performance.now() + SURROUNDINGS_MS;
    for (let i = 0, last = NaN, asked = 0; i < flat.length; i += 4) {
      if (flat[i] === last) continue;
      if (asked++ >= ALWAYS_ASKED && performance.now() > deadline) break;
      last = flat[i];
      const b = this.blocks.get(last);
      if (!b) continue;
      const why = around.outside(b.el, b.text);
      if (why === 'hidden') this.watchHidden(b.el);
      if (why) { outside.push(last); continue; }
      const text = shownText(b);
      if (text !== null) shown.push({ key: b.key, text });
    }
    clock.stop();
    if (outside.length === 0 && shown.length === 0) return res;
    // They stay known here: a change to one reads it again, and it is asked about again.
    const res2 = await send('analyzeBlocks', { page: meta, reset: false, blocks: shown, removed: outside, final: true });
    if (!res2.restart) return res2;
    // A worker that slept in between has lost the page: it gets the article's blocks whole.
    const skip = new Set([...outside, ...shown.map((s) => s.key)]);
    const rest = [...this.blocks.values()].filter((b) => !skip.has(b.key));
    return this.sendBlocks(meta, [...rest, ...shown], [], true, clock);
  }

  /**
   * The entities lit by default: the background ranks the page to answer (as it does for the badge, which then
   * finds the ranking made). Null, everything: the reader asked for it, or a worker that slept lost the page.
   */
  private async litEntities(): Promise<Set<string> | null> {
    if (this.look.all) return null;
    const keys = await send('litEntities', {});
    return keys ? new Set(keys) : null;
  }

  /**
   * A hidden block may be shown later (a page that shows its text once loaded, a "read more" opened): when it
   * comes near the viewport it is read again, as a changed block is. Attribute and style changes are not
   * watched (every class toggle of a page would wake Readout); the observer answers after layout, off this pass.
   */
  private watchHidden(el: Element): void {
    this.hiddenWatch ??= new IntersectionObserver((entries) => this.guard(() => {
      let shown = false;
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        this.hiddenWatch?.unobserve(e.target);
        this.dirty.add(e.target);
        shown = true;
      }
      if (!shown) return;
      clearTimeout(this.timer);
      this.timer = this.ctx.setTimeout(() => this.queue(() => this.updatePass()), DEBOUNCE_MS);
    }), { rootMargin: '100% 0px' });
    this.hiddenWatch.observe(el);
  }

  /**
   * Sends blocks to the background in batches: sending copies the text on this thread, so a
   * 2 MB page sent at once would be one long task. The mentions come back with the last batch.
   */
  private async sendBlocks(meta: PageMeta, blocks: BlockText[], removed: number[], reset: boolean, clock: Stopwatch): Promise<AnalyzeResult> {
    let i = 0;
    let first = true;
    for (;;) {
      clock.start();
      const batch = batchFrom(blocks, i);
      i += batch.length;
      const final = i >= blocks.length;
      const pending = send('analyzeBlocks', { page: meta, reset: reset && first, blocks: batch, removed: first ? removed : [], final });
      clock.stop();
      const res = await pending;
      first = false;
      if (final || res.restart || this.stopped) return res;
    }
  }

  /** Paints the blocks whose mentions changed, those in view first, in slices. */
  private async paint(wire: WireMentions, clock: Stopwatch): Promise<void> {
    const reported = this.painter.reportMs;
    clock.start();
    const pass = new PassMentions(wire);
    const changed = this.changedIn(pass);
    // The Highlight API painter makes ranges only as blocks come into view anyway; the element
    // painter changes the DOM, so it asks an observer which blocks are on screen first.
    clock.stop();
    const dom = this.painter.name === 'elements';
    if (dom && changed.length) await pageSettled(this.doc.defaultView ?? window);
    const order = dom ? await inViewFirst(changed) : changed;
    if (this.stopped) return;
    clock.start();
    // The element painter changes the DOM (the blocks near the viewport, marked as they come), and the
    // next frame lays out what changed: on a 2 MB page any change costs a frame of 15 ms or more
    // (npm run bench:paint prints it). Half-length slices, one per frame, measured best: 2 ms ones
    // doubled the time and left the frames as they were.
    const slice = dom ? SLICE_MS / 2 : SLICE_MS;
    if (dom) this.unwatch();
    try {
      for (let i = 0; ;) {
        i = this.paintSlice(order, i, pass, performance.now() + slice);
        if (i >= order.length) break;
        this.painter.flush();
        if (dom) this.watch();
        clock.stop();
        await (dom ? yieldToFrame() : yieldToPage());
        if (this.stopped) return;
        clock.start();
        if (dom) this.unwatch();
      }
      this.painter.flush();
    } finally {
      // Watched again even when a slice failed: the page's later changes must still be followed.
      if (dom && !this.stopped) this.watch();
    }
    this.ordered = null;
    clock.stop();
    await this.painter.settled();
    clock.add(this.painter.reportMs - reported);
  }

  private remember(blocks: TextBlock[]): void {
    for (let i = 0; i < blocks.length; i++) this.blocks.set(blocks[i].key, blocks[i]);
  }

  /** The blocks whose mentions `pass` changes. */
  private changedIn(pass: PassMentions): TextBlock[] {
    const changed: TextBlock[] = [];
    for (const b of this.blocks.values()) {
      const painted = this.placed.get(b.key);
      if (painted ? !painted.sameIn(pass) : pass.spans.has(b.key)) changed.push(b);
    }
    return changed;
  }

  /** Paints blocks from `order[from]` on until `deadline`; the index to go on from. */
  private paintSlice(order: TextBlock[], from: number, pass: PassMentions, deadline: number): number {
    // The element painter's blocks cost a mark.js pass each: the clock is read before every one.
    const every = this.painter.name === 'elements' ? 0 : 15;
    let i = from;
    while (i < order.length) {
      const b = order[i++];
      const span = pass.spans.get(b.key);
      const mentions = new BlockMentions(b, pass, span ? span[0] : 0, span ? span[1] - span[0] : 0);
      this.painter.paint(b, mentions);
      this.place(b.key, mentions);
      if ((i & every) === 0 && performance.now() > deadline) break;
    }
    return i;
  }

  private watch(): void {
    this.observer?.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  /**
   * The element painter's slices are not watched: its marks are not page changes (page scripts cannot
   * run inside a slice), and recording them made records for every mark and split text node, garbage
   * the page's collector paid for. What the page changed before the slice is handled first.
   */
  private unwatch(): void {
    const before = this.observer?.takeRecords();
    if (before?.length) this.onMutations(before);
    this.observer?.disconnect();
  }

  /**
   * The element painter's marks made outside a pass's slices (as blocks come near the viewport, or
   * when the keyboard needs one) are not the page's changes: what the page changed before is handled,
   * the records of the marks are dropped.
   */
  private unnoticed(change: () => void): void {
    const before = this.observer?.takeRecords();
    if (before?.length) this.onMutations(before);
    try { change(); } finally { this.observer?.takeRecords(); }
  }

  /** All painted mentions in reading order, for the keyboard and the popup's chips: most passes are never stepped through. */
  private get mentions(): PageMention[] {
    if (!this.ordered) {
      const out: PageMention[] = [];
      for (const k of [...this.placed.keys()].sort((a, b) => a - b)) if (this.blocks.has(k)) out.push(...this.placed.get(k)!.list);
      this.ordered = out;
      this.cursor = Math.min(this.cursor, out.length - 1);
    }
    return this.ordered;
  }

  private place(key: number, mentions: BlockMentions | null): void {
    this.placedCount -= this.placed.get(key)?.length ?? 0;
    if (mentions?.length) { this.placed.set(key, mentions); this.placedCount += mentions.length; } else this.placed.delete(key);
  }

  private clearPlaced(): void {
    this.placed.clear();
    this.placedCount = 0;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (target.nodeType === Node.ELEMENT_NODE && (target as Element).closest('readout-card')) continue;
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName.toLowerCase() === MARK_TAG || n.nodeName === 'READOUT-CARD')) continue;
      if (insideSkipped(target, this.root)) continue;
      this.dirty.add(blockElementOf(target, this.root));
      for (const n of Array.from(r.addedNodes)) if (n.nodeType === Node.ELEMENT_NODE) this.dirty.add(n as Element);
    }
    if (this.dirty.size === 0) return;
    clearTimeout(this.timer);
    this.timer = this.ctx.setTimeout(() => this.queue(() => this.updatePass()), DEBOUNCE_MS);
  }

  /** Reads again only the blocks that changed, and repaints what that changes. */
  private async updatePass(): Promise<void> {
    const clock = new Stopwatch();
    clock.start();
    const els = [...this.dirty].filter((el) => el.isConnected);
    this.dirty.clear();
    const removed: number[] = [];
    for (const [key, b] of this.blocks) if (!b.el.isConnected) { removed.push(key); this.blocks.delete(key); this.place(key, null); }
    // Outermost changed elements only: their blocks include the inner ones.
    const tops = els.filter((el) => !els.some((o) => o !== el && o.contains(el)));
    clock.stop();
    const blocks = await this.read(new BlockReader(this.root, tops), clock);
    if (!blocks || (blocks.length === 0 && removed.length === 0)) return;
    await this.analyze(blocks, removed, false, clock);
  }

  private onNavigate(): void {
    if (this.doc.location.href === this.url) return;
    this.url = this.doc.location.href;
    this.closeCard();
    // A new article in a single-page app: its own analysis, from scratch.
    this.queue(() => this.fullPass());
  }

  private onPointer(e: PointerEvent): void {
    if (this.card.contains(e.target)) { clearTimeout(this.closeTimer); return; }
    const m = this.painter.at(e.clientX, e.clientY);
    if (m) {
      clearTimeout(this.closeTimer);
      if (m !== this.hovered) this.openCard(m, false).catch(this.report);
      return;
    }
    if (this.card.isOpen && !this.closeTimer) {
      this.closeTimer = this.ctx.setTimeout(() => { this.closeTimer = 0; this.closeCard(); }, HOVER_CLOSE_MS);
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.card.isOpen) {
      this.closeCard();
      e.stopPropagation();
    }
  }

  /** The keyboard command: the next or previous mention, scrolled into view, its card open. */
  step(dir: 1 | -1): void {
    // A mention whose text the page has since changed has no range: pass over it.
    for (let tries = 0; tries < this.mentions.length; tries++) {
      this.cursor = (this.cursor + dir + this.mentions.length) % this.mentions.length;
      const m = this.mentions[this.cursor];
      const rect = this.painter.range(m)?.getBoundingClientRect();
      if (!rect) continue;
      this.painter.focus(m);
      this.doc.defaultView?.scrollBy({ top: rect.top - this.doc.documentElement.clientHeight / 3, behavior: 'instant' as ScrollBehavior });
      this.openCard(m, true).catch(this.report);
      return;
    }
  }

  /** The popup's chips: the first mention of a person or topic, scrolled into view and flashed. */
  reveal(kind: PageMention['kind'], id: string): boolean {
    const i = this.mentions.findIndex((m) => m.kind === kind && m.id === id && this.painter.range(m));
    if (i < 0) return false;
    const m = this.mentions[i];
    this.cursor = i;
    const rect = this.painter.range(m)!.getBoundingClientRect();
    this.doc.defaultView?.scrollBy({ top: rect.top - this.doc.documentElement.clientHeight / 3, behavior: 'instant' as ScrollBehavior });
    this.painter.focus(m);
    this.flashed = m;
    this.ctx.setTimeout(() => { if (this.flashed === m && this.hovered !== m) this.painter.focus(null); this.flashed = null; }, FLASH_MS);
    return true;
  }

  private async openCard(m: PageMention, fromKeyboard: boolean): Promise<void> {
    const range = this.painter.range(m);
    if (!range) return;
    this.hovered = m;
    const form = m.block.text.slice(m.start, m.end);
    this.card.show(range, form, null, fromKeyboard);
    const card = await send('lookup', { kind: m.kind, id: m.id, date: this.date });
    if (this.hovered === m && !this.stopped) this.card.show(range, form, card, fromKeyboard);
  }

  private closeCard(): void {
    this.hovered = null;
    this.card.hide();
    this.painter.focus(null);
  }
}
