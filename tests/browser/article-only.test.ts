import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readoutDone, toBackground } from '../../tools/browser';
import { withBrowser } from './with-browser';

const rig = withBrowser('tests/fixtures');

// tests/fixtures/pages/: pages of the browser tests alone (the fixtures test reads the others through Readability).
// A page whose menus, related stories, teasers, comments and prompts are marked the way real sites mark them
// (roles, class names, lists of links), with hidden text and a name broken across lines inside a link.
describe.each([['highlight', false], ['elements', true]] as const)('%s painter', (_painter, asElements) => {
  let page: Page;
  beforeAll(async () => {
    await toBackground(rig.session, 'setSettings', { enabled: true, offSites: [], highlightsAsElements: asElements, highlightAround: false });
    page = rig.session.context.pages()[0];
  });

  test('only the article is lit and counted; hidden text never', async () => {
    await page.goto(`${rig.site.url}/pages/around-article.html`);
    await readoutDone(page);
    // The blocks around the article leave the analysis in a message after the pass's last batch.
    await expect.poll(() => page.evaluate(() => (document.documentElement.dataset.readoutPeople ?? '').split(' ').sort()), { timeout: 10_000 })
      .toEqual(['josep-borrell', 'vladimir-putin', 'wang-yi']);
    if (asElements) {
      const marks = await page.$$eval('readout-mark', (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ')));
      // The name broken by a line break inside its link is one highlight, whole.
      expect(marks).toContain('Vladimir Putin');
      expect(marks).not.toContain('Putin');
      expect(marks.join('|')).not.toMatch(/Kuleba|Truss|Xi Jinping|Bonne|Han Zheng|Lavrov|Blinken/);
    }
  });

  test('a hidden paragraph shown later is lit then', async () => {
    await page.goto(`${rig.site.url}/pages/around-article.html`);
    await readoutDone(page);
    await page.evaluate(() => document.getElementById('more')!.removeAttribute('hidden'));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.readoutPeople ?? ''), { timeout: 5_000 }).toContain('han-zheng');
  });

  // With hundreds of people known, a page is lit where it ties to its statements and where it names people in full;
  // the rest is counted (chips, ranking) but unlit unless the reader asks for everything.
  test('by default, what ties the page to its statements is lit; every mention on request', async () => {
    const lit = async () => {
      const state = await readoutDone(page);
      if (!asElements) return { state, marks: null };
      await page.waitForFunction(() => document.querySelectorAll('readout-mark').length > 0, null, { timeout: 10_000 });
      return { state, marks: await page.$$eval('readout-mark', (els) => els.map((e) => e.getAttribute('data-readout-id'))) };
    };
    await page.goto(`${rig.site.url}/pages/tied-and-not.html`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.readoutPeople ?? ''), { timeout: 10_000 }).toContain('robert-abela');
    const byDefault = await lit();
    await toBackground(rig.session, 'setSettings', { highlightAll: true });
    await page.goto(`${rig.site.url}/pages/tied-and-not.html`);
    const all = await lit();
    await toBackground(rig.session, 'setSettings', { highlightAll: false });
    expect(Number(all.state.readoutCount)).toBe(Number(byDefault.state.readoutCount) + 1);
    if (asElements) {
      expect(byDefault.marks).toEqual(expect.arrayContaining(['wang-yi', 'josep-borrell']));
      expect(byDefault.marks).not.toContain('robert-abela');
      expect(all.marks).toContain('robert-abela');
    }
  });

  test('the reader may light the page around the article too, but not what is hidden', async () => {
    await toBackground(rig.session, 'setSettings', { highlightAround: true });
    await page.goto(`${rig.site.url}/pages/around-article.html`);
    const people = (await readoutDone(page)).readoutPeople.split(' ');
    expect(people).toEqual(expect.arrayContaining(['dmytro-kuleba', 'liz-truss', 'xi-jinping', 'han-zheng', 'wang-yi', 'sergey-lavrov', 'antony-blinken']));
    expect(people).not.toContain('emmanuel-bonne');
    await toBackground(rig.session, 'setSettings', { highlightAround: false });
  });
});
