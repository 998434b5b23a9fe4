import { describe, expect, test } from 'vitest';
import { failOnWrite, freshDb } from './db-helpers';
import { corpusCopy, engine } from '../helpers';
import { ReadoutEngine, compileCorpus } from '../../engine';
import { addStatements, ImportError, prepareStatements, type Candidate } from '../../lib/db/user-statements';
import { exportAll, importAll } from '../../lib/db/transfer';
import { isQuotaError } from '../../lib/db/open';
import { clearHistory, coverageOf, otherArticlesOnEvent, pruneHistory, recordArticle } from '../../lib/db/history';
import { articleKey, normaliseUrl } from '../../lib/shared/article-url';
import type { PageMatch } from '../../lib/shared/messages';

// The gazetteer and the curated statements: compiling the thousands of ingested ones would only slow each test.
const fresh = () => ReadoutEngine.load(compileCorpus(corpusCopy()));

const good: Candidate = {
  title: 'Wang Yi Speaks with Dmytro Kuleba on the Grain Corridor',
  date: '2023-07-20', source: 'Ministry of Foreign Affairs of the PRC', kind: 'call', language: 'en',
  participants: ['wang-yi', 'dmytro-kuleba'],
  body: ['On July 20, 2023, Wang Yi spoke with Dmytro Kuleba by phone about the grain corridor in the Black Sea.', 'Both sides agreed to stay in touch.'],
};

describe('statements the reader adds', () => {
  test('are validated, get an id, are stored, and are then found and ranked like bundled ones', async () => {
    const db = await freshDb();
    const e = fresh();
    const { added } = await addStatements(db, e, prepareStatements(e, [good], ['paste']));
    expect(added[0].id).toBe('2023-07-20-wang-yi-speaks-with-dmytro-kuleba-on-the');
    expect(added[0].origin).toBe('user');
    expect(await db.count('statements')).toBe(1);
    const r = e.xref({ title: 'Kuleba and Wang discuss Black Sea grain', paragraphs: ['Ukrainian Foreign Minister Dmytro Kuleba spoke with Chinese Foreign Minister Wang Yi on July 20, 2023 about the grain corridor.'], date: '2023-07-21' });
    expect(r.statements[0].id).toBe(added[0].id);
  });

  test('the same content twice is one statement', async () => {
    const db = await freshDb();
    const e = fresh();
    await addStatements(db, e, prepareStatements(e, [good], ['a.txt']));
    const again = await addStatements(db, e, prepareStatements(e, [{ ...good, title: good.title!.toUpperCase(), id: 'another-id' }], ['b.txt']));
    expect(again.added).toEqual([]);
    expect(again.duplicates[0]).toMatch(/already stored as 2023-07-20-wang-yi/);
    expect(await db.count('statements')).toBe(1);
  });

  test.each([
    ['no title', { title: '' }, 'paste.txt: title: missing'],
    ['a date that is not one', { date: '20 July' }, 'paste.txt: date: "20 July" is not a date (YYYY-MM-DD)'],
    ['an unknown participant', { participants: ['nobody-known'] }, `paste.txt: participants: unknown participant "nobody-known" (not in Readout's list of people)`],
    ['no participant', { participants: [] }, 'paste.txt: participants: must list at least one person id'],
    ['an empty body', { body: [] }, 'paste.txt: body: must be a list of non-empty paragraphs'],
    ['a bundled id', { id: '2022-12-30-xi-putin-video-call' }, 'paste.txt: id: "2022-12-30-xi-putin-video-call" is a statement Readout ships; choose another id'],
    ['an end before the start', { endDate: '2023-07-01' }, 'paste.txt: endDate: must be a date (YYYY-MM-DD) on or after date'],
  ])('%s is refused, naming the file and the field', (_name, change, message) => {
    expect(() => prepareStatements(engine(), [{ ...good, ...change }], ['paste.txt'])).toThrow(ImportError);
    try { prepareStatements(engine(), [{ ...good, ...change }], ['paste.txt']); } catch (e) { expect((e as ImportError).problems).toContain(message); }
  });
});

