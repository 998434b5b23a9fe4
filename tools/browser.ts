// Real Chromium with the built extension loaded: used by `npm start`, the browser tests and the benchmarks.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

const CANDIDATES = [
  process.env.READOUT_BROWSER, process.env.CHROME_PATH,
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT = 'No Chromium or Chrome was found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium; macOS: install Google Chrome), or set READOUT_BROWSER to its path.';

/** The first of `paths` that exists. */
export function firstExisting(paths: (string | undefined)[]): string | null {
  return paths.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export function findBrowser(): string | null {
  return firstExisting(CANDIDATES);
}

/** Chromium without its own background traffic or first-run pages: every run, with Readout or without. */
export const QUIET_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

export const CHROME_DIST = resolve('dist/chrome-mv3');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts Chromium with Readout loaded, in a throwaway profile; closes cleanly. */
export async function launch(opts: { headless?: boolean; dist?: string; args?: string[] } = {}): Promise<Session> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const dist = opts.dist ?? CHROME_DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run npm run build first.`);
  const dir = mkdtempSync(join(tmpdir(), 'readout-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...QUIET_ARGS, ...(opts.args ?? [])],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context, extensionId,
    async close() { await context.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.xml': 'application/xml', '.svg': 'image/svg+xml' };

/** Serves a folder on 127.0.0.1, as a news site would (content scripts do not run on file://). */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = resolve(root, '.' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(root) || !existsSync(path)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** The id of the tab showing `page`, asked of the extension (tabs hide their URLs without the tabs permission). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const probe = await session.context.newPage();
  await probe.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=-1`);
  // Tabs are listed in the order they were opened; the probe is the newest.
  const ids: number[] = await probe.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; getCurrent(): Promise<{ id: number }> } } }).chrome;
    const self = await api.tabs.getCurrent();
    return (await api.tabs.query({})).map((t) => t.id).filter((id) => id !== self.id);
  });
  await probe.close();
  const index = session.context.pages().indexOf(page);
  if (index < 0 || ids.length !== session.context.pages().length) throw new Error(`cannot tell which tab shows ${page.url()}`);
  return ids[index];
}

/** Opens the popup for a tab, as the toolbar button would. */
export async function openPopup(session: Session, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Waits until Readout has finished a pass over the page. */
export async function readoutDone(page: Page, timeout = 20_000): Promise<Record<string, string>> {
  await page.waitForFunction(() => document.documentElement.dataset.readoutState === 'done', null, { timeout });
  return page.evaluate(() => ({ ...document.documentElement.dataset }) as Record<string, string>);
}

/** The middle of the first occurrence of `word` in the page's text, in viewport coordinates. */
export async function pointOf(page: Page, word: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.textContent ?? '').indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
    return null;
  }, word);
  if (!p) throw new Error(`"${word}" is not on the page`);
  return p;
}

/**
 * The text of Readout's card, read through the DevTools protocol: the card lives in a
 * closed shadow root that page scripts (and so ordinary test selectors) cannot enter.
 */
export async function cardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
    const host = find(root, (n) => n.localName === 'readout-card');
    if (!host) return null;
    const texts: string[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeType === 3 && n.nodeValue?.trim()) texts.push(n.nodeValue.trim());
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
    };
    walk(host);
    return texts.join(' ');
  } finally {
    await cdp.detach();
  }
}

/** The card's box in the viewport, through the DevTools protocol (closed shadow root). */
export async function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode & { nodeId: number } };
    const card = find(root, (n) => n.localName === 'div' && (n.attributes ?? []).some((a, i, all) => a === 'class' && /\bcard\b/.test(all[i + 1] ?? '')));
    if (!card) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: (card as CdpNode & { backendNodeId: number }).backendNodeId }) as { model: { border: number[]; width: number; height: number } };
    return { x: model.border[0], y: model.border[1], width: model.width, height: model.height };
  } finally {
    await cdp.detach();
  }
}

interface CdpNode { nodeType: number; localName?: string; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }
function find(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | null {
  if (pred(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) { const f = find(c, pred); if (f) return f; }
  return null;
}

/** Sends a message to the background as the popup would. */
export async function toBackground<T>(session: Session, type: string, body: unknown): Promise<T> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=-1`);
    return await page.evaluate(([t, b]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: t, body: b }), [type, body] as const) as T;
  } finally {
    await page.close();
  }
}

/** Sends a tab the message the keyboard command sends. */
export async function command(session: Session, tabId: number, name: 'next-mention' | 'previous-mention'): Promise<void> {
  const worker = session.context.serviceWorkers()[0];
  await worker.evaluate(([id, n]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'command', name: n }), [tabId, name] as const);
}

/** The toolbar button's badge for a tab: how many statements the worker ranked for its page ('' for none yet). */
export async function badgeOf(session: Session, tabId: number): Promise<{ text: string; colour: number[] }> {
  return session.context.serviceWorkers()[0].evaluate(async (id) => {
    const a = (globalThis as unknown as { chrome: { action: { getBadgeText(o: object): Promise<string>; getBadgeBackgroundColor(o: object): Promise<number[]> } } }).chrome.action;
    return { text: await a.getBadgeText({ tabId: id }), colour: await a.getBadgeBackgroundColor({ tabId: id }) };
  }, tabId);
}

/** Waits until the toolbar counts the tab's statements: the worker has ranked its page, as a reader sees. */
export async function badgeShown(session: Session, tabId: number, timeout = 30_000): Promise<string> {
  for (const end = Date.now() + timeout; ; await new Promise((ok) => setTimeout(ok, 50))) {
    const { text } = await badgeOf(session, tabId);
    if (text) return text;
    if (Date.now() > end) throw new Error(`the toolbar showed no count for tab ${tabId} within ${timeout} ms`);
  }
}

/** The extension's service worker target, as DevTools lists it. */
async function workerTarget(session: Session): Promise<{ cdp: CDPSession; targetId: string } | null> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const t = targetInfos.find((i) => i.type === 'service_worker' && i.url.includes(session.extensionId));
  if (!t) { await cdp.detach(); return null; }
  return { cdp, targetId: t.targetId };
}

/** Stops the background worker as Chrome stops an idle one: its target closed through DevTools. */
export async function stopWorker(session: Session): Promise<boolean> {
  const w = await workerTarget(session);
  if (!w) return false;
  try {
    return (await w.cdp.send('Target.closeTarget', { targetId: w.targetId })).success;
  } finally {
    await w.cdp.detach();
  }
}

/**
 * The background worker's JS heap in use, after a full collection, in bytes. Playwright gives no CDP
 * session on a worker, so the worker's own protocol is spoken through its browser-level target.
 */
export async function workerHeap(session: Session): Promise<{ used: number; total: number } | null> {
  const w = await workerTarget(session);
  if (!w) return null;
  const { cdp, targetId } = w;
  try {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    let next = 1;
    const pending = new Map<number, (r: { result?: unknown; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (m.id !== undefined) pending.get(m.id)?.(m);
    });
    const call = async (method: string, params: object = {}) => {
      const id = next++;
      const answer = new Promise<{ result?: unknown; error?: unknown }>((ok) => pending.set(id, ok));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      const r = await answer;
      if (r.error) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.result;
    };
    await call('HeapProfiler.collectGarbage');
    const heap = await call('Runtime.getHeapUsage') as { usedSize: number; totalSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return { used: heap.usedSize, total: heap.totalSize };
  } finally {
    await cdp.detach();
  }
}
