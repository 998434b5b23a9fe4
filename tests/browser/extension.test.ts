import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, openPopup, readoutDone, serve, tabIdOf, type Session } from '../../tools/browser';

// The built extension (npm test builds it first) in real Chromium, on pages the project wrote.
let session: Session;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve('tests/fixtures');
  session = await launch();
  mkdirSync('artifacts', { recursive: true });
});
afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('the extension in Chromium', () => {
  test('loads: its service worker runs and its manifest asks for no permission', async () => {
    const worker = session.context.serviceWorkers()[0];
    const manifest = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number; permissions?: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions ?? []).toEqual([]);
  });

  test('a news page gets analysed and the popup ranks the right statement first', async () => {
    const page = session.context.pages()[0];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/qin-kuleba-call.html`);
    await readoutDone(page);

    const popup = await openPopup(session, await tabIdOf(session, page));
    const first = popup.locator('[data-statement-id]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-statement-id')).toBe('2023-03-16-qin-gang-kuleba-call');
    expect(await first.getAttribute('data-strength')).toBe('same-event');
    expect(await first.textContent()).toContain('Participants named: Qin Gang, Dmytro Kuleba');
    await expect.poll(() => popup.locator('.chip.person').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Qin Gang')]));
    await popup.screenshot({ path: 'artifacts/test-popup-qin-kuleba.png', fullPage: true });
    await popup.close();
    expect(errors).toEqual([]);
  });

  test('a page with only look-alikes matches nothing', async () => {
    const page = session.context.pages()[0];
    await page.goto(`${site.url}/look-alikes.html`);
    const state = await readoutDone(page);
    expect(state.readoutPeople).toBe('');
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.getByText('No official statement matches this page.').waitFor();
    await popup.close();
  });
});
