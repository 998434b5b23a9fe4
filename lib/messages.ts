import { browser } from 'wxt/browser';
import type { XrefResult } from '../engine';

/** What the content script reads off a page: enough to rank, nothing the engine does not need. */
export interface PageText {
  url: string;
  title: string;
  paragraphs: string[];
  date: string | null;
}

export interface TabResult {
  page: PageText;
  result: Pick<XrefResult, 'people' | 'topics' | 'statements'>;
  at: number;
}

/** Every message between Readout's parts, by intent: request and response types side by side. */
export interface Protocol {
  /** Content script -> background: here is the page's article text; rank it for this tab. */
  pageText: { req: PageText; res: { statements: number } };
  /** Popup -> background: what matched in that tab, if it was analysed. */
  resultForTab: { req: { tabId: number }; res: TabResult | null };
}

export type MessageName = keyof Protocol;
export interface Envelope<K extends MessageName = MessageName> { type: K; body: Protocol[K]['req'] }

export function send<K extends MessageName>(type: K, body: Protocol[K]['req']): Promise<Protocol[K]['res']> {
  return browser.runtime.sendMessage({ type, body } satisfies Envelope<K>);
}
