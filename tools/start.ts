// npm start: opens Chromium with Readout loaded on the demo article. Without a display it
// runs headless, saves screenshots of the article and of the popup, and prints their paths.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { cardText, findBrowser, INSTALL_HINT, launch, openPopup, pointOf, readoutDone, serve, tabIdOf } from './browser';

async function main(): Promise<number> {
  if (!findBrowser()) { console.error(INSTALL_HINT); return 1; }
  const headless = process.env.CI === 'true' || process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const site = await serve('demo');
  const session = await launch({ headless });
  try {
    const page = session.context.pages()[0] ?? await session.context.newPage();
    await page.goto(`${site.url}/biden-putin-call.html`);
    const state = await readoutDone(page);
    const tabId = await tabIdOf(session, page);
    if (!headless) {
      await openPopup(session, tabId);
      await page.bringToFront();
      console.log('Readout is loaded on the demo article. Close the browser window to finish.');
      await new Promise<void>((ok) => session.context.on('close', () => ok()));
      return 0;
    }
    mkdirSync('artifacts', { recursive: true });
    const articleShot = resolve('artifacts/start-article.png');
    await page.screenshot({ path: articleShot });
    // The card a reader sees on hovering a name.
    const at = await pointOf(page, 'Yury Ushakov');
    await page.mouse.move(at.x, at.y);
    for (let i = 0; i < 50 && !(await cardText(page))?.includes('Aide'); i++) await page.waitForTimeout(100);
    const cardShot = resolve('artifacts/start-card.png');
    await page.screenshot({ path: cardShot });
    const popup = await openPopup(session, tabId);
    // The popup's answer, not its "Reading this page…" while it waits: the screenshot shows what a reader gets.
    await popup.waitForFunction(() => document.documentElement.dataset.readoutReady !== undefined, null, { timeout: 30_000 });
    await popup.waitForTimeout(100);
    const popupShot = resolve('artifacts/start-popup.png');
    await popup.screenshot({ path: popupShot, fullPage: true });
    const first = await popup.$eval('[data-statement-id]', (el) => `${el.getAttribute('data-statement-id')} (${el.getAttribute('data-strength')})`).catch(() => 'none');
    console.log(`No display: ran headless.\n  demo article: ${articleShot}\n  hover card:   ${cardShot}\n  popup:        ${popupShot}\n  found: ${state.readoutCount} mentions of ${state.readoutPeople.split(' ').length} people and ${state.readoutTopics.split(' ').length} topics; top statement: ${first}; popup answered in ${await popup.evaluate(() => document.documentElement.dataset.readoutReady)} ms`);
    return 0;
  } finally {
    if (headless) await session.close();
    await site.close();
  }
}

main().then((code) => { process.exitCode = code; }, (e) => { console.error(`start: ${(e as Error).message}`); process.exitCode = 1; });
