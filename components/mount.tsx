import { render } from 'preact';
import { Popup, type Mode } from './Popup';
import './theme.css';
import './popup.css';
import './reader.css';

/** The popup and the side panel are one view in two places. */
export function mountView(mode: Mode): void {
  render(<Popup mode={mode} />, document.getElementById('app')!);
}
