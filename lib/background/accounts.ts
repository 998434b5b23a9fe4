// The accounts view's answer: an event's accounts with their names and topics marked, laid out side by side,
// and the tab's article against them. Bodies are read before anything compares them (the worker's engine
// holds statements without bodies until asked).
import { bestSentencePair, compareAccounts, followAccounts, publisherLabel, type ReadoutEngine, type StatementRecord } from '../../engine';
import { alignAccounts } from './account-rows';
import { chipsOf } from './chips';
import type { PageState } from './page-state';
import type { AccountParagraphView, AccountsView, AccountView } from '../shared/messages';

/** The article's paragraphs that no account says, listed whole: the first few tell the reader what the article adds. */
const UNSOURCED_SHOWN = 8;

export async function accountsView(engine: ReadoutEngine, eventOrStatement: string, page: PageState | undefined): Promise<AccountsView | null> {
  const event = engine.event(engine.eventOf(eventOrStatement));
  if (!event) return null;
  await engine.loadBodies(event.accounts);
  const comparison = compareAccounts(engine, event.id);
  // An event the reader's choice of publishers left with one account is still shown: that one, alone.
  const records = (comparison?.accounts.map((a) => a.id) ?? event.accounts).map((id) => engine.statements.get(id)).filter((s): s is StatementRecord => !!s && engine.visible(s));
  if (records.length === 0) return null;
  const index = new Map(records.map((s, k) => [s.id, k]));
  const paragraphs: AccountParagraphView[][] = records.map((s) => {
    const body = engine.bodyOf(s);
    const mentions = engine.mentions(body, { date: s.date });
    return body.map((text, i) => ({ text, marks: mentions[i].map((m) => ({ start: m.start, end: m.end, kind: m.kind, id: m.id })), same: [], only: false, article: [] }));
  });
  const pairs = (comparison?.pairs ?? []).map((p) => ({ a: index.get(p.a.statement)!, i: p.a.paragraph, b: index.get(p.b.statement)!, j: p.b.paragraph, similarity: p.similarity, kind: p.kind }));
  // Pairs come most alike first: so do each paragraph's counterparts.
  for (const p of pairs) {
    paragraphs[p.a][p.i].same.push({ account: p.b, paragraph: p.j, kind: p.kind });
    paragraphs[p.b][p.j].same.push({ account: p.a, paragraph: p.i, kind: p.kind });
  }
  for (const o of comparison?.only ?? []) for (const i of o.paragraphs) paragraphs[index.get(o.statement)!][i].only = true;

  let article: AccountsView['article'] = null;
  const read = page ? await page.articleRead() : null;
  if (read && records.length) {
    const followed = followAccounts(engine, read.article, read.analysis, event.id);
    const passages = followed.passages.filter((p) => index.has(p.statement)).map((p) => {
      const account = index.get(p.statement)!;
      const pair = bestSentencePair(read.article.paragraphs[p.articleParagraph], engine.bodyOf(records[account])[p.statementParagraph], Infinity);
      paragraphs[account][p.statementParagraph].article.push({ sentence: pair.article, kind: p.kind });
      return { account, paragraph: p.statementParagraph, kind: p.kind, articleSentence: pair.article, accountSentence: pair.statement };
    });
    article = {
      page: read.meta,
      follows: followed.follows.filter((f) => index.has(f.statement)).map((f) => ({ account: index.get(f.statement)!, passages: f.passages })),
      passages,
      unsourced: followed.unsourced.slice(0, UNSOURCED_SHOWN).map((i) => read.article.paragraphs[i]),
      unsourcedTotal: followed.unsourced.length,
    };
  }

  const accounts: AccountView[] = records.map((s, k) => ({
    id: s.id, title: s.title, date: s.date, kind: s.kind, source: s.source, ...(s.url ? { url: s.url } : {}),
    by: publisherLabel(engine, s), ...chipsOf(engine, s), paragraphs: paragraphs[k],
  }));
  return {
    event: { id: event.id, date: event.date, ...(event.endDate ? { endDate: event.endDate } : {}), kind: event.kind, participants: chipsOf(engine, { people: event.participants, topics: [] }).people },
    accounts,
    rows: alignAccounts(records.map((s) => engine.bodyOf(s).length), pairs),
    article,
  };
}
