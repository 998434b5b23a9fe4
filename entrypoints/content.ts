import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '../lib/content-main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => runContent(ctx),
});
