import { browser } from 'wxt/browser';
import type { Envelope, Protocol, TabResult } from './messages';
import { getEngine } from './engine-instance';

const results = new Map<number, TabResult>();

type Handlers = { [K in keyof Protocol]: (body: Protocol[K]['req'], tabId: number | undefined) => Protocol[K]['res'] };

const handlers: Handlers = {
  pageText(page, tabId) {
    const r = getEngine().xref({ title: page.title, paragraphs: page.paragraphs, date: page.date, url: page.url });
    if (tabId !== undefined) results.set(tabId, { page, result: { people: r.people, topics: r.topics, statements: r.statements }, at: Date.now() });
    return { statements: r.statements.length };
  },
  resultForTab({ tabId }) {
    return results.get(tabId) ?? null;
  },
};

export function startBackground(): void {
  browser.runtime.onMessage.addListener((msg: Envelope, sender) => {
    const handler = handlers[msg?.type] as ((b: unknown, t: number | undefined) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(msg.body, sender.tab?.id));
  });
  browser.tabs.onRemoved.addListener((tabId) => results.delete(tabId));
}
