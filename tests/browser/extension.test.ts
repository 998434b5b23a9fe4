import { describe, expect, test } from 'vitest';
import { openPopup, readoutDone, tabIdOf } from '../../tools/browser';
import { withBrowser } from './with-browser';

// On pages the project wrote.
const rig = withBrowser('tests/fixtures');

describe('the extension in Chromium', () => {
  test('loads: its service worker runs and its manifest asks only for the menu, the side panel and session storage', async () => {
    const worker = rig.session.context.serviceWorkers()[0];
    const manifest = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number; permissions?: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect((manifest.permissions ?? []).sort()).toEqual(['contextMenus', 'sidePanel', 'storage']);
  });

  test('a news page gets analysed and the popup ranks the right statement first', async () => {
    const page = rig.session.context.pages()[0];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    await readoutDone(page);

    const popup = await openPopup(rig.session, await tabIdOf(rig.session, page));
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
    const page = rig.session.context.pages()[0];
    await page.goto(`${rig.site.url}/look-alikes.html`);
    const state = await readoutDone(page);
    expect(state.readoutPeople).toBe('');
    const popup = await openPopup(rig.session, await tabIdOf(rig.session, page));
    await popup.locator('[data-state="no-match"]').waitFor();
    await popup.close();
  });
});
