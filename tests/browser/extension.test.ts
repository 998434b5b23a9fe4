import { describe, expect, test } from 'vitest';
import { openPopup, readoutDone, stopWorker, tabIdOf, toBackground } from '../../tools/browser';
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

  test('a restarted worker reads the corpus from its kept copy, ranks as from the package, and reads the package again when the copy is damaged', async () => {
    const page = rig.session.context.pages()[0];
    const ranking = async () => {
      await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
      await readoutDone(page);
      const status = await toBackground<{ result: { result: { statements: { id: string; strength: string; passages: unknown[] }[] } } }>(rig.session, 'tabStatus', { tabId: await tabIdOf(rig.session, page) });
      return status.result.result.statements.map((r) => `${r.id} ${r.strength} ${JSON.stringify(r.passages)}`);
    };
    // What the worker keeps, read in the worker: the build of the kept core, against the package's.
    const kept = () => rig.session.context.serviceWorkers()[0].evaluate(async () => {
      const build = await (await fetch('/corpus/build.txt')).text();
      const db = await new Promise<IDBDatabase>((ok, bad) => { const r = indexedDB.open('readout-corpus-cache'); r.onsuccess = () => ok(r.result); r.onerror = () => bad(r.error); });
      const row = await new Promise<{ build: string; value: { statements?: unknown[] } } | undefined>((ok) => { const g = db.transaction('files').objectStore('files').get('core'); g.onsuccess = () => ok(g.result); g.onerror = () => ok(undefined); });
      db.close();
      return { same: row?.build === build, statements: row?.value?.statements?.length ?? 0 };
    }).catch(() => ({ same: false, statements: 0 }));
    const fromKept = async () => {
      for (const w of rig.session.context.serviceWorkers()) if (await w.evaluate(() => performance.getEntriesByName('readout:core-kept').length > 0).catch(() => false)) return true;
      return false;
    };
    // The worker is marked before it is stopped: the next answer must come from one that was started after.
    const restart = async () => {
      await rig.session.context.serviceWorkers()[0].evaluate(() => { (globalThis as { stoppedHere?: boolean }).stoppedHere = true; });
      expect(await stopWorker(rig.session)).toBe(true);
    };
    const isNew = async () => {
      for (const w of rig.session.context.serviceWorkers()) if (!(await w.evaluate(() => (globalThis as { stoppedHere?: boolean }).stoppedHere ?? false).catch(() => true))) return true;
      return false;
    };
    const fromPackage = await ranking();
    expect(fromPackage.length).toBeGreaterThan(0);
    await expect.poll(kept, { timeout: 30_000 }).toEqual({ same: true, statements: expect.any(Number) });
    expect((await kept()).statements).toBeGreaterThan(1000);

    await restart();
    expect(await ranking()).toEqual(fromPackage);
    expect(await isNew()).toBe(true);
    expect(await fromKept()).toBe(true);

    // A damaged copy of this build (the engine cannot read it): the package is read, and kept again.
    await rig.session.context.serviceWorkers()[0].evaluate(async () => {
      const build = await (await fetch('/corpus/build.txt')).text();
      const db = await new Promise<IDBDatabase>((ok) => { const r = indexedDB.open('readout-corpus-cache'); r.onsuccess = () => ok(r.result); });
      await new Promise<void>((ok) => { const tx = db.transaction('files', 'readwrite'); tx.objectStore('files').put({ build, value: { version: -1 } }, 'core'); tx.oncomplete = () => ok(); });
      db.close();
    });
    await restart();
    expect(await ranking()).toEqual(fromPackage);
    expect(await isNew()).toBe(true);
    await expect.poll(async () => (await kept()).statements, { timeout: 30_000 }).toBeGreaterThan(1000);
  }, 180_000);
});
