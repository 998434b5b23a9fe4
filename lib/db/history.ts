import type { Coverage, PageMatch, PageMeta } from '../shared/messages';
import { articleKey, outletOf } from '../shared/article-url';
import type { Db } from './open';
import { QUOTE_CHARS, type ArticleRow, type LinkRow } from './schema';

const DAY_MS = 86_400_000;

/**
 * A statement the article cites: the same event, or one whose words it repeats or restates.
 * Related statements without a shared passage are background, not coverage.
 */
function cites(m: PageMatch): boolean {
  return m.strength === 'same-event' || m.passages.length > 0;
}

/** Remembers that the reader read this article and which statements it covers; its text is not kept. */
export async function recordArticle(db: Db, meta: PageMeta, matches: PageMatch[], now = Date.now()): Promise<string | null> {
  const url = articleKey(meta.url, meta.canonical);
  if (!url) return null;
  const tx = db.transaction(['articles', 'links'], 'readwrite');
  const articles = tx.objectStore('articles');
  const links = tx.objectStore('links');
  const old = await articles.get(url);
  const row: ArticleRow = { url, title: meta.title.slice(0, 300), outlet: outletOf(url, meta.siteName), date: meta.date, firstSeen: old?.firstSeen ?? now, lastSeen: now };
  await articles.put(row);
  const cited = matches.filter(cites);
  const keep = new Set(cited.map((m) => m.id));
  // The article may have changed since: statements it no longer covers are no longer linked.
  for (const key of await links.index('by-url').getAllKeys(url)) if (!keep.has(key[1])) await links.delete(key);
  for (const m of cited) {
    const prev = await links.get([url, m.id]);
    await links.put({
      url, statementId: m.id, strength: m.strength,
      passages: m.passages.map((p) => ({ article: p.articleParagraph, statement: p.statementParagraph, kind: p.kind })),
      quote: (m.passage?.article ?? '').slice(0, QUOTE_CHARS),
      firstSeen: prev?.firstSeen ?? now, lastSeen: now,
    });
  }
  await tx.done;
  return url;
}

/** The articles the reader read that cover a statement, newest first. */
export async function coverageOf(db: Db, statementId: string): Promise<Coverage[]> {
  const tx = db.transaction(['articles', 'links']);
  const links = await tx.objectStore('links').index('by-statement').getAll(statementId);
  const out: Coverage[] = [];
  for (const l of links) {
    const a = await tx.objectStore('articles').get(l.url);
    if (a) out.push({ url: a.url, title: a.title, outlet: a.outlet, date: a.date, strength: l.strength, quote: l.quote, lastSeen: l.lastSeen });
  }
  return out.sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || y.lastSeen - x.lastSeen);
}

/** How many other articles the reader read on the same event as this statement. */
export async function otherArticlesOnEvent(db: Db, statementId: string, page: Pick<PageMeta, 'url' | 'canonical'>): Promise<number> {
  const key = articleKey(page.url, page.canonical);
  const tx = db.transaction('links');
  // Counted, not read: with years of history the links are thousands.
  const all = await tx.store.index('by-event').count(IDBKeyRange.only([statementId, 'same-event']));
  const self = key ? await tx.store.get([key, statementId]) : undefined;
  return all - (self?.strength === 'same-event' ? 1 : 0);
}

/** Forgets articles not read for `days` days, and their links. */
export async function pruneHistory(db: Db, days: number, now = Date.now()): Promise<number> {
  const before = IDBKeyRange.upperBound(now - days * DAY_MS, true);
  const tx = db.transaction(['articles', 'links'], 'readwrite');
  let n = 0;
  for (let c = await tx.objectStore('links').index('by-lastSeen').openCursor(before); c; c = await c.continue()) await c.delete();
  for (let c = await tx.objectStore('articles').index('by-lastSeen').openCursor(before); c; c = await c.continue()) { await c.delete(); n++; }
  await tx.done;
  return n;
}

export async function clearHistory(db: Db): Promise<void> {
  const tx = db.transaction(['articles', 'links'], 'readwrite');
  await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('links').clear(), tx.done]);
}

export async function historySize(db: Db): Promise<{ articles: number; links: number }> {
  return { articles: await db.count('articles'), links: await db.count('links') };
}
