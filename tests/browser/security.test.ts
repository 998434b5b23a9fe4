import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { cardText, command, openPopup, pointOf, readoutDone, tabIdOf, toBackground } from '../../tools/browser';
import { withBrowser } from './with-browser';

const rig = withBrowser('tests/fixtures');

// A statement whose every field carries markup and script: all of it must be shown as text, nowhere run.
const TITLE = 'Wang Yi <img src=x onerror="window.__pwned=1"> and Dmytro Kuleba Discuss the Grain Corridor';
const SECRET = 'Wang Yi held a phone call with Ukrainian Foreign Minister';
const HOSTILE = {
  title: TITLE, date: '2023-07-20', source: 'Ministry of <i>Markup</i>', kind: 'call', language: 'en',
  participants: ['wang-yi', 'dmytro-kuleba'],
  body: [
    'On July 20, 2023, Wang Yi held a phone call with Ukrainian Foreign Minister Dmytro Kuleba on the Black Sea grain corridor. <script>window.__pwned=2</script>',
    `Wang Yi said ${SECRET} <b onmouseover="window.__pwned=3">and useful</b>, and that food security concerns the whole world.`,
  ],
};

/** Markup from the statement turned into elements, or code of it that ran, in a view. */
function injected(view: Page) {
  return view.evaluate(() => ({
    handlers: document.querySelectorAll('[onerror], [onmouseover]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    markupElements: document.querySelectorAll('body img, body i, body b').length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
  }));
}
const CLEAN = { handlers: 0, inlineScripts: 0, markupElements: 0, pwned: null };

let id: string;
beforeAll(async () => {
  const r = await toBackground<{ ok: boolean; added: { id: string }[]; problems?: string[] }>(rig.session, 'addStatements', { items: [HOSTILE], where: ['hostile.json'] });
  expect(r.problems).toBeUndefined();
  id = r.added[0].id;
});

describe('statements with HTML or script', () => {
  test('are shown as text in the popup, its search, the reader, the accounts view and the options page', async () => {
    const page = rig.session.context.pages()[0];
    await page.goto(`${rig.site.url}/hostile.html`);
    await readoutDone(page);
    const tabId = await tabIdOf(rig.session, page);
    const popup = await openPopup(rig.session, tabId);
    const item = popup.locator(`.statement[data-statement-id="${id}"]`);
    await item.waitFor();
    expect(await item.locator('h3').textContent()).toBe(TITLE);
    expect(await item.locator('.source').textContent()).toBe('Ministry of <i>Markup</i>');
    expect(await injected(popup)).toEqual(CLEAN);

    // Words only the imported statement has, from the paragraph that carries the markup: it is the hit, and
    // that paragraph its snippet.
    await popup.locator('input[type="search"]').fill('onmouseover useful');
    const hit = popup.locator(`.statement[data-statement-id="${id}"]`);
    await hit.waitFor();
    expect(await hit.textContent()).toContain('<b onmouseover="window.__pwned=3">');
    expect(await injected(popup)).toEqual(CLEAN);
    await popup.close();

    const reader = await rig.session.context.newPage();
    await reader.goto(`chrome-extension://${rig.session.extensionId}/reader.html?id=${id}`);
    await reader.getByRole('heading', { level: 1 }).waitFor();
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await reader.locator('body').textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await injected(reader)).toEqual(CLEAN);
    // The accounts view of its event, against the hostile page's own text.
    await reader.goto(`chrome-extension://${rig.session.extensionId}/reader.html?event=${id}&tabId=${tabId}`);
    await reader.locator('.accounts-table tbody td').first().waitFor();
    expect(await reader.locator('.accounts-table').textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await reader.locator('.account-list').textContent()).toContain(TITLE);
    expect(await injected(reader)).toEqual(CLEAN);
    await reader.goto(`chrome-extension://${rig.session.extensionId}/options.html`);
    await reader.locator(`.mine li[data-statement-id="${id}"]`).waitFor();
    expect(await reader.locator(`.mine li[data-statement-id="${id}"]`).textContent()).toContain(TITLE);
    expect(await injected(reader)).toEqual(CLEAN);
    await reader.close();
  });
});

