import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstStatus } from '../lib/pages/first-status';

// A classic script in the head of the popup and the side panel: it runs while the page is still
// parsing, so the background's answer is on its way before the view's module has even loaded.
export default defineUnlistedScript(() => { void firstStatus(); });
