import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { badgeOf, openPopup } from '../../tools/browser';
import { withBrowser } from './with-browser';
import { expectAccessibleInBothSchemes, openArticle } from './views';

// tests/fixtures/biden-putin-video-call.html reports the Biden–Putin video call of 2021-12-07, which the
// White House and the Kremlin each gave an account of.
const rig = withBrowser('tests/fixtures');
const PAGE = 'biden-putin-video-call.html';
const KREMLIN = '2021-12-07-kremlin-67315-meeting-with-us-president-joseph-biden';
const WHITE_HOUSE = '2021-12-07-white-house-readout-of-president-bidens-video-call-with-president-vladimir-putin-of-russia';

async function accountsView(tabId: number, size: { width: number; height: number }, where: 'reader' | 'panel'): Promise<Page> {
  const view = await rig.session.context.newPage();
  await view.setViewportSize(size);
  if (where === 'reader') await view.goto(`chrome-extension://${rig.session.extensionId}/reader.html?event=${KREMLIN}&tabId=${tabId}`);
  else {
    await view.goto(`chrome-extension://${rig.session.extensionId}/sidepanel.html?tabId=${tabId}`);
    // From the panel's list, by the keyboard: the entry's own button opens the comparison in place.
    const compare = view.locator('button.compare').first();
    await compare.focus();
    await view.keyboard.press('Enter');
  }
  await view.locator('.accounts-table tbody tr').first().waitFor();
  return view;
}

/** Each non-empty cell as the view lays it out: which account and paragraph, where, and its text. */
function cells(view: Page) {
  return view.locator('.accounts-table tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.querySelectorAll<HTMLElement>('td:not(.empty)')].map((td) => {
    const box = td.getBoundingClientRect();
    const same = [...td.querySelectorAll<HTMLAnchorElement>('.same a')].map((a) => a.hash.slice(1));
    return { id: td.id, account: Number(td.dataset.account), paragraph: Number(td.dataset.paragraph), only: td.dataset.only !== undefined, same, x: Math.round(box.x), y: Math.round(box.y), text: td.textContent ?? '' };
  })));
}

type Cell = Awaited<ReturnType<typeof cells>>[number][number];

/** Two cells of one row that say they make the same point. */
function alignedPair(rows: Cell[][]): [Cell, Cell] {
  for (const row of rows) for (const c of row) {
    const other = row.find((d) => c.same.includes(d.id));
    if (other) return c.x <= other.x && c.y <= other.y ? [c, other] : [other, c];
  }
  throw new Error('no row holds two paragraphs that make the same point');
}