describe('a hostile page', () => {
  test('that hooks DOM prototypes and listens to everything reads nothing of the card, and cannot drive it', async () => {
    const page = rig.session.context.pages()[0];
    await page.bringToFront();
    await page.goto(`${rig.site.url}/hostile.html`);
    const before = Number((await readoutDone(page)).readoutCount);
    expect(before).toBeGreaterThan(3);

    // Synthetic pointer events on a highlight open nothing: only the reader's own pointer does.
    const p = await pointOf(page, 'Kuleba');
    await page.evaluate(({ x, y }) => {
      for (const type of ['pointermove', 'mousemove', 'mouseover']) document.elementFromPoint(x, y)?.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true }));
    }, p);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.querySelector('readout-card'))).toBeNull();

    // The reader's pointer opens the card, whose statements are really there (read through DevTools).
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain(SECRET);
    expect(await cardText(page)).toContain('<img src=x onerror=');
    // The one inline script is the page's own hooks.
    expect(await injected(page)).toEqual({ ...CLEAN, inlineScripts: 1 });

    // What the page could catch: no statement text, no shadow root of Readout's, no message.
    const seen = await page.evaluate(() => {
      const s = (window as unknown as { __seen: { text: string[]; shadows: number; messages: string[]; events: string[] } }).__seen;
      const host = document.querySelector('readout-card');
      return { ...s, hostRoot: host ? host.shadowRoot : 'no host', hostText: host?.textContent ?? null };
    });
    expect(seen.hostRoot).toBeNull();
    expect(seen.hostText).toBe('');
    expect(seen.shadows).toBe(0);
    expect(seen.messages).toEqual([]);
    const caught = JSON.stringify(seen);
    for (const secret of [SECRET, 'Foreign Minister of Ukraine', 'grain corridor. <script>', 'Ministry of <i>Markup']) expect(caught).not.toContain(secret);

    // Clicking the card's host, or whatever is under the pointer, cannot press the card's button.
    const pages = rig.session.context.pages().length;
    await page.evaluate(() => {
      const host = document.querySelector('readout-card') as HTMLElement;
      host.click();
      const r = host.getBoundingClientRect();
      (document.elementFromPoint(r.x + r.width / 2, r.bottom - 12) as HTMLElement | null)?.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect(rig.session.context.pages().length).toBe(pages);
    await page.mouse.move(5, 5);
    await expect.poll(() => page.evaluate(() => document.querySelector('readout-card') === null)).toBe(true);
  });

  test('cannot reach the extension, nor stop Readout by posing as a newer copy of its script', async () => {
    const page = rig.session.context.pages()[0];
    await page.goto(`${rig.site.url}/hostile.html`);
    const before = Number((await readoutDone(page)).readoutCount);
    const reach = await page.evaluate(async (extId) => {
      const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      const file = await fetch(`chrome-extension://${extId}/manifest.json`).then(() => 'read', () => 'refused');
      // Posing as WXT's "a newer copy started" signal, in both forms WXT has used.
      window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'x' }, '*');
      document.dispatchEvent(new CustomEvent(`${extId}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'x' } }));
      return { messaging: typeof c?.runtime?.sendMessage, file };
    }, rig.session.extensionId);
    expect(reach).toEqual({ messaging: 'undefined', file: 'refused' });
    // Readout still runs: a paragraph added afterwards gets its highlights.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Dmytro Kuleba thanked Wang Yi for the call.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(async () => Number(await page.evaluate(() => document.documentElement.dataset.readoutCount)), { timeout: 5_000 }).toBeGreaterThan(before);
  });

  test('that defines <readout-card> as its own element gets no card; the error goes to the background, not the page', async () => {
    // The page's custom element would be handed the card's closed shadow root through ElementInternals:
    // Readout refuses to show a card there. The refusal is a real error inside the content script.
    const page = rig.session.context.pages()[0];
    await page.goto(`${rig.site.url}/claimed-card.html`);
    const done = await readoutDone(page);
    expect(Number(done.readoutCount)).toBeGreaterThan(3);
    const url = page.url();
    const reported = async () => (await toBackground<{ message: string; url: string }[]>(rig.session, 'recentErrors', {})).filter((e) => e.url === url);

    const p = await pointOf(page, 'Kuleba');
    await page.mouse.move(p.x, p.y);
    await expect.poll(async () => (await reported()).length, { timeout: 5_000 }).toBe(1);
    expect((await reported())[0].message).toMatch(/defines its own <readout-card> element.*no card on this page/);
    // The keyboard's way to a card is refused too, without a second report.
    await command(rig.session, await tabIdOf(rig.session, page), 'next-mention');
    await page.waitForTimeout(500);
    expect(await reported()).toHaveLength(1);

    const seen = await page.evaluate(() => {
      const c = (window as unknown as { __claimed: { constructed: number; errors: string[]; internals: ElementInternals[] } }).__claimed;
      return { errors: c.errors, roots: c.internals.map((i) => i.shadowRoot?.textContent ?? null), inPage: document.querySelectorAll('readout-card').length };
    });
    // The page saw no error of Readout's, reached no card, and no card was put in it.
    expect(seen).toEqual({ errors: [], roots: seen.roots.map(() => null), inPage: 0 });
    expect(await cardText(page)).toBeNull();
    // Highlights are untouched by the refusal.
    expect(await page.evaluate(() => document.documentElement.dataset.readoutCount)).toBe(done.readoutCount);
  });
});
