import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, QUIET_ARGS } from '../../tools/browser';

/** A made-up news site: only reachable through the proxy, so no request can reach it any other way. */
export const SITE = 'http://news.readout.test';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * The browser's only way out (`--proxy-server`, loopback included): serves `dir` as SITE and records every
 * request the browser makes, whoever makes it, for any address. Secure tunnels (CONNECT) are recorded and refused.
 */
export async function recordingProxy(dir: string) {
  const root = resolve(dir);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://unknown');
    const path = resolve(root, '.' + decodeURIComponent(url.pathname));
    if (url.origin !== SITE || !path.startsWith(root) || !existsSync(path)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  server.on('connect', (req, socket) => { requests.push(`CONNECT ${req.url}`); socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'); });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    requests,
    args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

/** The host of a recorded request ("CONNECT host:443" or "GET http://host/path"). */
export function hostOf(request: string): string {
  const target = request.split(' ')[1];
  return request.startsWith('CONNECT ') ? target.replace(/:\d+$/, '') : new URL(target).hostname;
}

/**
 * The hosts Chromium contacts by itself (its updater, its sign-in service) while it visits `urls` with no
 * extension at all: requests to them in a run with Readout are the browser's, not Readout's.
 */
export async function browserOwnHosts(urls: string[], forMs = 2_000): Promise<Set<string>> {
  const proxy = await recordingProxy('tests/fixtures');
  const context = await chromium.launchPersistentContext('', {
    executablePath: findBrowser() ?? undefined, headless: true,
    args: [...QUIET_ARGS, ...proxy.args],
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const start = Date.now();
    for (const url of urls) await page.goto(url);
    // As long as the session it is compared with: Chromium contacts some of its services only after a while.
    await page.waitForTimeout(Math.max(2_000, forMs - (Date.now() - start)));
  } finally {
    await context.close();
    await proxy.close();
  }
  return new Set(proxy.requests.map(hostOf).filter((h) => h !== new URL(SITE).hostname));
}
