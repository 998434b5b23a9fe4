import { foldString } from '../../engine/text/normalize';
import { toIsoDate } from '../../engine/text/dates';
import type { PageText } from '../shared/messages';
import { SELF_DESCRIBING, skipped } from './blocks';

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

const DATE_METAS = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[property="og:published_time"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]'];
/**
 * Every element the title, date and identity may come from, in one scan: a query that finds
 * nothing scans the whole page (30,000 elements at 2 MB), and there were a dozen such queries.
 */
const HEAD_TAGS = SELF_DESCRIBING.join(', ');

/** What a page says of itself: its title, date (an ISO day) and, as it declares them, canonical address and outlet. */
export interface PageHead { title: string; date: string | null; canonical: string | null; siteName: string | null; language: string | null }

/**
 * `inBody`: the body's SELF_DESCRIBING elements in document order, when a walk of the body has listed
 * them already (the content script's reader does): then only the <head> is scanned. That walk passes over
 * navigation, asides, forms and hidden parts, whose headings and dates belong to other pages.
 */
export function pageHead(doc: Document, inBody?: Element[]): PageHead {
  const found = inBody && doc.head ? [...Array.from(doc.head.querySelectorAll(HEAD_TAGS)), ...inBody] : Array.from(doc.querySelectorAll(HEAD_TAGS));
  const first = (sel: string) => found.find((el) => el.matches(sel)) ?? null;
  return {
    title: pageTitle(doc, first),
    date: pageDate(found, first),
    canonical: first('link[rel="canonical"]')?.getAttribute('href') ?? null,
    siteName: first('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
    language: pageLanguage(doc),
  };
}

/**
 * The language the page declares (`<html lang="fr-FR">`: "fr"), or null. Words that mean a day in one language and
 * something else in another ("hier" is yesterday in French and here in German) are read only in the language that owns them.
 */
function pageLanguage(doc: Document): string | null {
  const lang = /^([a-z]{2,3})(?:[-_]|$)/i.exec(doc.documentElement.getAttribute('lang') ?? '');
  return lang ? lang[1].toLowerCase() : null;
}

/** The article's date from the page's metadata, JSON-LD or first <time>. */
function pageDate(found: Element[], first: (sel: string) => Element | null): string | null {
  for (const sel of DATE_METAS) {
    const d = toIsoDate(first(sel)?.getAttribute('content'), foldString);
    if (d) return d;
  }
  for (const s of found.filter((el) => el.matches('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    const d = toIsoDate(m?.[1], foldString);
    if (d) return d;
  }
  const t = first('time[datetime]');
  return toIsoDate(t?.getAttribute('datetime'), foldString) ?? toIsoDate(t?.textContent, foldString);
}

/** The first heading, else the page's og:title, else its <title>. */
function pageTitle(doc: Document, first: (sel: string) => Element | null): string {
  const h1 = first('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 || first('meta[property="og:title"]')?.getAttribute('content') || (doc.title ?? '').trim();
}

/** The element holding the article: the page's own markup says where, else the body. */
export function articleRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body;
}

/** What the engine needs of a page: its title, date and the paragraphs of the article (title excluded). */
export function readPageText(doc: Document, root: Element | null = articleRoot(doc), url = doc.location?.href ?? ''): PageText {
  const { title, date } = pageHead(doc);
  const paragraphs = root ? textBlocks(root).filter((p) => p !== title) : [];
  return { url, title, paragraphs, date };
}
