import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstStatus } from '../lib/pages/first-status';

// A classic script in the head of the popup and the side panel: it runs while the page is still
// parsing, so the background's answer is on its way before the view's module has even loaded.
// When it starts is the page's floor: before it, the browser made the extension page's context, which no code of ours
// can shorten (npm run bench prints the popup's time beside it).
export default defineUnlistedScript(() => {
  document.documentElement.dataset.readoutStart = String(Math.round(performance.now()));
  void firstStatus();
});
