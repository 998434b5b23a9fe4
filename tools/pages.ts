// `npm run pages -- DIR...`: saved real pages in the built extension, in Chromium. A DIR holds one folder
// per page (NAME/source.html, and NAME/expected.html when the article's text is known) or .html files.
// Per page and in total: finished, errors, text changed, highlights and highlights per 1,000 words of the
// page's shown text, the count Readout itself reports (data-readout-count), those outside the article (their sentence is not in expected.html), hidden ones, and the
// pass's main-thread ms. The highlights are read as elements; both painters mark or range a block only when it
// comes near the viewport, so the page is scrolled through first. `--painter highlight` times the default
// painter instead and counts only what it lit near the top.
// Every highlight is written to artifacts/pages-highlights.tsv for judging (page text: not for the repository).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { launch, readoutDone, serve } from './browser';

interface Row { page: string; bytes: number; words: number; count: number; finished: boolean; errors: string[]; changed: boolean; lit: Lit[]; ms: number }
interface Lit { kind: string; id: string; words: string; sentence: string; hidden: boolean; outside: boolean | null; at?: number }

const args = process.argv.slice(2);
const painter = args.includes('--painter') ? args[args.indexOf('--painter') + 1] : 'elements';
const only = args.includes('--only') ? new RegExp(args[args.indexOf('--only') + 1]) : null;
const dist = args.includes('--dist') ? resolve(args[args.indexOf('--dist') + 1]) : undefined;
/** Pages to photograph with a card open on their first highlight in the article (artifacts/page-NAME.png). */
const shots = args.includes('--shots') ? new RegExp(args[args.indexOf('--shots') + 1]) : null;
const dirs = args.filter((a, i) => !a.startsWith('--') && !['--painter', '--only', '--dist', '--shots'].includes(args[i - 1]));
if (dirs.length === 0) { console.error('usage: npm run pages -- DIR... [--painter elements|highlight] [--only REGEX] [--dist BUILT_EXTENSION] [--shots REGEX]'); process.exit(2); }

const perThousand = (n: number, words: number) => (words ? (1000 * n / words).toFixed(2) : '-');

/** Text as compared: whitespace folded, so that markup's line breaks do not decide. */
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * The same, without bracketed reference marks ("[86]", "[update]"): Readability keeps some and drops others,
 * so a sentence of the article would otherwise count as outside it.
 */
const bare = (s: string) => fold(s.replace(/\[[^\]\n]{0,24}\]/g, ''));

function pagesIn(dir: string): { name: string; file: string; expected: string | null }[] {
  const out: { name: string; file: string; expected: string | null }[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory() && existsSync(join(p, 'source.html'))) {
      out.push({ name: e, file: join(p, 'source.html'), expected: existsSync(join(p, 'expected.html')) ? join(p, 'expected.html') : null });
    } else if (e.endsWith('.html')) out.push({ name: e, file: p, expected: null });
  }
  return out.filter((x) => !only || only.test(x.name));
}

