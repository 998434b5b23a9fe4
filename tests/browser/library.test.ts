import { describe, expect, test } from 'vitest';
import { openPopup, readoutDone, tabIdOf, toBackground } from '../../tools/browser';
import { withBrowser } from './with-browser';

const rig = withBrowser('tests/fixtures');
const QK = '2023-03-16-qin-gang-kuleba-call';

const options = async () => {
  const page = await rig.session.context.newPage();
  await page.goto(`chrome-extension://${rig.session.extensionId}/options.html`);
  await page.locator('h1').waitFor();
  return page;
};

describe('history', () => {
  test('two articles on one event: the statement\'s reader lists both, and the popup counts the other', async () => {
    const page = rig.session.context.pages()[0];
    for (const name of ['qin-kuleba-call.html', 'qin-kuleba-brief.html']) {
      await page.goto(`${rig.site.url}/${name}`);
      await readoutDone(page);
      // History is written once the page is ranked, a moment after the pass.
      await expect.poll(async () => (await toBackground<{ articles: number }>(rig.session, 'libraryStatus', {})).articles).toBe(name.includes('brief') ? 2 : 1);
    }
    const tabId = await tabIdOf(rig.session, page);
    const popup = await openPopup(rig.session, tabId);
    expect(await popup.locator(`[data-statement-id="${QK}"] .history-note`).textContent()).toBe('You read 1 other article on this event.');
    await popup.close();

    const reader = await rig.session.context.newPage();
    await reader.goto(`chrome-extension://${rig.session.extensionId}/reader.html?id=${QK}`);
    const items = reader.locator('.coverage li');
    await expect.poll(() => items.count()).toBe(2);
    const urls = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
    // The brief's canonical link is what history keys it by; the first page has none.
    expect(urls.sort()).toEqual([`${rig.site.url}/qin-kuleba-call.html`, `${rig.site.url}/world/qin-kuleba-call`].sort());
    expect(await items.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Harbour Post')]));
    await reader.screenshot({ path: 'artifacts/reader-coverage.png', fullPage: true });
    await reader.close();
  });

  test('clear history empties it', async () => {
    const page = await options();
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Clear history' }).click();
    await page.locator('[data-history-count="0"]').waitFor();
    expect((await toBackground<{ articles: number; links: number }>(rig.session, 'libraryStatus', {}))).toMatchObject({ articles: 0, links: 0 });
    await page.close();
  });
});

describe('the reader\'s own statements', () => {
  test('added through the options page, checked, then highlighted and ranked on a page that speaks of it', async () => {
    const page = await options();
    await page.locator('#readout-paste').fill([
      'Wang Yi Holds Phone Call with Dmytro Kuleba on the Grain Corridor',
      'On July 20, 2023, Wang Yi held a phone call with Ukrainian Foreign Minister Dmytro Kuleba on the Black Sea grain corridor.',
      'Wang Yi said food security concerns the whole world. Both sides agreed to stay in touch.',
    ].join('\n\n'));
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    const draft = page.locator('[data-draft="0"]');
    await draft.waitFor();
    expect(await draft.locator('input[name="title"]').inputValue()).toBe('Wang Yi Holds Phone Call with Dmytro Kuleba on the Grain Corridor');
    expect(await draft.locator('input[name="date"]').inputValue()).toBe('2023-07-20');
    expect(await draft.locator('select[name="participants"]').evaluate((s: HTMLSelectElement) => Array.from(s.selectedOptions, (o) => o.value).sort())).toEqual(['dmytro-kuleba', 'wang-yi']);

    // Readout cannot know the source: saving without one names the field, and stores nothing.
    await page.getByRole('button', { name: /^Save 1 statement/ }).click();
    expect(await page.getByRole('alert').textContent()).toContain('pasted text: source: missing');
    await draft.locator('input[name="source"]').fill('Ministry of Foreign Affairs of the PRC');
    await page.getByRole('button', { name: /^Save 1 statement/ }).click();
    await page.getByText('Saved 1 statement.').waitFor();
    const id = await page.locator('.mine li').first().getAttribute('data-statement-id');
    expect(id).toMatch(/^2023-07-20-wang-yi-holds-phone-call/);
    await page.screenshot({ path: 'artifacts/options.png', fullPage: true });
    await page.close();

    const news = rig.session.context.pages()[0];
    await news.goto(`${rig.site.url}/grain-corridor.html`);
    const state = await readoutDone(news);
    expect(state.readoutPeople.split(' ')).toEqual(expect.arrayContaining(['wang-yi', 'dmytro-kuleba']));
    const popup = await openPopup(rig.session, await tabIdOf(rig.session, news));
    const first = popup.locator('.statement').first();
    await first.waitFor();
    expect(await first.getAttribute('data-statement-id')).toBe(id);
    expect(await first.getAttribute('data-strength')).toBe('same-event');
    await popup.close();
  });
});

describe('what to highlight, and in which colour', () => {
  test('topics off leaves only people; a colour of the reader\'s own is used, and goes when Readout stops', async () => {
    const page = rig.session.context.pages()[0];
    await toBackground(rig.session, 'setSettings', { highlightTopics: false, personColour: '#ff00aa' });
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    const state = await readoutDone(page);
    expect(state.readoutTopics).toBe('');
    expect(state.readoutPeople.split(' ')).toContain('qin-gang');
    expect(await page.evaluate(() => CSS.highlights.get('readout-topic')?.size ?? 0)).toBe(0);
    const rules = () => page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('\n'));
    expect(await rules()).toContain('rgba(255, 0, 170, 0.3');
    await toBackground(rig.session, 'setSettings', { enabled: false });
    await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await toBackground(rig.session, 'setSettings', { enabled: true, highlightTopics: true, personColour: '#ffc400' });
  });
});
