import { render } from 'preact';
import { first, Popup, type Mode } from './Popup';

/** Long enough for the background's answer (a few ms), short enough that a slow one shows "Reading…" instead. */
const WAIT_FOR_ANSWER_MS = 60;

/**
 * The popup and the side panel are one view in two places. The view is built once the first
 * answer is in, if it comes soon: one render with results, not a placeholder and then results.
 */
export async function mountView(mode: Mode): Promise<void> {
  const ready = await Promise.race([first.catch(() => null), new Promise<null>((ok) => setTimeout(() => ok(null), WAIT_FOR_ANSWER_MS))]);
  render(<Popup mode={mode} ready={ready} />, document.getElementById('app')!);
}
