import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readoutDone, tabIdOf } from '../../tools/browser';
import type { BrowserRig } from './with-browser';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** A project-written page in the first tab, read by Readout; every other tab an earlier test left is closed. */
export async function openArticle(rig: BrowserRig, name: string): Promise<{ page: Page; tabId: number }> {
  const page = rig.session.context.pages()[0];
  // The article's tab is the one the view is about.
  for (const other of rig.session.context.pages().slice(1)) await other.close();
  await page.bringToFront();
  await page.goto(`${rig.site.url}/${name}`);
  await readoutDone(page);
  return { page, tabId: await tabIdOf(rig.session, page) };
}

/** WCAG A/AA failures axe finds in a view, colour contrast among them. */
export async function axeViolations(view: Page): Promise<string[]> {
  await view.evaluate(AXE);
  return view.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Screenshots in light and dark (artifacts/NAME-light.png, -dark.png), and no axe violation in either. */
export async function expectAccessibleInBothSchemes(view: Page, name: string, { fullPage = true } = {}): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await view.emulateMedia({ colorScheme: scheme });
    await view.screenshot({ path: `artifacts/${name}-${scheme}.png`, fullPage });
    expect(await axeViolations(view), scheme).toEqual([]);
  }
}
