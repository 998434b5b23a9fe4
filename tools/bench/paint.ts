// Painting cost in real Chromium with the built extension: for each page size and painter,
// Readout's main-thread milliseconds against the floor (a bare read of every text node),
// the longest task, and naive mark.js (one mark() call with the alias list) as the baseline.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findBrowser, launch, readoutDone, serve, toBackground } from '../browser';
import { newsPage } from './news-page';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const RUNS = 11;

/**
 * The longest main-thread task during Readout's pass, from a Chrome trace: tasks that overlap
 * the span from Readout's first to its last script call on the page. The page's own loading
 * tasks before the pass are not Readout's.
 */
async function longestTaskDuringPass(page: Page, url: string): Promise<{ ours: number; any: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; ts: number; dur?: number; tid: number; args?: unknown }[] = [];
  // playwright-core types its CDP events loosely; these two are the Tracing domain's.
  const on = cdp as unknown as { on(e: string, f: (x: { value: typeof events }) => void): void; once(e: string, f: () => void): void };
  on.on('Tracing.dataCollected', (e) => { events.push(...e.value); });
  const complete = new Promise<void>((ok) => on.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(url);
  await readoutDone(page, 180_000);
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const ours = events.filter((e) => JSON.stringify(e.args ?? {}).includes('/content-scripts/content.js'));
  if (ours.length === 0) return { ours: NaN, any: NaN };
  const tid = ours[0].tid;
  const start = Math.min(...ours.map((e) => e.ts));
  const end = Math.max(...ours.map((e) => e.ts + (e.dur ?? 0)));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.tid === tid && e.ts + (e.dur ?? 0) >= start && e.ts <= end);
  const runsReadout = (t: (typeof events)[number]) => ours.some((e) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0));
  const ms = (list: typeof events) => Math.max(0, ...list.map((e) => (e.dur ?? 0) / 1000));
  return { ours: ms(tasks.filter(runsReadout)), any: ms(tasks) };
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
  console.log('page            | painter   | mentions | readout ms | floor ms | x floor | longest task running Readout  | target');
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
      for (const painter of ['highlight', 'elements'] as const) {
        await toBackground(session, 'setSettings', { enabled: true, offSites: [], highlightsAsElements: painter === 'elements' });
        const ms: number[] = [];
        let longest = { ours: 0, any: 0 };
        let count = 0;
        for (let i = 0; i < RUNS; i++) {
          await page.goto(`${site.url}/${file}`);
          const state = await readoutDone(page, 180_000);
          ms.push(Number(state.readoutMs));
          count = Number(state.readoutCount);
        }
        longest = await longestTaskDuringPass(page, `${site.url}/${file}`);
        const m = median(ms);
        rows[`${painter}:${bytes}`] = m;
        const target = painter === 'highlight'
          ? (bytes === 2_000_000 ? `<= 4x floor: ${m / f <= 4 ? 'met' : 'MISSED'}` : bytes === 20_000 ? `< 15 ms: ${m < 15 ? 'met' : 'MISSED'}` : '')
          : '';
        console.log(`${label.padEnd(15)} | ${painter.padEnd(9)} | ${String(count).padStart(8)} | ${m.toFixed(1).padStart(10)} | ${f.toFixed(1).padStart(8)} | ${(m / f).toFixed(1).padStart(7)} | ${`${longest.ours.toFixed(0)} ms${longest.ours > 50 ? ' (OVER 50)' : ''} (any task: ${longest.any.toFixed(0)} ms)`.padStart(28)} | ${target}`);
      }
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
