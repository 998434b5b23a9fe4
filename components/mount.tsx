import { render } from 'preact';
import { Popup, type Mode } from './Popup';

/**
 * The popup and the side panel are one view in two places. It is drawn at once, without the tab's
 * results: the browser's first frame of a new page is its slowest (measured: 20–30 ms after the
 * render), so it is better spent on the header and search box while the answer is on its way.
 */
export function mountView(mode: Mode): void {
  render(<Popup mode={mode} />, document.getElementById('app')!);
}
