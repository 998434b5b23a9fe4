// The budgets the README holds Readout to, measured: what the content script weighs, what the index
// weighs per 1,000 statements, and what the content script's work adds to the memory of a 2 MB page.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CORE_SLICES } from '../../lib/shared/corpus-files';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_DIST, findBrowser, launch, readoutDone, serve, toBackground } from '../browser';
import { newsPage } from './news-page';

export const BUDGETS = {
  contentScriptGzipKB: 32,
  indexGzipPer1kMB: 0.6,
  indexRawPer1kMB: 3,
  memoryOn2MBPageMB: 16,
};

/** Issue 16's targets for the bundled corpus: what a reader waits for, and what the store takes. */
export const TARGETS = {
  /** The worker's start to its first ranked answer; the engine's load in Node is held to the same figure. */
  firstAnswerColdMs: 200,
  coldLoadMs: 200,
  rankMs: 50,
  searchWorstMs: 50,
  popupWarmMs: 100,
  popupColdMs: 250,
  packageMB: 10,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const line = (what: string, value: string, budget: string, ok: boolean) => console.log(`  ${what.padEnd(62)} ${value.padStart(10)}   budget ${budget.padEnd(9)} ${ok ? 'met' : 'OVER'}`);

/** Heap in use after a full collection, and the DOM's node count, as DevTools reports them for the tab. */
async function memory(page: Page): Promise<{ heap: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics') as { metrics: { name: string; value: number }[] };
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? NaN;
    return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
  } finally {
    await cdp.detach();
  }
}

type IndexSize = { statements: number; raw: number; gzip: number };

/**
 * `index` holds the compiled index's raw and gzip bytes at two sizes of one synthetic corpus (one gazetteer), from
 * the engine benchmark; `real`, the bundled corpus's, printed beside them (its statements are longer, and its
 * gazetteer is in it).
 */
export async function budgetBench(index: IndexSize[], real?: IndexSize): Promise<void> {
  console.log('\nbudgets (held in the README)');
  const script = readFileSync(join(CHROME_DIST, 'content-scripts/content.js'));
  const css = readFileSync(join(CHROME_DIST, 'content-scripts/content.css'));
  const gz = (gzipSync(script).length + gzipSync(css).length) / 1024;
  line('content script, gzip (js + css)', `${gz.toFixed(1)} KB`, `${BUDGETS.contentScriptGzipKB} KB`, gz <= BUDGETS.contentScriptGzipKB);

  // Per 1,000 statements at the margin: the difference between the two sizes of one gazetteer, so the fixed part
  // (the gazetteer every corpus has) does not flatter small corpora, nor a larger gazetteer count as statements.
  const [a, b] = index;
  const per = (k: 'raw' | 'gzip') => ((b[k] - a[k]) / (b.statements - a.statements)) * 1000 / 1024 / 1024;
  line(`index per 1,000 statements, gzip (${a.statements} -> ${b.statements})`, `${per('gzip').toFixed(2)} MB`, `${BUDGETS.indexGzipPer1kMB} MB`, per('gzip') <= BUDGETS.indexGzipPer1kMB);
  line(`index per 1,000 statements, raw (${a.statements} -> ${b.statements})`, `${per('raw').toFixed(2)} MB`, `${BUDGETS.indexRawPer1kMB} MB`, per('raw') <= BUDGETS.indexRawPer1kMB);
  if (real) console.log(`    the bundled corpus: ${real.statements} statements, ${(real.raw / 1024 / 1024).toFixed(1)} MB raw / ${(real.gzip / 1024 / 1024).toFixed(1)} MB gzip with its gazetteer (${(real.gzip / real.statements * 1000 / 1024 / 1024).toFixed(2)} MB gzip per 1,000; a statement of the record is ${(real.raw / real.statements / 1024).toFixed(1)} KB of index, a synthetic one ${((b.raw - a.raw) / (b.statements - a.statements) / 1024).toFixed(1)} KB)`);

  if (!findBrowser()) { console.log('  memory on a 2 MB page: skipped (no Chromium or Chrome; see README)'); return; }
  const dir = mkdtempSync(join(tmpdir(), 'readout-budget-'));
  writeFileSync(join(dir, 'page.html'), newsPage(2_000_000, true));
  const site = await serve(dir);
  const session = await launch();
  const page = session.context.pages()[0];
  try {
    const measure = async (on: boolean, elements = false) => {
      await toBackground(session, 'setSettings', { enabled: on, offSites: [], highlightsAsElements: elements });
      const runs: { heap: number; nodes: number }[] = [];
      for (let i = 0; i < 3; i++) {
        await page.goto(`${site.url}/page.html`);
        if (on) await readoutDone(page, 180_000);
        else await page.waitForTimeout(500);
        // Scroll through, so that the Highlight API painter has made the ranges of every block it will.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(300);
        runs.push(await memory(page));
      }
      return { heap: median(runs.map((r) => r.heap)), nodes: median(runs.map((r) => r.nodes)) };
    };
    const off = await measure(false);
    for (const [label, elements] of [['Highlight API painter', false], ['element painter', true]] as const) {
      const on = await measure(true, elements);
      const mb = (on.heap - off.heap) / 1024 / 1024;
      line(`memory added to a 2 MB page, ${label} (JS heap)`, `${mb.toFixed(1)} MB`, `${BUDGETS.memoryOn2MBPageMB} MB`, mb <= BUDGETS.memoryOn2MBPageMB);
      console.log(`    page alone ${(off.heap / 1024 / 1024).toFixed(1)} MB of heap and ${off.nodes} DOM nodes; with Readout ${(on.heap / 1024 / 1024).toFixed(1)} MB and ${on.nodes - off.nodes} nodes more`);
    }
    await toBackground(session, 'setSettings', { enabled: true, highlightsAsElements: false });
  } finally {
    await session.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Chrome package as the store gets it: the zip `wxt zip` writes (npm run bench zips first). */
export function packageBench(): void {
  const zips = readdirSync('dist').filter((f) => /-chrome\.zip$/.test(f)).map((f) => join('dist', f));
  const zip = zips.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  console.log('\npackage');
  if (!zip) { console.log('  skipped: no dist/*-chrome.zip (npm run zip writes it)'); return; }
  const mb = statSync(zip).size / 1024 / 1024;
  line(`Chrome package (${zip})`, `${mb.toFixed(1)} MB`, `${TARGETS.packageMB} MB`, mb <= TARGETS.packageMB);
  const kb = (file: string) => statSync(join(CHROME_DIST, file)).size / 1024;
  const corpus = readdirSync(join(CHROME_DIST, 'corpus'));
  const bodies = corpus.filter((f) => f.startsWith('bodies-'));
  const bodiesKb = bodies.reduce((n, f) => n + kb(join('corpus', f)), 0);
  const coreKb = corpus.filter((f) => f.startsWith('core-')).reduce((n, f) => n + kb(join('corpus', f)), 0);
  console.log(`    unpacked: background.js ${kb('background.js').toFixed(0)} KB; the core ${(coreKb / 1024).toFixed(1)} MB in ${CORE_SLICES} pieces (read at once at the worker's start), search.json ${(kb('corpus/search.json') / 1024).toFixed(1)} MB (first search), ${bodies.length} chunks of bodies ${(bodiesKb / 1024).toFixed(1)} MB (by the statement)`);
}
