import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send, type TabMessage } from '../shared/messages';
import { Highlighter } from './highlighter';

/** Errors stay out of the page: they go to the background's log. */
function reporter(url: string) {
  return (e: unknown) => {
    const err = e instanceof Error ? e : new Error(String(e));
    send('reportError', { message: err.message, stack: err.stack, url }).catch(() => undefined);
  };
}

/**
 * WXT stops a copy of the script when a newer copy announces itself with an event on `document`. A page can
 * send that event too (its name is the extension id, which is public), and Readout never injects a second
 * copy, so the announcement is stopped on its way down, before WXT's listener on the document hears it.
 */
function ignoreStartAnnouncements(ctx: ContentScriptContext): void {
  // Typed private in WXT 0.20, public at run time; the security test fails if its name ever changes.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const stop = (e: Event) => e.stopImmediatePropagation();
  window.addEventListener(name, stop, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(name, stop, { capture: true }));
}

export async function runContent(ctx: ContentScriptContext): Promise<void> {
  ignoreStartAnnouncements(ctx);
  const report = reporter(location.href);
  let current: Highlighter | null = null;
  let lookKey = '';

  const apply = async () => {
    const s = await send('pageSettings', { url: location.href });
    if (ctx.isInvalid) return;
    const painter = s.painter === 'elements' || !('highlights' in CSS) ? 'elements' : 'highlight';
    if (!s.on) { current?.stop(); current = null; lookKey = ''; return; }
    // A new painter, or other kinds or colours: the page is painted afresh.
    const key = `${painter} ${JSON.stringify(s.look)}`;
    if (current && key === lookKey) return;
    current?.stop();
    lookKey = key;
    current = new Highlighter(ctx, document, painter, report, s.look);
    current.start();
  };

  const onMessage = (msg: TabMessage): Promise<boolean> | undefined => {
    try {
      if (msg?.type === 'settingsChanged') apply().catch(report);
      else if (msg?.type === 'command' && current) current.step(msg.name === 'next-mention' ? 1 : -1);
      else if (msg?.type === 'reveal') return Promise.resolve(current?.reveal(msg.kind, msg.id) ?? false);
    } catch (e) {
      report(e);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    current?.stop();
    current = null;
  });
  try {
    await apply();
  } catch (e) {
    report(e);
  }
}
