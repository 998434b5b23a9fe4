import type { PageText } from './messages';

const SKIP = 'nav, footer, header, aside, form, script, style, noscript, svg, code, pre, [contenteditable], [aria-hidden="true"], [role="navigation"], [role="complementary"]';
const BLOCKS = 'h1, h2, h3, p, li, blockquote, figcaption, td';

/** The article's readable text: the blocks of its main element, not the navigation or the sidebars. */
export function readPageText(doc: Document): PageText {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body;
  const paragraphs: string[] = [];
  for (const el of root?.querySelectorAll<HTMLElement>(BLOCKS) ?? []) {
    if (el.closest(SKIP) && !root?.matches(SKIP)) continue;
    if (el.querySelector(BLOCKS)) continue; // its inner blocks are read on their own
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 1) paragraphs.push(text);
  }
  const meta = (sel: string) => doc.querySelector<HTMLMetaElement>(sel)?.content ?? null;
  const date = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]')
    ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const h1 = doc.querySelector('h1')?.textContent?.trim();
  return { url: doc.location?.href ?? '', title: h1 || doc.title, paragraphs: paragraphs.filter((p) => p !== h1), date: date ? date.slice(0, 10) : null };
}
