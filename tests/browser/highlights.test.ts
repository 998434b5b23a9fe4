import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cardBox, cardText, command, pointOf, readoutDone, tabIdOf, toBackground } from '../../tools/browser';
import { withBrowser } from './with-browser';

const rig = withBrowser('tests/fixtures');

/** What a page looks like to its own scripts: the markup and the registered highlights. */
function snapshot(page: Page) {
  return page.evaluate(() => ({
    html: document.body.innerHTML,
    text: document.body.textContent,
    elements: document.body.getElementsByTagName('*').length,
    highlights: [...((CSS as unknown as { highlights: Map<string, unknown> }).highlights?.keys() ?? [])],
    attrs: Object.keys(document.documentElement.dataset),
  }));
}

const PAINTERS = [['highlight', false], ['elements', true]] as const;

describe.each(PAINTERS)('%s painter', (painter, asElements) => {
  let page: Page;
  beforeAll(async () => {
    await toBackground(rig.session, 'setSettings', { enabled: true, offSites: [], highlightsAsElements: asElements });
    page = rig.session.context.pages()[0];
  });

  test('marks the people and topics of the article, not the look-alikes', async () => {
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    const state = await readoutDone(page);
    expect(state.readoutPainter).toBe(painter);
    expect(state.readoutPeople.split(' ').sort()).toEqual(['dmytro-kuleba', 'qin-gang', 'xi-jinping']);
    expect(state.readoutTopics.split(' ')).toEqual(expect.arrayContaining(['peace-talks', 'one-china', 'position-paper']));
    expect(Number(state.readoutCount)).toBeGreaterThan(10);
    expect(Number(state.readoutMs)).toBeGreaterThan(0);
    if (painter === 'elements') {
      const marks = await page.$$eval('readout-mark', (els) => els.map((e) => `${e.getAttribute('data-readout-kind')}:${e.getAttribute('data-readout-id')}:${e.textContent}`));
      expect(marks).toContain('person:dmytro-kuleba:Kuleba');
      expect(marks).toContain('person:qin-gang:Qin');
      // The "Most read" box (an aside) is not the article: its roof trusses stay unmarked.
      expect(marks.join(' ')).not.toMatch(/trusses/i);
    } else {
      // Ranges are registered for the blocks near the viewport, as the observer reports them.
      await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('readout-person')?.size ?? 0)).toBeGreaterThan(5);
      expect(await page.$$('readout-mark')).toHaveLength(0);
    }
    await page.screenshot({ path: `artifacts/highlights-${painter}.png` });

    await page.goto(`${rig.site.url}/look-alikes.html`);
    const traps = await readoutDone(page);
    expect(traps.readoutPeople).toBe('');
    expect(traps.readoutCount).toBe('0');
  });

  test('hovering a highlight opens its card; leaving closes it', async () => {
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    await readoutDone(page);
    const p = await pointOf(page, 'Kuleba');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('Foreign Minister of Ukraine');
    const text = await cardText(page);
    expect(text).toContain('Dmytro Kuleba');
    expect(text).toContain('2023-03-16');
    expect(text).toContain('Qin Gang Has a Phone Call');
    await page.screenshot({ path: `artifacts/card-${painter}.png` });
    const card = await page.evaluate(() => document.querySelectorAll('readout-card').length);
    expect(card).toBe(1);
    await page.mouse.move(5, 600);
    await expect.poll(() => page.evaluate(() => document.querySelector('readout-card') === null), { timeout: 3_000 }).toBe(true);
  });

  test('the keyboard command walks the mentions and opens their cards; Escape closes', async () => {
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    await readoutDone(page);
    const tabId = await tabIdOf(rig.session, page);
    await command(rig.session, tabId, 'next-mention');
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toMatch(/Qin Gang|Dmytro Kuleba/);
    await command(rig.session, tabId, 'next-mention');
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toMatch(/Dmytro Kuleba|Qin Gang/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('readout-card') === null)).toBe(true);
  });

  test('content added later is highlighted, only what changed is read', async () => {
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    await readoutDone(page);
    const t0 = Date.now();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later that year Wang Yi spoke with Josep Borrell about the UN Charter.';
      document.querySelector('article')!.appendChild(p);
    });
    await page.waitForFunction(() => (document.documentElement.dataset.readoutPeople ?? '').includes('josep-borrell'), null, { timeout: 2_000 });
    expect(Date.now() - t0).toBeLessThan(1_000);
    const state = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(state.readoutPeople).toContain('wang-yi');
    expect(state.readoutTopics).toContain('un-charter');
  });

  test('wherever the reader scrolls a long page, the mentions on screen are lit', async () => {
    // A paragraph in a run of short ones, one in a run of very tall ones, one in a box of its own, the last one:
    // each reached in one jump from the top of a fresh page, as a link to a fragment would.
    for (const words of ['Paragraph 30 of', 'note 7:', 'item 7:', 'item 12:']) {
      await page.goto(`${rig.site.url}/long-page.html`);
      await readoutDone(page);
      await page.evaluate((w) => [...document.querySelectorAll('p')].find((p) => p.textContent!.includes(w))!.scrollIntoView({ block: 'center' }), words);
      await expect.poll(() => page.evaluate((w) => {
        const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes(w))!;
        const lit = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get('readout-person');
        return !!p.querySelector('readout-mark') || [...(lit ?? [])].some((r) => p.contains(r.startContainer));
      }, words), { message: words }).toBe(true);
    }
  });

  test('only what is near the viewport is painted; scrolling brings the rest', async () => {
    await page.goto(`${rig.site.url}/long-page.html`);
    const state = await readoutDone(page);
    // Per paragraph, whether a reader sees it painted: marks in it, or a registered range that starts in it.
    const painted = () => page.evaluate(() => {
      const lit = [...((CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get('readout-person') ?? [])];
      return [...document.querySelectorAll('p')].map((p) => !!p.querySelector('readout-mark') || lit.some((r) => p.contains(r.startContainer)));
    });
    const atFirst = await painted();
    // The pass is done once the blocks on screen are painted; the last paragraph lies ~15,000 px below.
    expect(atFirst[0]).toBe(true);
    expect(atFirst.at(-1)).toBe(false);
    if (painter === 'elements') expect(await page.$$eval('readout-mark', (els) => els.length)).toBeLessThan(Number(state.readoutCount));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await painted()).at(-1)).toBe(true);
  });

  test('the keyboard reaches a mention far from the viewport, painted and on screen', async () => {
    await page.goto(`${rig.site.url}/long-page.html`);
    await readoutDone(page);
    const tabId = await tabIdOf(rig.session, page);
    // From the top, the previous mention is near the end of the page, far below the watched area.
    await command(rig.session, tabId, 'previous-mention');
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('Qin Gang');
    const focused = await page.evaluate(() => {
      const mark = document.querySelector('readout-mark[data-readout-focus]');
      const r = mark ? document.createRange() : [...((CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get('readout-focus') ?? [])][0];
      if (mark) (r as Range).selectNode(mark);
      if (!r) return null;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const rect = live.getBoundingClientRect();
      const c = live.commonAncestorContainer;
      const p = (c.nodeType === Node.ELEMENT_NODE ? (c as Element) : c.parentElement!).closest('p');
      return { text: live.toString(), in: p?.textContent ?? '', top: rect.top, bottom: rect.bottom, height: innerHeight };
    });
    expect(focused).not.toBeNull();
    expect(focused!.text).toBe('Qin Gang');
    expect(focused!.in).toMatch(/^Part three, item 1[12]:/);
    expect(focused!.top).toBeGreaterThanOrEqual(0);
    expect(focused!.bottom).toBeLessThanOrEqual(focused!.height);
  });

  test('a new article in a single-page app gets its own analysis', async () => {
    await page.goto(`${rig.site.url}/spa.html`);
    expect((await readoutDone(page)).readoutPeople.split(' ').sort()).toEqual(['dmytro-kuleba', 'qin-gang']);
    await page.evaluate(() => (window as unknown as { showNextArticle(): void }).showNextArticle());
    await page.waitForFunction(() => (document.documentElement.dataset.readoutPeople ?? '').includes('han-zheng'), null, { timeout: 2_000 });
    const people = await page.evaluate(() => document.documentElement.dataset.readoutPeople!.split(' ').sort());
    expect(people).toEqual(['han-zheng', 'vladimir-putin']);
  });

  test('the card stays in the viewport and never covers its highlight', async () => {
    await page.setViewportSize({ width: 700, height: 500 });
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    await readoutDone(page);
    for (const word of ['Kuleba', 'Saudi Arabia']) {
      const p = await pointOf(page, word);
      await page.mouse.move(p.x, p.y);
      await expect.poll(() => cardText(page), { timeout: 5_000 }).not.toBeNull();
      const box = await cardBox(page);
      expect(box).not.toBeNull();
      const { x, y, width, height } = box!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + width).toBeLessThanOrEqual(700);
      expect(y + height).toBeLessThanOrEqual(500);
      // The pointer is on the highlight: the card must not be under it.
      expect(p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height).toBe(false);
      await page.mouse.move(2, 2);
      await expect.poll(() => page.evaluate(() => document.querySelector('readout-card') === null)).toBe(true);
    }
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  test('a page with a strict Content-Security-Policy still gets highlights and cards', async () => {
    await page.goto(`${rig.site.url}/strict-csp.html`);
    const state = await readoutDone(page);
    expect(state.readoutPeople.split(' ').sort()).toEqual(['vladimir-putin', 'xi-jinping']);
    const p = await pointOf(page, 'Vladimir Putin');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('President of Russia');
  });

  test('turning it off gives the page back as it was', async () => {
    await toBackground(rig.session, 'setSettings', { enabled: false });
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    await page.waitForTimeout(500);
    const pristine = await snapshot(page);
    expect(pristine.attrs).toEqual([]);
    await toBackground(rig.session, 'setSettings', { enabled: true });
    await readoutDone(page);
    const p = await pointOf(page, 'Kuleba');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('readout-card'))).toBe(true);
    await toBackground(rig.session, 'setSettings', { enabled: false });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.readoutState ?? null)).toBe(null);
    const after = await snapshot(page);
    expect(after).toEqual(pristine);
    await toBackground(rig.session, 'setSettings', { enabled: true });
  });

  test('the per-site switch keeps Readout off on that site', async () => {
    const host = new URL(rig.site.url).hostname;
    await toBackground(rig.session, 'setSettings', { offSites: [host] });
    await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => document.documentElement.dataset.readoutState ?? null)).toBe(null);
    await toBackground(rig.session, 'setSettings', { offSites: [] });
    await readoutDone(page);
  });
});
