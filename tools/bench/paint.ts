// Painting cost in real Chromium with the built extension: for each page size and painter,
// Readout's main-thread milliseconds against the floor (a bare read of every text node),
// the longest task, and naive mark.js (one mark() call with the alias list) as the baseline.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findBrowser, launch, readoutDone, serve, toBackground } from '../browser';
import { newsPage } from './news-page';

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const RUNS = 11;

type TraceEvent = { name: string; ts: number; dur?: number; tid: number; args?: unknown };

/** A Chrome trace of what the browser did while `run` ran. */
async function traced(page: Page, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // playwright-core types its CDP events loosely; these two are the Tracing domain's.
  const on = cdp as unknown as { on(e: string, f: (x: { value: TraceEvent[] }) => void): void; once(e: string, f: () => void): void };
  on.on('Tracing.dataCollected', (e) => { events.push(...e.value); });
  const complete = new Promise<void>((ok) => on.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;

/** Those of `tasks` that rendered a frame (they lay the page out). */
function frameTasks(events: TraceEvent[], tasks: TraceEvent[]): TraceEvent[] {
  const layouts = events.filter((e) => e.name === 'Layout').map((e) => e.ts);
  return tasks.filter((t) => layouts.some((l) => l >= t.ts && l <= t.ts + (t.dur ?? 0)));
}

interface PassTasks { ours: number; any: number; frameP50: number }

/**
 * The longest main-thread task during Readout's pass, from a Chrome trace: tasks that overlap
 * the span from Readout's first to its last script call on the page. The page's own loading
 * tasks before the pass are not Readout's. Also the median frame in that span: the element
 * painter's changes are laid out in frames of their own.
 */
async function longestTaskDuringPass(page: Page, url: string): Promise<PassTasks> {
  const events = await traced(page, async () => {
    await page.goto(url);
    await readoutDone(page, 180_000);
    await page.waitForTimeout(300);
  });
  const ours = events.filter((e) => JSON.stringify(e.args ?? {}).includes('/content-scripts/content.js'));
  if (ours.length === 0) return { ours: NaN, any: NaN, frameP50: NaN };
  const tid = ours[0].tid;
  const start = Math.min(...ours.map((e) => e.ts));
  const end = Math.max(...ours.map((e) => e.ts + (e.dur ?? 0)));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.tid === tid && e.ts + (e.dur ?? 0) >= start && e.ts <= end);
  const runsReadout = (t: TraceEvent) => ours.some((e) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
  const longest = (list: TraceEvent[]) => Math.max(0, ...list.map(ms));
  return { ours: longest(tasks.filter(runsReadout)), any: longest(tasks), frameP50: median(frameTasks(events, tasks).map(ms)) };
}

/**
 * What a change the page makes itself costs the browser, on the page as it is now: one text node
 * changed per frame, twenty times; the median and longest frame. Readout's own update comes after
 * (its observer waits for changes to stop), so the frames are the browser's alone.
 */
async function pageChangeFrames(page: Page): Promise<{ p50: number; max: number }> {
  const events = await traced(page, () => page.evaluate(async () => {
    const ps = document.querySelectorAll('p');
    // No named function in here: the bundler's helpers for names do not exist in the page.
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    for (let i = 0; i < 20; i++) {
      // A TimeStamp event in the trace: the frame that follows it is this change's.
      console.timeStamp('page change');
      (document.createTreeWalker(ps[(i * 97) % ps.length], NodeFilter.SHOW_TEXT).nextNode() as Text).appendData(' ');
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    }
  }));
  const changes = events.filter((e) => e.name === 'TimeStamp');
  const tid = changes[0].tid;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const rendered = frameTasks(events, tasks);
  const after = changes.map((c) => rendered.find((t) => t.ts > c.ts)).filter((t): t is TraceEvent => t !== undefined).map(ms);
  return { p50: median(after), max: Math.max(...after) };
}

async function floor(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let x = w.nextNode(); x; x = w.nextNode()) n += (x as Text).data.length;
    (window as unknown as { __n: number }).__n = n;
    return performance.now() - t0;
  });
}

