// Painting cost in real Chromium with the built extension: for each page size and painter,
// Readout's main-thread milliseconds against the floor (a bare read of every text node),
// the longest task, and naive mark.js (one mark() call with the alias list) as the baseline.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** Those of `tasks` that rendered a frame (they lay the page out; scrolling alone only paints it). */
function frameTasks(events: TraceEvent[], tasks: TraceEvent[], steps = ['Layout']): TraceEvent[] {
  const layouts = events.filter((e) => steps.includes(e.name)).map((e) => e.ts);
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

/**
 * What the reader's scrolling costs on the page as it is now: a screen at a time, one step per frame,
 * thirty steps from the top; the median and longest frame. With a painter that paints as blocks come
 * near, its painting is in these frames.
 */
async function scrollFrames(page: Page): Promise<{ p50: number; max: number }> {
  const events = await traced(page, () => page.evaluate(async () => {
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    console.timeStamp('scroll start');
    for (let i = 0; i < 30; i++) {
      window.scrollBy(0, innerHeight);
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    }
    // The observer's last report and what it paints are in the frame after the last step.
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50)));
    console.timeStamp('scroll end');
  }));
  const marks = events.filter((e) => e.name === 'TimeStamp');
  const tid = marks[0].tid;
  const [from, to] = [marks[0].ts, marks[marks.length - 1].ts];
  const tasks = events.filter((e) => e.name === 'RunTask' && e.tid === tid && e.ts >= from && e.ts <= to);
  const frames = frameTasks(events, tasks, ['Layout', 'PrePaint', 'Paint']).map(ms);
  return { p50: median(frames), max: Math.max(...frames) };
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

const fmt = (xs: number[]) => `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;

/**
 * The painting part alone, on the 2 MB page, in one run so that the figures share the machine's load:
 * Readout off, the Highlight API painter, and the element painter of this build and of each older
 * build given (`--against=dir`, a built chrome-mv3 folder), in turn, round after round. Per painter:
 * the pass's main-thread ms, the longest task and median frame during the pass (traced), the frame after
 * the page's own change, and frames while the reader scrolls down a screen per frame.
 */
export async function paintOnly(against: string[], rounds = 3): Promise<void> {
  if (!findBrowser()) { console.log('painting: skipped (no Chromium or Chrome; see README)'); return; }
  const dir = mkdtempSync(join(tmpdir(), 'readout-paint-'));
  writeFileSync(join(dir, '2mb.html'), newsPage(2_000_000, true));
  const site = await serve(dir);
  const url = `${site.url}/2mb.html`;
  const builds = [{ label: 'this build', dist: undefined as string | undefined }, ...against.map((d) => ({ label: d, dist: d }))];
  const sessions = [];
  for (const b of builds) sessions.push(await launch({ dist: b.dist }));
  type Row = { ms: number[]; longest: number[]; frame: number[]; change: number[]; changeMax: number[]; scroll: number[]; scrollMax: number[] };
  const rows = new Map<string, Row>();
  const row = (k: string) => rows.get(k) ?? rows.set(k, { ms: [], longest: [], frame: [], change: [], changeMax: [], scroll: [], scrollMax: [] }).get(k)!;
  try {
    for (let round = 0; round < rounds; round++) {
      const runs: { key: string; session: number; settings: object | null }[] = [
        { key: 'Readout off', session: 0, settings: null },
        { key: 'Highlight API (this build)', session: 0, settings: { highlightsAsElements: false } },
        ...builds.map((b, i) => ({ key: `elements (${b.label})`, session: i, settings: { highlightsAsElements: true } })),
      ];
      for (const run of runs) {
        const session = sessions[run.session];
        const page = session.context.pages()[0];
        const r = row(run.key);
        await toBackground(session, 'setSettings', run.settings ? { enabled: true, offSites: [], ...run.settings } : { enabled: false });
        if (run.settings) {
          const pass = await longestTaskDuringPass(page, url);
          r.ms.push(Number(await page.evaluate(() => document.documentElement.dataset.readoutMs)));
          r.longest.push(pass.ours);
          r.frame.push(pass.frameP50);
        } else {
          await page.goto(url);
          await page.waitForTimeout(1000);
        }
        const c = await pageChangeFrames(page);
        r.change.push(c.p50);
        r.changeMax.push(c.max);
        await page.evaluate(() => window.scrollTo(0, 0));
        const sc = await scrollFrames(page);
        r.scroll.push(sc.p50);
        r.scrollMax.push(sc.max);
      }
      console.log(`round ${round + 1} of ${rounds} done`);
    }
    console.log(`\npainting, 2 MB page, ${rounds} rounds, medians (each round's figure in brackets):`);
    for (const [k, r] of rows) {
      console.log(`${k}:`);
      if (r.ms.length) console.log(`  pass ${fmt(r.ms)}; longest task running Readout ${fmt(r.longest)}; median frame during the pass ${fmt(r.frame)}`);
      console.log(`  frame after the page's own change: median ${fmt(r.change)}, longest ${fmt(r.changeMax)}`);
      console.log(`  frames scrolling a screen per frame: median ${fmt(r.scroll)}, longest ${fmt(r.scrollMax)}`);
    }
  } finally {
    for (const s of sessions) await s.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// npm run bench:paint [-- --against=dir ...]: the painting part alone (npm run bench runs it all).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const against = process.argv.filter((a) => a.startsWith('--against=')).map((a) => a.slice('--against='.length));
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 3);
  await paintOnly(against, rounds);
}
