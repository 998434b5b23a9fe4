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
}

/**
 * Waits until the next frame has rendered. The element painter changes the DOM, and the
 * browser lays out what changed at the next frame: one slice per frame keeps that layout small.
 */
export function yieldToFrame(): Promise<void> {
  return new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
}
