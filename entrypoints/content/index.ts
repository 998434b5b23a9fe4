import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '../../lib/content-main';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Injected by the browser from the manifest: a page's Content-Security-Policy cannot block it.
  cssInjectionMode: 'manifest',
  main: (ctx) => runContent(ctx),
});
