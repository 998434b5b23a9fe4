import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openPopup, readoutDone, tabIdOf, type Session } from '../../tools/browser';
import { browserOwnHosts, hostOf, recordingProxy, SITE } from './recording-proxy';

let proxy: Awaited<ReturnType<typeof recordingProxy>>;
let session: Session;
beforeAll(async () => {
  proxy = await recordingProxy('tests/fixtures');
  session = await launch({ args: proxy.args });
});
afterAll(async () => { await session?.close(); await proxy?.close(); });

test('nothing Readout does reaches the network: pages analysed, popup, search, reader, side panel, options', async () => {
  const started = Date.now();
  const pages = ['qin-kuleba-call.html', 'harbin-visit-ru.html', 'spa.html', 'strict-csp.html'];
  const page = session.context.pages()[0];
  const popups = [];
  for (const name of pages) {
    await page.goto(`${SITE}/${name}`);
    await readoutDone(page);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.locator('.statement, [data-state]').first().waitFor();
    popups.push(popup);
  }
  const popup = popups[0];
  await popup.locator('input[type="search"]').fill('Kuleba');
  await popup.locator('.statement').first().waitFor();
  const reader = await session.context.newPage();
  await reader.goto(`chrome-extension://${session.extensionId}/reader.html?id=2023-03-16-qin-gang-kuleba-call`);
  await reader.locator('.passage, p').first().waitFor();
  const side = await session.context.newPage();
  await side.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('h1').waitFor();
  // Background work that follows a visit (ranking, history, badge) settles within the debounce; give it room.
  await page.waitForTimeout(1_500);

  // Of the site, the browser asked for the pages and what they load (and the favicon), nothing more: Readout
  // never fetches an article or anything else from the site it reads.
  const asked = [...new Set(proxy.requests)];
  const site = new URL(SITE).hostname;
  const ofSite = new Set([...pages, 'spa.js', 'favicon.ico'].map((n) => `GET ${SITE}/${n}`));
  expect(asked.filter((r) => hostOf(r) === site && !ofSite.has(r))).toEqual([]);
  expect(asked).toContain(`GET ${SITE}/qin-kuleba-call.html`);
  // Elsewhere: only hosts the same Chromium contacts with no extension loaded (its updater and sign-in).
  const own = await browserOwnHosts(pages.map((n) => `${SITE}/${n}`), Date.now() - started);
  expect(asked.filter((r) => hostOf(r) !== site && !own.has(hostOf(r)))).toEqual([]);
}, 300_000);

test("the extension's pages and worker cannot connect anywhere: the CSP forbids it, whatever code asks", async () => {
  const view = await session.context.newPage();
  await view.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=-1`);
  const tryFetch = () => fetch('http://news.readout.test/qin-kuleba-call.html').then(() => 'fetched', (e: Error) => e.name);
  expect(await view.evaluate(tryFetch)).toBe('TypeError');
  expect(await session.context.serviceWorkers()[0].evaluate(tryFetch)).toBe('TypeError');
  await view.close();
});
