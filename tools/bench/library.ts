// The reader's library at scale, in real Chromium with the built extension: importing 100
// statements, and the popup with 1,000 statements of the reader's and 10,000 articles of history.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, launch, readoutDone, serve, tabIdOf, type Session } from '../browser';
import { popupOpens } from './popup';
import { rng, sentence, WORDS } from './synthetic';
import { newsPage } from './news-page';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Enough opens that the occasional slow start on a busy machine shows in the worst figure. */
const OPENS = 15;
const PEOPLE = [['wang-yi', 'Wang Yi'], ['dmytro-kuleba', 'Dmytro Kuleba'], ['qin-gang', 'Qin Gang'], ['vladimir-putin', 'Vladimir Putin'], ['xi-jinping', 'Xi Jinping']];

function statements(n: number, seed: number): object[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const [a, b] = [PEOPLE[i % PEOPLE.length], PEOPLE[(i + 1 + Math.floor(r() * 3)) % PEOPLE.length]];
    const topic = `${WORDS[Math.floor(r() * WORDS.length)]} ${WORDS[Math.floor(r() * WORDS.length)]}`;
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 2000) * 86_400_000).toISOString().slice(0, 10);
    return {
      title: `${a[1]} and ${b[1]} on ${topic} (${seed}-${i})`, date: day, source: 'Bench ministry', kind: 'call', language: 'en',
      participants: [a[0], b[0]], body: Array.from({ length: 5 }, () => sentence(r, [a[1], b[1], topic], 40)),
    };
  });
}

function history(n: number): object {
  const now = Date.now();
  const articles = Array.from({ length: n }, (_, i) => ({ url: `https://news${i % 50}.example/story-${i}`, title: `Story ${i}`, outlet: `News ${i % 50}`, date: '2023-03-17', firstSeen: now - i * 60_000, lastSeen: now - i * 60_000 }));
  const ids = ['2023-03-16-qin-gang-kuleba-call', '2022-12-30-xi-putin-video-call', '2024-05-16-putin-state-visit-beijing-harbin', '2022-02-25-wang-yi-five-point-position'];
  const links = articles.map((a, i) => ({ url: a.url, statementId: ids[i % ids.length], strength: i % 3 ? 'related' : 'same-event', passages: [{ article: 0, statement: 1, kind: 'quote' }], quote: 'A quoted sentence.', firstSeen: a.firstSeen, lastSeen: a.lastSeen }));
  return { format: 'readout-export', version: 1, exportedAt: new Date().toISOString(), settings: {}, statements: [], articles, links };
}

/** Sends a message to the background from an extension page and times it there. */
async function timed(session: Session, type: string, body: unknown): Promise<{ ms: number; res: { ok?: boolean; problems?: string[] } }> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=-1`);
    return await page.evaluate(async ([t, b]) => {
      const t0 = performance.now();
      const res = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, body: b });
      return { ms: performance.now() - t0, res: res as { ok?: boolean } };
    }, [type, body] as const);
  } finally {
    await page.close();
  }
}

export async function libraryBench(): Promise<void> {
  if (!findBrowser()) { console.log('\nlibrary: skipped (no Chromium or Chrome; see README)'); return; }
  const dir = mkdtempSync(join(tmpdir(), 'readout-library-'));
  writeFileSync(join(dir, 'page.html'), newsPage(20_000, true));
  const site = await serve(dir);
  const session = await launch();
  try {
    console.log('\nthe reader\'s library (real Chromium and IndexedDB)');
    const imports: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const items = statements(100, batch + 1);
      const { ms, res } = await timed(session, 'addStatements', { items, where: items.map((_, i) => `bench[${i}]`) });
      if (!res.ok) throw new Error(`import failed: ${res.problems?.join('; ')}`);
      imports.push(ms);
    }
    console.log(`  import of 100 statements (checked, analysed, stored in one transaction, added to the index): median ${median(imports).toFixed(0)} ms, worst ${Math.max(...imports).toFixed(0)} ms of 10 batches (target 2,000 ms) -> ${(Math.max(...imports) / 2000).toFixed(2)}x`);
    const h = await timed(session, 'importData', { text: JSON.stringify(history(10_000)), file: 'bench.json' });
    if (!h.res.ok) throw new Error(`history import failed: ${h.res.problems?.join('; ')}`);
    console.log(`  history of 10,000 articles imported in ${h.ms.toFixed(0)} ms`);

    const page = session.context.pages()[0];
    await page.goto(`${site.url}/page.html`);
    await readoutDone(page, 120_000);
    const tabId = await tabIdOf(session, page);
    await page.waitForTimeout(1000);
    const { ms } = await popupOpens(session, tabId, OPENS);
    console.log(`  (each: ${ms.join(", ")})`);
    console.log(`  popup to results with 1,000 statements of the reader's and 10,000 articles: median ${median(ms).toFixed(0)} ms, worst ${Math.max(...ms).toFixed(0)} ms of ${OPENS} (target 100 ms) -> ${(Math.max(...ms) / 100).toFixed(2)}x`);
  } finally {
    await session.close();
    await site.close();
  }
}
