import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readoutDone, toBackground } from '../../tools/browser';
import { CHURN_SCRIPT, SHADOW_SCRIPT, generatedPage } from './generated-pages';
import { withBrowser } from './with-browser';

const SEEDS = [1, 2, 3];
let dir = '';
const rig = withBrowser(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-fuzz-'));
  for (const seed of SEEDS) writeFileSync(join(dir, `page-${seed}.html`), generatedPage(seed, seed === 3 ? 3000 : 200));
  writeFileSync(join(dir, 'churn.html'), generatedPage(9, 300).replace('<script src="shadow.js"></script>', '<script src="shadow.js"></script><script src="churn.js"></script>'));
  writeFileSync(join(dir, 'shadow.js'), SHADOW_SCRIPT);
  writeFileSync(join(dir, 'churn.js'), CHURN_SCRIPT);
  return dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page as its own scripts see it: text, element structure, and what Readout left on it. */
const snapshot = (page: Page) => page.evaluate(() => ({
  text: document.body.textContent,
  tags: Array.from(document.body.getElementsByTagName('*'), (e) => e.tagName).join(','),
  attrs: Object.keys(document.documentElement.dataset),
  highlights: [...((CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys())],
  nodes: document.body.getElementsByTagName('*').length,
}));

/** Every painted range must start and end at word edges. */
const splitWords = (page: Page) => page.evaluate(() => {
  const letter = /[\p{L}\p{N}]/u;
  const bad: string[] = [];
  const check = (text: string, start: number, end: number) => {
    if ((start > 0 && letter.test(text[start - 1]) && letter.test(text[start])) || (end < text.length && letter.test(text[end]) && letter.test(text[end - 1]))) {
      // Unspaced scripts have no word edges to respect.
      if (!/[\p{Script=Han}]/u.test(text.slice(start, end))) bad.push(text.slice(Math.max(0, start - 5), end + 5));
    }
  };
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  for (const name of ['readout-person', 'readout-topic']) {
    for (const r of reg.get(name) ?? []) {
      if (r.startContainer === r.endContainer) check((r.startContainer as Text).data, r.startOffset, r.endOffset);
    }
  }
  for (const m of Array.from(document.querySelectorAll('readout-mark'))) {
    const prev = m.previousSibling?.textContent ?? '';
    const next = m.nextSibling?.textContent ?? '';
    const t = prev + (m.textContent ?? '') + next;
    check(t, prev.length, prev.length + (m.textContent ?? '').length);
  }
  return bad;
});

describe.each([['highlight', false], ['elements', true]] as const)('fuzz: %s painter', (painter, asElements) => {
  beforeAll(async () => { await toBackground(rig.session, 'setSettings', { enabled: false, offSites: [], highlightsAsElements: asElements }); });

  test.each(SEEDS)('generated page %i: highlighted, then off, gives the same page back', async (seed) => {
    const page = rig.session.context.pages()[0];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${rig.site.url}/page-${seed}.html`);
    await page.waitForLoadState('load');
    const before = await snapshot(page);
    if (seed === 3) expect(before.nodes).toBeGreaterThan(10_000);
    await toBackground(rig.session, 'setSettings', { enabled: true });
    const state = await readoutDone(page, 60_000);
    expect(state.readoutPainter).toBe(painter);
    expect(Number(state.readoutCount)).toBeGreaterThan(0);
    await page.waitForTimeout(300); // the observer registers the ranges near the viewport
    expect(await splitWords(page)).toEqual([]);
    const during = await snapshot(page);
    expect(during.text).toBe(before.text);
    if (painter === 'highlight') expect(during.tags).toBe(before.tags);
    await toBackground(rig.session, 'setSettings', { enabled: false });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.readoutState ?? null)).toBe(null);
    expect(await snapshot(page)).toEqual(before);
    expect(errors).toEqual([]);
  }, 120_000);

  test('a page that changes its DOM during the pass: no error, and the page stays whole', async () => {
    const page = rig.session.context.pages()[0];
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const reportedBefore = (await toBackground<unknown[]>(rig.session, 'recentErrors', {})).length;
    await toBackground(rig.session, 'setSettings', { enabled: true });
    await page.goto(`${rig.site.url}/churn.html`);
    await readoutDone(page, 60_000);
    // The page's own changes end on their own; the comparison below needs them over.
    await page.waitForFunction(() => (window as unknown as { churnDone?: boolean }).churnDone === true, null, { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.readoutPeople ?? ''), { timeout: 10_000 }).toContain('vladimir-putin');
    expect(errors).toEqual([]);
    expect((await toBackground<unknown[]>(rig.session, 'recentErrors', {})).length).toBe(reportedBefore);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    await toBackground(rig.session, 'setSettings', { enabled: false });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('readout-mark').length)).toBe(0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
  }, 120_000);
});
