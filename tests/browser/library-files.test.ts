import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openPopup, readoutDone, tabIdOf, toBackground } from '../../tools/browser';
import { withBrowser } from './with-browser';

const rig = withBrowser('tests/fixtures');

const options = async () => {
  const page = await rig.session.context.newPage();
  await page.goto(`chrome-extension://${rig.session.extensionId}/options.html`);
  await page.locator('h1').waitFor();
  return page;
};
const mine = () => toBackground<{ id: string; title: string }[]>(rig.session, 'userStatements', {});

// Files the reader might have saved: a Markdown note, a saved web page, and a JSON statement with a bad date.
const FILES = [
  { name: 'grain-call.md', mimeType: 'text/markdown', buffer: Buffer.from('# Wang Yi Speaks with Dmytro Kuleba on the Grain Corridor\n\nOn July 20, 2023, Wang Yi held a phone call with Ukrainian Foreign Minister Dmytro Kuleba on the Black Sea grain corridor.\n\nWang Yi said food security concerns the whole world. Both sides agreed to stay in touch.\n') },
  { name: 'borrell-visit.html', mimeType: 'text/html', buffer: Buffer.from('<!doctype html><html><head><title>Wang Yi Meets Josep Borrell in Beijing</title></head><body><nav>Home | News</nav><article><h1>Wang Yi Meets Josep Borrell in Beijing</h1><p>On October 13, 2023, Wang Yi met with EU High Representative Josep Borrell in Beijing.</p><p>Wang Yi said China and the EU are partners, not rivals.</p></article></body></html>') },
  { name: 'truss.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ title: 'Wang Yi Speaks with Liz Truss', date: '2022-02-30', source: 'Ministry of Foreign Affairs of the PRC', kind: 'call', language: 'en', participants: ['wang-yi'], body: ['Wang Yi spoke with British Foreign Secretary Liz Truss by phone.'] })) },
];

describe('files', () => {
  test('.md, .html and .json files become statements: proposals first, a bad field named, then saved', async () => {
    const page = await options();
    await page.locator('input[type="file"]').first().setInputFiles(FILES);
    await page.locator('[data-draft="2"]').waitFor();
    const field = (i: number, name: string) => page.locator(`[data-draft="${i}"] [name="${name}"]`);
    expect(await field(0, 'title').inputValue()).toBe('Wang Yi Speaks with Dmytro Kuleba on the Grain Corridor');
    expect(await field(0, 'date').inputValue()).toBe('2023-07-20');
    // The saved page's navigation is not the statement: Readability keeps the article.
    expect(await field(1, 'title').inputValue()).toBe('Wang Yi Meets Josep Borrell in Beijing');
    expect(await field(1, 'date').inputValue()).toBe('2023-10-13');
    for (const i of [0, 1]) await field(i, 'source').fill('Ministry of Foreign Affairs of the PRC');

    await page.getByRole('button', { name: /^Save 3 statements/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('truss.json: date');
    expect(await mine()).toEqual([]);

    await field(2, 'date').fill('2022-02-28');
    await page.getByRole('button', { name: /^Save 3 statements/ }).click();
    await page.getByText('Saved 3 statements.').waitFor();
    expect((await mine()).map((s) => s.title).sort()).toEqual(['Wang Yi Meets Josep Borrell in Beijing', 'Wang Yi Speaks with Dmytro Kuleba on the Grain Corridor', 'Wang Yi Speaks with Liz Truss']);
    await page.close();
  });

  test('the reader\'s statements survive the background worker stopping, and still rank first', async () => {
    await rig.session.context.serviceWorkers()[0].evaluate(() => { (globalThis as unknown as { beforeRestart: boolean }).beforeRestart = true; });
    // Stopped as Chrome stops an idle worker: its target closed through DevTools.
    const cdp = await rig.session.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(rig.session.extensionId));
    expect((await cdp.send('Target.closeTarget', { targetId: worker!.targetId })).success).toBe(true);
    await cdp.detach();
    const page = rig.session.context.pages()[0];

    // Any page wakes it: a new worker, with nothing of the old one in memory, loads them from IndexedDB.
    await page.goto(`${rig.site.url}/grain-corridor.html`);
    await readoutDone(page);
    const popup = await openPopup(rig.session, await tabIdOf(rig.session, page));
    const first = popup.locator('.statement').first();
    await first.waitFor();
    expect(await first.locator('h3').textContent()).toBe('Wang Yi Speaks with Dmytro Kuleba on the Grain Corridor');
    expect(await first.getAttribute('data-strength')).toBe('same-event');
    // The worker that answered is a new one: nothing of the old one's memory is left.
    const remembered = () => rig.session.context.serviceWorkers()[0].evaluate(() => (globalThis as unknown as { beforeRestart?: boolean }).beforeRestart ?? false).catch(() => 'gone');
    expect(await remembered()).toBe(false);
    await popup.close();
  });

  test('export downloads one JSON file; importing it after a wipe brings everything back', async () => {
    const page = await options();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything' }).click();
    const file = await (await download).path();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.format).toBe('readout-export');
    expect(data.statements).toHaveLength(3);
    expect(data.articles.length).toBeGreaterThan(0);
    const articles = (await toBackground<{ articles: number }>(rig.session, 'libraryStatus', {})).articles;

    for (const s of await mine()) await toBackground(rig.session, 'deleteStatement', { id: s.id });
    await toBackground(rig.session, 'clearHistory', {});
    expect(await mine()).toEqual([]);

    await page.reload();
    await page.locator('input[type="file"]').first().setInputFiles({ name: 'readout-export.json', mimeType: 'application/json', buffer: readFileSync(file) });
    await page.getByText(/readout-export\.json: imported 3 statements \(0 already stored\)/).waitFor();
    expect(await mine()).toHaveLength(3);
    expect((await toBackground<{ articles: number }>(rig.session, 'libraryStatus', {})).articles).toBe(articles);
    await page.close();
  });
});
