import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { readPageText } from '../lib/content/article-dom';
import type { PageText } from '../lib/shared/messages';

/** A saved page's article: Readability finds the main text, then the same reading as the extension's. */
export function articleFromHtml(html: string, url = ''): PageText {
  const { document } = parseHTML(html);
  const page = readPageText(document as unknown as Document, null, url);
  // Readability edits the document it reads, so it gets a copy.
  const copy = parseHTML(html).document as unknown as Document;
  const parsed = new Readability(copy, { charThreshold: 200 }).parse();
  let paragraphs: string[] = [];
  if (parsed?.content) {
    const main = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as unknown as Document;
    paragraphs = readPageText(main, main.body, url).paragraphs;
  }
  if (paragraphs.length === 0) paragraphs = readPageText(document as unknown as Document, undefined, url).paragraphs;
  const title = page.title || parsed?.title || '';
  return { ...page, title, paragraphs: paragraphs.filter((p) => p !== title) };
}
