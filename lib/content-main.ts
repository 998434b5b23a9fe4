import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPageText } from './article-dom';
import { send } from './messages';

/** For now the content script reads the article and hands it to the background to rank. */
export async function runContent(ctx: ContentScriptContext): Promise<void> {
  try {
    const page = readPageText(document);
    if (page.paragraphs.length === 0 || ctx.isInvalid) return;
    const { statements } = await send('pageText', page);
    if (ctx.isInvalid) return;
    const root = document.documentElement;
    root.dataset.readoutStatements = String(statements);
    // Turned off or updated: leave the page as it was.
    ctx.onInvalidated(() => { delete root.dataset.readoutStatements; });
  } catch (e) {
    // The page must never see Readout's errors.
    console.debug('Readout:', e);
  }
}
