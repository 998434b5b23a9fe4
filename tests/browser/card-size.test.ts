import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cardText, pointOf, readoutDone, toBackground } from '../../tools/browser';
import { withBrowser } from './with-browser';

const rig = withBrowser('tests/fixtures');

interface Box { top: number; bottom: number }
interface CdpNode { nodeType: number; localName?: string; attributes?: string[]; backendNodeId: number; children?: CdpNode[]; shadowRoots?: CdpNode[] }

/** The card and the parts it is made of (header, statements), as boxes in the viewport: read through the DevTools protocol (closed shadow root). */
async function cardParts(page: Page): Promise<{ card: Box; scrolls: boolean; parts: Box[] } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
    const all: CdpNode[] = [];
    const walk = (n: CdpNode) => { all.push(n); for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c); };
    walk(root);
    const isCard = (n: CdpNode) => n.localName === 'div' && (n.attributes ?? []).some((a, i, at) => a === 'class' && /\bcard\b/.test(at[i + 1] ?? ''));
    const card = all.find(isCard);
    if (!card) return null;
    const box = async (n: CdpNode): Promise<Box> => {
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendNodeId }) as { model: { border: number[]; padding: number[] } };
      return { top: model.border[1], bottom: model.border[5] };
    };
    const inner = await (async () => { const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: card.backendNodeId }) as { model: { padding: number[] } }; return model.padding[5]; })();
    const mine: CdpNode[] = [];
    const within = (n: CdpNode) => { mine.push(n); for (const c of n.children ?? []) within(c); };
    within(card);
    const parts = await Promise.all(mine.filter((n) => n.localName === 'li' || n.localName === 'header').map(box));
    const outer = await box(card);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: card.backendNodeId }) as { object: { objectId: string } };
    const { result: r } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function() { return this.scrollHeight > this.clientHeight + 1; }', returnByValue: true }) as { result: { value: boolean } };
    return { card: { top: outer.top, bottom: inner }, scrolls: r.value, parts };
  } finally {
    await cdp.detach();
  }
}

let page: Page;
beforeAll(async () => {
  await toBackground(rig.session, 'setSettings', { enabled: true, offSites: [], highlightsAsElements: false });
  page = rig.session.context.pages()[0];
});

test('a card that must scroll ends between two statements, never across a line', async () => {
  await page.setViewportSize({ width: 900, height: 400 });
  await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
  await readoutDone(page);
  const p = await pointOf(page, 'peace talks');
  await page.mouse.move(p.x, p.y);
  await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('Open');
  await expect.poll(async () => (await cardParts(page))?.parts.length ?? 0).toBeGreaterThan(2);
  const { card, scrolls, parts } = (await cardParts(page))!;
  await page.screenshot({ path: 'artifacts/card-short-viewport.png' });
  expect(scrolls).toBe(true);
  // Every part is whole above the card's inner bottom edge, or its text starts below it (a statement's
  // first line sits below its rule and padding, 9 px: card.css).
  for (const part of parts) expect(part.bottom <= card.bottom + 1 || part.top >= card.bottom - 9).toBe(true);
});

test('with room in the viewport the card is as tall as its content, past the old 420 px', async () => {
  await page.setViewportSize({ width: 900, height: 1400 });
  await page.goto(`${rig.site.url}/qin-kuleba-call.html`);
  await readoutDone(page);
  const p = await pointOf(page, 'peace talks');
  await page.mouse.move(p.x, p.y);
  await expect.poll(() => cardText(page), { timeout: 5_000 }).not.toBeNull();
  await expect.poll(async () => (await cardParts(page))?.parts.length ?? 0).toBeGreaterThan(2);
  const { card, scrolls } = (await cardParts(page))!;
  expect(scrolls).toBe(false);
  expect(card.bottom - card.top).toBeGreaterThan(420);
  await page.setViewportSize({ width: 1200, height: 900 });
});