const match = (id: string, strength: 'same-event' | 'related', passages = 1): PageMatch => ({
  id, title: '', date: '', source: '', by: '', kind: 'call', score: 1, strength, event: id, reasons: [], people: [], topics: [],
  passages: Array.from({ length: passages }, (_, i) => ({ articleParagraph: i, statementParagraph: i, similarity: 0.8, kind: 'quote' as const })),
  passage: { article: 'A sentence of the article that repeats the statement.'.repeat(10), statement: 'x', kind: 'quote' },
});

describe('history', () => {
  const QK = '2023-03-16-qin-gang-kuleba-call';
  test('two articles on one event: both cover the statement; each knows of the other; quotes are short', async () => {
    const db = await freshDb();
    await recordArticle(db, { url: 'https://news.example/a?utm_source=x#top', title: 'A', date: '2023-03-17', siteName: 'Example News' }, [match(QK, 'same-event'), match('2022-12-30-xi-putin-video-call', 'related', 0)]);
    await recordArticle(db, { url: 'https://other.example/b', title: 'B', date: '2023-03-16', canonical: 'https://other.example/b/' }, [match(QK, 'same-event')]);
    const cov = await coverageOf(db, QK);
    expect(cov.map((c) => [c.url, c.outlet])).toEqual([['https://news.example/a', 'Example News'], ['https://other.example/b', 'other.example']]);
    expect(cov[0].quote.length).toBeLessThanOrEqual(300);
    // Related without a shared passage is not coverage.
    expect(await coverageOf(db, '2022-12-30-xi-putin-video-call')).toEqual([]);
    expect(await otherArticlesOnEvent(db, QK, { url: 'https://news.example/a?utm_medium=email' })).toBe(1);
    expect(await otherArticlesOnEvent(db, QK, { url: 'https://other.example/b?x', canonical: 'https://other.example/b' })).toBe(1);
  });

  test('old articles are pruned, and clearing empties it', async () => {
    const db = await freshDb();
    await recordArticle(db, { url: 'https://news.example/old', title: 'Old', date: null }, [match(QK, 'same-event')], Date.now() - 40 * 86_400_000);
    await recordArticle(db, { url: 'https://news.example/new', title: 'New', date: null }, [match(QK, 'same-event')]);
    expect(await pruneHistory(db, 30)).toBe(1);
    expect((await coverageOf(db, QK)).map((c) => c.title)).toEqual(['New']);
    await clearHistory(db);
    expect(await db.count('articles')).toBe(0);
    expect(await db.count('links')).toBe(0);
  });

  test.each([
    ['https://Example.com/news/story/?utm_source=tw&utm_medium=x&id=7#comments', 'https://example.com/news/story?id=7'],
    ['https://example.com/a?b=2&a=1&fbclid=zz', 'https://example.com/a?a=1&b=2'],
    ['chrome://settings', null],
  ])('%s is kept as %s', (url, expected) => {
    expect(normaliseUrl(url)).toBe(expected);
  });

  test('a canonical link counts only on the same site', () => {
    expect(articleKey('https://m.example.com/x?ref=a', 'https://m.example.com/story-x')).toBe('https://m.example.com/story-x');
    expect(articleKey('https://example.com/x', 'https://elsewhere.org/y')).toBe('https://example.com/x');
  });
});

