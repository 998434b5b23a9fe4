import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '../../lib/content/main';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Injected by the browser from the manifest: a page's Content-Security-Policy cannot block it.
  cssInjectionMode: 'manifest',
  // WXT would also announce each start to the page with window.postMessage, naming the script; a page could
  // read that, or post one itself to stop Readout. Its document event (named with the extension id) is enough.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContent(ctx),
});
