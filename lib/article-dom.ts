import { foldString } from '../engine/text/normalize';
import { toIsoDate } from '../engine/text/dates';
import type { PageText } from './messages';
import { skipped } from './content/blocks';

// Reading an article out of a DOM. Shared by the content script (the live page)
// and the command line (a saved page parsed by linkedom), so both see the same text.

const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote, figcaption, dd, td';

/** Whether el, or an ancestor up to root, is a part the highlighter also leaves alone. */
function outsideArticle(el: Element, root: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) if (skipped(cur)) return true;
  return false;
}

/** Text blocks (paragraphs, headings, list items) under root, outside navigation and asides. */
export function textBlocks(root: Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (outsideArticle(el, root)) continue;
    if (el.querySelector(BLOCKS)) continue; // its inner blocks are read on their own
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 1) out.push(text);
  }
  return out;
}

/** The article's date from the page's metadata, JSON-LD or first <time>, as an ISO day. */
export function pageDate(doc: Document): string | null {
  const metas = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[property="og:published_time"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]'];
  for (const sel of metas) {
    const d = toIsoDate(doc.querySelector(sel)?.getAttribute('content'), foldString);
    if (d) return d;
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    const d = toIsoDate(m?.[1], foldString);
    if (d) return d;
  }
  const t = doc.querySelector('time[datetime]');
  return toIsoDate(t?.getAttribute('datetime'), foldString) ?? toIsoDate(t?.textContent, foldString);
}

export function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = doc.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 || og || (doc.title ?? '').trim();
}

/** The element holding the article: the page's own markup says where, else the body. */
export function articleRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body;
}

/** What the engine needs of a page: its title, date and the paragraphs of the article (title excluded). */
export function readPageText(doc: Document, root: Element | null = articleRoot(doc), url = doc.location?.href ?? ''): PageText {
  const title = pageTitle(doc);
  const paragraphs = root ? textBlocks(root).filter((p) => p !== title) : [];
  return { url, title, paragraphs, date: pageDate(doc) };
}

/** The page's canonical address and outlet name, as it declares them (history keys articles by them). */
export function pageIdentity(doc: Document): { canonical: string | null; siteName: string | null } {
  return {
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    siteName: doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
  };
}
