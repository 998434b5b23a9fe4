// Long passes are cut into slices so that no task holds the page for more than a few
// milliseconds; the page gets the main thread back between slices.

export const SLICE_MS = 8;

export function yieldToPage(): Promise<void> {
  const s = (globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}

/** Main-thread time spent in Readout's own slices: what data-readout-ms reports. */
export class Stopwatch {
  total = 0;
  private t0 = 0;
  start(): void { this.t0 = performance.now(); }
  stop(): void { this.total += performance.now() - this.t0; }
  /** Time spent in Readout's tasks that ran apart from the slices, measured by them. */
  add(ms: number): void { this.total += ms; }
}

/**
 * Waits until the next frame has rendered. The element painter changes the DOM, and the
 * browser lays out what changed at the next frame: one slice per frame keeps that layout small.
 */
export function yieldToFrame(): Promise<void> {
  return new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
}

/** How long a page may keep loading (a stalled image, a long poll) before Readout changes its DOM anyway. */
const LOAD_WAIT_MS = 3000;

/**
 * Resolves at once on a loaded page; on a loading one, once it has loaded and the browser has a moment to
 * spare. The element painter waits for it before changing the DOM: a large page lays itself out in frames
 * of 100–200 ms while it loads (measured with Readout off), and marks made then land in those frames. A
 * loaded page's changes are not delayed: they must be highlighted within half a second.
 */
export function pageSettled(win: Window): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  const idle = () => new Promise<void>((ok) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => ok(), { timeout: 1000 });
    else setTimeout(ok, 50);
  });
  return new Promise<void>((ok) => {
    const go = () => { clearTimeout(timer); win.removeEventListener('load', go); void idle().then(ok); };
    const timer = setTimeout(go, LOAD_WAIT_MS);
    win.addEventListener('load', go);
  });
}