function articleText(file: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(file, 'utf8')}</body></html>`);
  return bare(document.body.textContent ?? '');
}

/** Each highlight: its words, the sentence around it, and whether a reader can see it. Runs in the page. */
function readMarks(): { kind: string; id: string; words: string; sentence: string; hidden: boolean; at: number }[] {
  const out: { kind: string; id: string; words: string; sentence: string; hidden: boolean; at: number }[] = [];
  const BLOCKISH = /^(P|LI|H[1-6]|TD|TH|DD|DT|DIV|BLOCKQUOTE|FIGCAPTION|SECTION|ARTICLE|BODY|CAPTION|TR)$/;
  const marks = Array.from(document.querySelectorAll('readout-mark'));
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    // One mention across a link's edge or a line break is painted as several elements: counted once, whole.
    const prev = marks[k - 1];
    if (prev && prev.getAttribute('data-readout-id') === m.getAttribute('data-readout-id')) {
      const gap = document.createRange();
      gap.setStartAfter(prev);
      gap.setEndBefore(m);
      if (gap.toString().trim() === '' && out.length > 0) {
        out[out.length - 1].words += gap.toString() + (m.textContent ?? '');
        continue;
      }
    }
    let b: Element | null = m.parentElement;
    while (b && !BLOCKISH.test(b.tagName)) b = b.parentElement;
    const text = (b ?? document.body).textContent ?? '';
    const r = document.createRange();
    r.selectNodeContents(b ?? document.body);
    r.setEnd(m, 0);
    const at = r.toString().length;
    const words = m.textContent ?? '';
    // The sentence: from the last stop before the mention to the first after it.
    const before = text.slice(0, at);
    const after = text.slice(at + words.length);
    // A stop may carry reference marks before its space ("states.[86] As").
    const stops = [...before.matchAll(/[.?!](?:\[[^\]\n]{0,24}\])*\s|\n\n/g)];
    const s0 = stops.length ? stops[stops.length - 1].index! + stops[stops.length - 1][0].length : 0;
    const e = after.search(/[.?!](\s|$)/);
    const sentence = before.slice(s0) + words + (e < 0 ? after : after.slice(0, e + 1));
    const el = m as HTMLElement;
    const hidden = !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true } as CheckVisibilityOptions) || el.getClientRects().length === 0;
    out.push({ kind: m.getAttribute('data-readout-kind') ?? '', id: m.getAttribute('data-readout-id') ?? '', words, sentence, hidden, at: k });
  }
  return out;
}

/** The same, for the default painter: the ranges it registered (those near the viewport). */
function readRanges(): { kind: string; id: string; words: string; sentence: string; hidden: boolean }[] {
  const out: { kind: string; id: string; words: string; sentence: string; hidden: boolean }[] = [];
  const reg = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights;
  for (const kind of ['person', 'topic']) {
    for (const r of reg.get(`readout-${kind}`) ?? []) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const p = r.startContainer.parentElement;
      out.push({ kind, id: '', words: live.toString(), sentence: (p?.textContent ?? '').slice(0, 300), hidden: live.getClientRects().length === 0 });
    }
  }
  return out;
}

/** Words of the text a reader sees on the page, in any script (Chinese has no spaces: the browser's segmenter finds its words). */
function wordsShown(): number {
  const text = document.body?.innerText ?? '';
  let n = 0;
  for (const s of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) if (s.isWordLike) n++;
  return n;
}

const markCount = (page: Page) => page.evaluate(() => document.querySelectorAll('readout-mark').length);

/** Until the number of marks has held still for `quiet` ms (at most `most` ms): the painter marks in idle moments. */
async function marksSettle(page: Page, quiet: number, most: number): Promise<void> {
  let last = await markCount(page);
  for (let t = 0, still = 0; t < most && still < quiet; t += 150) {
    await page.waitForTimeout(150);
    const n = await markCount(page);
    still = n === last ? still + 150 : 0;
    last = n;
  }
}

/**
 * Down the page a screen at a time, then back to the top: every block comes within the screen and a half
 * where the painters mark it (marks stay once made; the element painter makes them in idle moments, so each
 * step waits for them).
 */
async function scrollThrough(page: Page): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const more = await page.evaluate(() => {
      const el = document.scrollingElement ?? document.documentElement;
      const before = el.scrollTop;
      el.scrollTop = before + innerHeight;
      return el.scrollTop > before;
    });
    await marksSettle(page, 450, 3000);
    if (!more) break;
  }
  await page.evaluate(() => { (document.scrollingElement ?? document.documentElement).scrollTop = 0; });
  await marksSettle(page, 1000, 8000);
}

type Ask = <T>(type: string, body: unknown) => Promise<T>;

/** The page as a reader sees it with the card of its first highlight inside the article open. */
async function photograph(page: Page, name: string, lit: Lit[]): Promise<void> {
  const first = lit.find((l) => l.outside === false && !l.hidden && l.at !== undefined);
  if (!first) return;
  const mark = page.locator('readout-mark').nth(first.at!);
  await mark.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await mark.hover();
  await page.waitForFunction(() => document.querySelector('readout-card') !== null, null, { timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
  mkdirSync('artifacts', { recursive: true });
  await page.screenshot({ path: `artifacts/page-${name}.png` });
  console.log(`  artifacts/page-${name}.png: "${first.words}"`);
}

async function runPage(page: Page, url: string, file: string, expected: string | null, ask: Ask, shotName: string | null): Promise<Row> {
  const extensionErrors = async () => (await ask<{ message: string }[]>('recentErrors', {})).map((e) => e.message);
  const row: Row = { page: '', bytes: statSync(file).size, words: 0, count: 0, finished: false, errors: [], changed: false, lit: [], ms: 0 };
  const before = await extensionErrors();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const state = await readoutDone(page, 30_000);
    row.finished = true;
    row.ms = Number(state.readoutMs);
    // The page may go on changing after the first pass (its scripts, its loading), and Readout follows: read
    // once what is lit has held still for a second (at most 8 s), the element painter's marks wait for the load.
    let last = -1;
    for (let t = 0, still = 0; t < 16 && still < 2; t++) {
      await page.waitForTimeout(500);
      const now = await page.evaluate(() => `${document.readyState} ${document.documentElement.dataset.readoutCount} ${document.querySelectorAll('readout-mark').length}`);
      const n = now.length + [...now].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0);
      still = n === last && now.startsWith('complete') ? still + 1 : 0;
      last = n;
    }
    row.count = Number(await page.evaluate(() => document.documentElement.dataset.readoutCount ?? '0'));
    // A page with nothing lit has nothing to mark further down.
    if (painter === 'elements' && row.count > 0) {
      await scrollThrough(page);
      // On a loaded machine the painter may not have reached every block before the page moved on: once more.
      if (await markCount(page) < row.count) await scrollThrough(page);
    }
    row.words = await page.evaluate(wordsShown);
    // row.ms stays the first pass's: the later ones read only what changed.
    const lit = painter === 'elements' ? await page.evaluate(readMarks) : await page.evaluate(readRanges);
    // Readability gives the title apart from the article's text: the page's title and headline count as the article.
    const heads = bare(await page.evaluate(() => `${document.title} ${Array.from(document.querySelectorAll('h1'), (h) => h.textContent).join(' ')}`));
    const ref = expected ? articleText(expected) : null;
    row.lit = lit.map((l) => ({ ...l, outside: ref === null ? null : !ref.includes(bare(l.sentence)) && !heads.includes(bare(l.sentence)) }));
    if (shotName && painter === 'elements') await photograph(page, shotName, row.lit);
    // What Readout leaves of the page's text: the same once it is turned off.
    const on = await page.evaluate(() => document.body?.textContent ?? '');
    await ask('setSettings', { enabled: false });
    await page.waitForFunction(() => !document.documentElement.dataset.readoutState && !document.querySelector('readout-mark'), null, { timeout: 10_000 });
    const off = await page.evaluate(() => document.body?.textContent ?? '');
    row.changed = on !== off;
  } catch (e) {
    row.errors.push((e as Error).message.split('\n')[0]);
  } finally {
    await ask('setSettings', { enabled: true });
  }
  const after = await extensionErrors();
  row.errors.push(...after.slice(before.length));
  return row;
}

async function main(): Promise<void> {
  // Saved pages load scripts from their sites; with no network here a lookup can hang a page's parsing for
  // half a minute. Every name but the local server's fails at once, as offline.
  const session = await launch({ dist, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  // One extension page, kept open, speaks to the background for the whole run (opening one per message costs seconds a page).
  const page = session.context.pages()[0] ?? await session.context.newPage();
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=-1`);
  const ask: Ask = (type, body) => ext.evaluate(([t, b]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, body: b }), [type, body] as const) as never;
  await ask('setSettings', { enabled: true, offSites: [], highlightsAsElements: painter === 'elements' });
  const rows: Row[] = [];
  const tsv: string[] = ['page\tkind\tid\twords\toutside\thidden\tsentence'];
  try {
    for (const dir of dirs) {
      const site = await serve(dir);
      try {
        for (const p of pagesIn(dir)) {
          const url = `${site.url}/${relative(resolve(dir), resolve(p.file)).split('/').map(encodeURIComponent).join('/')}`;
          const row = await runPage(page, url, p.file, p.expected, ask, shots?.test(p.name) ? p.name : null);
          row.page = `${basename(resolve(dir))}/${p.name}`;
          rows.push(row);
          const out = row.lit.filter((l) => l.outside).length;
          const hid = row.lit.filter((l) => l.hidden).length;
          console.log([row.page.padEnd(44), row.finished ? 'done' : 'NOT DONE', `${(row.bytes / 1024).toFixed(0)} KB`, `lit ${row.lit.length}`, `${perThousand(row.lit.length, row.words)}/1k of ${row.words} words`, `counted ${row.count}`, `outside ${out}`, `hidden ${hid}`,
            `${row.ms.toFixed(1)} ms`, row.changed ? 'TEXT CHANGED' : '', row.errors.length ? `errors: ${row.errors.join(' | ')}` : ''].join('\t'));
          for (const l of row.lit) tsv.push([row.page, l.kind, l.id, fold(l.words), l.outside === null ? '?' : l.outside ? 'out' : 'in', l.hidden ? 'hidden' : '', fold(l.sentence).slice(0, 300)].join('\t'));
        }
      } finally {
        await site.close();
      }
    }
  } finally {
    await session.close();
  }
  const lit = rows.flatMap((r) => r.lit);
  const outside = lit.filter((l) => l.outside).length;
  const judged = lit.filter((l) => l.outside !== null).length;
  const ms = rows.filter((r) => r.finished).map((r) => r.ms).sort((a, b) => a - b);
  const big = rows.filter((r) => r.finished && r.bytes > 1_000_000).map((r) => r.ms);
  console.log(`\n${rows.length} pages, ${rows.filter((r) => r.finished).length} finished, ${rows.filter((r) => r.errors.length).length} with errors, ${rows.filter((r) => r.changed).length} text changed`);
  const words = rows.reduce((n, r) => n + r.words, 0);
  const withAny = rows.filter((r) => r.lit.length);
  const wordsWithAny = withAny.reduce((n, r) => n + r.words, 0);
  console.log(`highlights per 1,000 words: ${perThousand(lit.length, words)} over all ${words} words; ${perThousand(lit.length, wordsWithAny)} over the ${wordsWithAny} words of the pages with any`);
  const counted = rows.reduce((n, r) => n + r.count, 0);
  console.log(`Readout's own count (data-readout-count, lit mentions wherever they are): ${counted}, ${perThousand(counted, words)} per 1,000 words`);
  console.log(`highlights ${lit.length} on ${rows.filter((r) => r.lit.length).length} pages; outside the article ${outside} of ${judged} (${judged ? (100 * outside / judged).toFixed(1) : '-'}%); hidden ${lit.filter((l) => l.hidden).length}`);
  console.log(`pass ms: median ${ms[ms.length >> 1]?.toFixed(1)}, max ${ms[ms.length - 1]?.toFixed(1)}; pages over 1 MB: ${big.map((x) => x.toFixed(0)).join(', ')} (painter: ${painter})`);
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/pages-highlights.tsv', tsv.join('\n') + '\n');
  if (rows.some((r) => !r.finished || r.errors.length || r.changed)) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exit(1); });