describe('export and import', () => {
  test('a round trip loses nothing', async () => {
    const db = await freshDb();
    const e = fresh();
    await addStatements(db, e, prepareStatements(e, [good], ['paste']));
    await recordArticle(db, { url: 'https://news.example/a', title: 'A', date: '2023-03-17' }, [match('2023-03-16-qin-gang-kuleba-call', 'same-event')]);
    await db.put('settings', false, 'history');
    const out = await exportAll(db, new Date('2026-01-01'));

    const db2 = await freshDb();
    const e2 = fresh();
    const r = await importAll(db2, e2, JSON.stringify(out), 'readout.json');
    expect(r).toEqual({ statements: 1, duplicates: 0, articles: 1 });
    expect(await exportAll(db2, new Date('2026-01-01'))).toEqual(out);
    expect(e2.statements.get(out.statements[0].id)?.origin).toBe('user');
  });

  test('a file with one bad item changes nothing, and says where every problem is', async () => {
    const db = await freshDb();
    const e = fresh();
    await addStatements(db, e, prepareStatements(e, [good], ['paste']));
    const before = await exportAll(db, new Date(0));
    const file = { ...before, statements: [{ ...good, title: 'Another fine statement', body: ['Wang Yi and Kuleba spoke again.'] }, { ...good, date: 'yesterday' }], links: [{ url: 'https://nowhere.example', statementId: 'x', strength: 'maybe', passages: [], quote: '', firstSeen: 0, lastSeen: 0 }] };
    const err = await importAll(db, e, JSON.stringify(file), 'backup.json').catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).problems).toEqual([
      'backup.json: links[0].url: names no article of this file',
      'backup.json: links[0].strength: must be "same-event" or "related"',
      'backup.json: statements[1]: date: "yesterday" is not a date (YYYY-MM-DD)',
    ]);
    expect(await exportAll(db, new Date(0))).toEqual(before);
  });

  test.each([
    ['not JSON', '{', /readout\.json: not JSON/],
    ['another format', '{"format":"something"}', /format: not a Readout export/],
    ['a newer version', '{"format":"readout-export","version":9}', /version: 9 is newer/],
  ])('%s is refused plainly', async (_name, text, message) => {
    const db = await freshDb();
    await expect(importAll(db, fresh(), text, 'readout.json')).rejects.toThrow(message);
  });

  test('a disk that fills up midway: the import fails whole, and what was stored stays', async () => {
    const db = await freshDb();
    const e = fresh();
    await addStatements(db, e, prepareStatements(e, [good], ['paste']));
    const before = await exportAll(db, new Date(0));
    const file = { ...before, statements: [1, 2, 3].map((n) => ({ ...good, title: `Statement number ${n}`, body: [`Wang Yi and Kuleba spoke, time ${n}.`] })) };
    expect(isQuotaError(await failOnWrite(3, () => importAll(db, e, JSON.stringify(file), 'big.json')))).toBe(true);
    expect(await exportAll(db, new Date(0))).toEqual(before);
    expect([...e.statements.values()].filter((s) => s.origin === 'user').map((s) => s.id)).toEqual([before.statements[0].id]);
  });
});

describe('importing history in bulk', () => {
  const article = (n: number, firstSeen: number, lastSeen: number) => ({ url: `https://news.example/${n}`, title: `Article ${n}`, outlet: 'news.example', date: '2023-03-17', firstSeen, lastSeen });
  const file = (articles: ReturnType<typeof article>[]) => JSON.stringify({ format: 'readout-export', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', settings: {}, statements: [], articles, links: [] });

  test('rows of one file with the same address merge, and merge with what is stored', async () => {
    const db = await freshDb();
    await importAll(db, fresh(), file([article(1, 500, 600)]), 'old.json');
    await importAll(db, fresh(), file([article(1, 300, 400), article(1, 700, 800), article(2, 10, 20)]), 'new.json');
    const rows = await db.getAll('articles');
    expect(rows.map((r) => [r.url, r.firstSeen, r.lastSeen])).toEqual([['https://news.example/1', 300, 800], ['https://news.example/2', 10, 20]]);
  });

  test('a disk that fills up in the middle of 2,000 articles keeps none of them', async () => {
    const db = await freshDb();
    await importAll(db, fresh(), file([article(0, 1, 2)]), 'first.json');
    const big = file(Array.from({ length: 2000 }, (_, i) => article(i + 1, 5, 6)));
    expect(isQuotaError(await failOnWrite(1000, () => importAll(db, fresh(), big, 'big.json')))).toBe(true);
    expect((await db.getAll('articles')).map((r) => r.url)).toEqual(['https://news.example/0']);
  });
});

describe('what is never written to history', () => {
  test('private windows, and everything once the reader turns history off', async () => {
    const { remember } = await import('../../lib/background/reading-history');
    const { saveSettings } = await import('../../lib/db/settings');
    const db = await freshDb();
    const meta = { url: 'https://news.example/private', title: 'P', date: null };
    await remember(meta, [match('2023-03-16-qin-gang-kuleba-call', 'same-event')], true);
    expect(await db.count('articles')).toBe(0);
    await saveSettings({ history: false });
    await remember(meta, [match('2023-03-16-qin-gang-kuleba-call', 'same-event')], false);
    expect(await db.count('articles')).toBe(0);
    await saveSettings({ history: true });
    await remember(meta, [match('2023-03-16-qin-gang-kuleba-call', 'same-event')], false);
    expect(await db.count('articles')).toBe(1);
  });
});