export async function paintBench(aliases: string[], opts: { naiveUpTo: number }): Promise<void> {
  if (!findBrowser()) { console.log('\npainting: skipped (no Chromium or Chrome; see README)'); return; }
  const dir = mkdtempSync(join(tmpdir(), 'readout-paint-'));
  const sizes = [['20 KB', 20_000], ['200 KB', 200_000], ['2 MB', 2_000_000]] as const;
  for (const [, bytes] of sizes) writeFileSync(join(dir, `${bytes}.html`), newsPage(bytes, true));
  writeFileSync(join(dir, 'none.html'), newsPage(200_000, false));
  const site = await serve(dir);
  const session = await launch();
  const page = session.context.pages()[0];
  console.log(`\npainting in Chromium (median of ${RUNS}; ms of main thread; floor = bare TreeWalker read of every text node, fresh load, Readout off)`);
  console.log('page            | painter   | mentions | readout ms | floor ms | x floor | longest task running Readout (any task; median frame) | target');
  const rows: Record<string, number> = {};
  try {
    for (const [label, file, bytes] of [...sizes.map(([n, b]) => [n, `${b}.html`, b] as const), ['200 KB, no mention', 'none.html', 200_000] as const]) {
      // The floor: a fresh load of the same page with Readout off, read once, as Readout's pass reads it.
      await toBackground(session, 'setSettings', { enabled: false });
      const floors: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(`${site.url}/${file}`);
        floors.push(await floor(page));
      }
      const f = median(floors);
      // What a change the page makes costs the browser, with Readout off and after each painter's pass.
      const changes: string[] = [];
      const change = async (who: string) => { const c = await pageChangeFrames(page); changes.push(`${who} ${c.p50.toFixed(0)} ms (longest ${c.max.toFixed(0)})`); };
      if (bytes === 2_000_000) await change('Readout off');
      for (const painter of ['highlight', 'elements'] as const) {
        await toBackground(session, 'setSettings', { enabled: true, offSites: [], highlightsAsElements: painter === 'elements' });
        const ms: number[] = [];
        let count = 0;
        for (let i = 0; i < RUNS; i++) {
          await page.goto(`${site.url}/${file}`);
          const state = await readoutDone(page, 180_000);
          ms.push(Number(state.readoutMs));
          count = Number(state.readoutCount);
        }
        const longest = await longestTaskDuringPass(page, `${site.url}/${file}`);
        if (bytes === 2_000_000) await change(painter === 'elements' ? 'marked by the element painter' : 'lit by the Highlight API painter');
        const m = median(ms);
        rows[`${painter}:${bytes}`] = m;
        const target = painter === 'highlight'
          ? (bytes === 2_000_000 ? `<= 4x floor: ${m / f <= 4 ? 'met' : 'MISSED'}` : bytes === 20_000 ? `< 15 ms: ${m < 15 ? 'met' : 'MISSED'}` : '')
          : '';
        console.log(`${label.padEnd(15)} | ${painter.padEnd(9)} | ${String(count).padStart(8)} | ${m.toFixed(1).padStart(10)} | ${f.toFixed(1).padStart(8)} | ${(m / f).toFixed(1).padStart(7)} | ${`${longest.ours.toFixed(0)} ms${longest.ours > 50 ? ' (OVER 50)' : ''} (${longest.any.toFixed(0)} ms; ${Number.isNaN(longest.frameP50) ? 'no frame' : `${longest.frameP50.toFixed(0)} ms`})`.padStart(38)} | ${target}`);
      }
      if (changes.length) console.log(`${label.padEnd(15)} | the frame after the page's own change of one text node, median: ${changes.join('; ')}`);
    }
    await toBackground(session, 'setSettings', { enabled: false });
    // The baseline: mark.js given the alias list, on a page without Readout.
    const markJs = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
    for (const [label, bytes] of sizes) {
      if (bytes > opts.naiveUpTo) { console.log(`naive mark.js, ${label}: not run (minutes; PERF-NOTES measured ~84 s at 2 MB); run npm run bench -- --full`); continue; }
      await page.goto(`${site.url}/${bytes}.html`);
      await page.addScriptTag({ content: markJs });
      const naive = await page.evaluate((list) => {
        const t0 = performance.now();
        new (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark(document.body).mark(list, { separateWordSearch: false, accuracy: 'exactly', diacritics: false });
        return performance.now() - t0;
      }, aliases);
      const ours = rows[`elements:${bytes}`];
      console.log(`naive mark.js mark(${aliases.length} aliases), ${label}: ${naive.toFixed(0)} ms; Readout's mark.js painter is ${(naive / ours).toFixed(0)}x faster (target >= 50x: ${naive / ours >= 50 ? 'met' : 'MISSED'})`);
    }
  } finally {
    await session.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
