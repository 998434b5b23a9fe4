import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cardText, pointOf, readoutDone, toBackground } from '../../tools/browser';
import { withBrowser } from './with-browser';

const rig = withBrowser('tests/fixtures');

/** The names the README lists under "What a page can see of Readout": the only ones a page may find. */
function listedInReadme(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('What a page can see of Readout'));
  const list = section.slice(0, section.search(/\n\n(?!- )/));
  return new Set([...list.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/^<|>$/g, '').replace(/="[^"]*"$/, '')));
}

interface Surface {
  attributes: string[]; elements: string[]; highlights: string[]; adoptedStyleSheets: number; styleSheets: number;
  globals: string[]; customElements: string[]; openShadowRoots: string[]; messages: unknown[];
}
const surface = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __surface(): Surface }).__surface());

describe.each([['highlight', false], ['elements', true]] as const)('with the %s painter', (_, asElements) => {
  test('a page sees only what the README lists, and nothing once Readout is off', async () => {
    const listed = listedInReadme();
    expect(listed).toContain('data-readout-state');
    await toBackground(rig.session, 'setSettings', { enabled: true, highlightsAsElements: asElements, personColour: '#ff00aa' });
    const page = rig.session.context.pages()[0];
    await page.goto(`${rig.site.url}/surface.html`);
    await readoutDone(page);
    const p = await pointOf(page, 'Kuleba');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('Dmytro Kuleba');

    const seen = await surface(page);
    const unlisted = [...seen.attributes, ...seen.elements, ...seen.highlights].filter((name) => !listed.has(name));
    expect(unlisted).toEqual([]);
    expect(seen.elements).toContain('readout-card');
    if (asElements) expect(seen.elements).toContain('readout-mark');
    // The reader's own colours: one constructed sheet (listed); the manifest's CSS is not among the page's sheets.
    expect(seen.adoptedStyleSheets).toBe(1);
    expect(listed).toContain('document.adoptedStyleSheets');
    expect(seen).toMatchObject({ styleSheets: 0, globals: [], customElements: [], openShadowRoots: [], messages: [] });

    await toBackground(rig.session, 'setSettings', { enabled: false });
    await expect.poll(async () => (await surface(page)).attributes).toEqual([]);
    const after = await surface(page);
    expect(after).toMatchObject({ elements: [], adoptedStyleSheets: 0, globals: [], messages: [] });
    for (const name of after.highlights) expect(await page.evaluate((n) => (CSS.highlights.get(n) as unknown as Set<unknown>).size, name), name).toBe(0);
    await toBackground(rig.session, 'setSettings', { enabled: true, highlightsAsElements: false, personColour: '#ffc400' });
  });
});