describe('an event two governments gave accounts of', () => {
  test('the popup shows the event once, its accounts named, each with its id, strength and best passage; an account opens in the reader', async () => {
    const { tabId } = await openArticle(rig, PAGE);
    const popup = await openPopup(rig.session, tabId);
    const entry = popup.locator('.event-group').first();
    await entry.waitFor();
    expect(await popup.locator('.statements > li').first().getAttribute('data-event-id')).toBe(KREMLIN);
    expect(await entry.locator('.event-by').textContent()).toMatch(/^(Kremlin · White House|White House · Kremlin)$/);
    const accounts = await entry.locator('[data-statement-id]').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.statementId, (e as HTMLElement).dataset.strength]));
    expect(accounts).toEqual(expect.arrayContaining([[KREMLIN, 'same-event'], [WHITE_HOUSE, 'same-event']]));
    // Once: no other entry of the list holds an account of the event.
    for (const id of [KREMLIN, WHITE_HOUSE]) expect(await popup.locator(`[data-statement-id="${id}"]`).count()).toBe(1);
    expect(await entry.locator('.account .passage').count()).toBeGreaterThan(0);
    await expectAccessibleInBothSchemes(popup, 'popup-event');
    // The list's arrows go from the comparison to each account in turn.
    await entry.locator('button.compare').focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement!.closest('[data-statement-id]')?.getAttribute('data-statement-id'))).toBe(accounts[0][0]);
    // Every ranked statement keeps its element: the badge counts them as before.
    const more = popup.locator('button.more');
    if (await more.count()) await more.click();
    const count = await popup.locator('[data-strength]').count();
    const badge = (await badgeOf(rig.session, tabId)).text;
    expect(badge).toBe(String(count));

    const opened = rig.session.context.waitForEvent('page');
    await entry.locator(`[data-statement-id="${WHITE_HOUSE}"] button.open`).click();
    const reader = await opened;
    await reader.waitForURL(/reader\.html/);
    expect(new URL(reader.url()).searchParams.get('id')).toBe(WHITE_HOUSE);
    await reader.close();
  });

  test('the accounts view: side by side, aligned by their shared points, what only one says labelled in words, the article against them', async () => {
    const { tabId } = await openArticle(rig, PAGE);
    const view = await accountsView(tabId, { width: 1280, height: 900 }, 'reader');
    const heads = await view.locator('.accounts-table th').allTextContents();
    expect(heads.join(' ')).toMatch(/Kremlin/);
    expect(heads.join(' ')).toMatch(/White House/);
    const rows = await cells(view);
    // Aligned: a paragraph and one of another account that makes the same point share a row, side by side.
    const shared = alignedPair(rows);
    expect(shared[0].account).not.toBe(shared[1].account);
    expect(shared[0].y).toBe(shared[1].y);
    expect(shared[0].x).not.toBe(shared[1].x);
    // Each column reads in its account's order.
    for (const k of new Set(rows.flat().map((c) => c.account))) {
      const column = rows.flat().filter((c) => c.account === k).map((c) => c.paragraph);
      expect(column).toEqual([...column].sort((a, b) => a - b));
    }
    const only = rows.flat().filter((c) => c.only);
    expect(only.length).toBeGreaterThan(0);
    for (const c of only) expect(c.text).toContain('Only in this account');
    expect(await view.locator('.cell-text mark.person').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Putin/)]));
    // The article's passages under the paragraphs they follow, and what it reports that no account says.
    expect(await view.locator('td .followed').count()).toBeGreaterThan(0);
    expect(await view.locator('.context').textContent()).toMatch(/follows the (Kremlin|White House)/);
    expect(await view.locator('.unsourced').textContent()).toMatch(/gas companies/);
    await expectAccessibleInBothSchemes(view, 'accounts-view');
    await view.close();
  });

  test('works from the keyboard: Tab reaches a point the other account makes too, and an account, which Enter opens and which leads back', async () => {
    const { tabId } = await openArticle(rig, PAGE);
    const view = await accountsView(tabId, { width: 1280, height: 900 }, 'reader');
    const focused = () => view.evaluate(() => { const el = document.activeElement as HTMLElement; return `${el.tagName.toLowerCase()}.${el.className}`; });
    const tabTo = async (what: string) => {
      for (let i = 0; i < 40; i++) { await view.keyboard.press('Tab'); if ((await focused()) === what) return; }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabTo('a.');
    const target = await view.evaluate(() => (document.activeElement as HTMLAnchorElement).hash);
    await view.keyboard.press('Enter');
    await expect.poll(() => view.evaluate(() => location.hash)).toBe(target);
    expect(await view.locator(target).count()).toBe(1);

    await view.goto(view.url().replace(/#.*$/, ''));
    await view.locator('.accounts-table').waitFor();
    await tabTo('button.link open-account');
    const title = await view.evaluate(() => document.activeElement!.textContent);
    await view.keyboard.press('Enter');
    await view.waitForURL(/reader\.html\?id=/);
    expect(await view.locator('.reader h1').textContent()).toBe(title);
    // And back: the account's reader offers the comparison of its event.
    await view.locator('.other-accounts button.compare').focus();
    await view.keyboard.press('Enter');
    await view.waitForURL(/reader\.html\?event=/);
    await view.locator('.accounts-table').waitFor();
    await view.close();
  });

  test('stacked in a narrow side panel, opened in place from its list, and passes axe there too', async () => {
    const { tabId } = await openArticle(rig, PAGE);
    const panel = await accountsView(tabId, { width: 360, height: 800 }, 'panel');
    const shared = alignedPair(await cells(panel));
    expect(shared[0].x).toBe(shared[1].x);
    expect(shared[1].y).toBeGreaterThan(shared[0].y);
    // Stacked, each paragraph names its account.
    expect(shared[0].text).toMatch(/^(Kremlin|White House)/);
    // What the panel shows first, as a reader sees it.
    await expectAccessibleInBothSchemes(panel, 'accounts-panel', { fullPage: false });
    await panel.locator('.accounts-table tbody tr').first().scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: `artifacts/accounts-panel-rows-${scheme}.png` });
    }
    await panel.keyboard.press('Escape');
    await panel.locator('.event-group').waitFor();
    await panel.close();
  });
});
