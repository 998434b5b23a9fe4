// Accounts of one event side by side: which paragraphs of one say what a paragraph of another says, what
// each says alone, and which account an article follows, passage by passage. Paragraphs are paired as
// the article's passages are paired with a statement (shared words, or across languages shared people
// and topics), so an account and an article are read the same way.
import type { ParagraphFeatures } from '../rank/passages';
import { pairBySentences, sentenceUnits, type SentenceUnits } from './sentence-units';
import { articleFeatures } from '../rank/rank';
import type { Analysis, Article, StatementRecord } from '../index/types';
import type { ReadoutEngine } from '../index/engine';

export interface AccountParagraph { statement: string; paragraph: number }

export interface AccountPair {
  a: AccountParagraph;
  b: AccountParagraph;
  similarity: number;
  kind: 'quote' | 'paraphrase';
}

export interface AccountInfo { id: string; title: string; source: string; publisher?: string; language: string; paragraphs: number }

export interface AccountsComparison {
  event: string;
  accounts: AccountInfo[];
  /** Paragraphs of one account that say what a paragraph of another account says, most alike first. */
  pairs: AccountPair[];
  /** Per account, the paragraphs with something to say that no other account answers. */
  only: { statement: string; paragraphs: number[] }[];
}

export interface FollowedPassage {
  articleParagraph: number;
  statement: string;
  publisher?: string;
  statementParagraph: number;
  similarity: number;
  kind: 'quote' | 'paraphrase';
}

export interface ArticleAccounts {
  event: string;
  /** Per article paragraph that an account says too: the account that says it best. */
  passages: FollowedPassage[];
  /** The accounts by how many of the article's passages follow them, most first. */
  follows: { statement: string; publisher?: string; passages: number }[];
  /** Article paragraphs with something to say that no account says. */
  unsourced: number[];
}

/** pairPassages leaves out paragraphs too thin to pair ("Over to you."); they are not "said only here" either. */
const substantive = (p: ParagraphFeatures) => p.terms.length >= 4 || p.entities.size >= 2;

function accountsOf(engine: ReadoutEngine, eventId: string): StatementRecord[] {
  const ids = engine.event(eventId)?.accounts ?? [];
  return ids.map((id) => engine.statements.get(id)).filter((s): s is StatementRecord => !!s && engine.visible(s));
}

function unitsOf(engine: ReadoutEngine, s: StatementRecord): SentenceUnits {
  const body = engine.bodyOf(s);
  return sentenceUnits(body, engine.read(body, { date: s.date }).mentions);
}

const info = (engine: ReadoutEngine, s: StatementRecord): AccountInfo => ({ id: s.id, title: s.title, source: s.source, ...(s.publisher ? { publisher: s.publisher } : {}), language: s.language, paragraphs: engine.bodyOf(s).length });

export function compareAccounts(engine: ReadoutEngine, eventId: string): AccountsComparison | null {
  const accounts = accountsOf(engine, eventId);
  if (accounts.length < 2) return null;
  const features = accounts.map((s) => engine.statementParagraphs(s));
  const units = accounts.map((s) => unitsOf(engine, s));
  const pairs: AccountPair[] = [];
  const answered = accounts.map(() => new Set<number>());
  for (let i = 0; i < accounts.length; i++) for (let j = i + 1; j < accounts.length; j++) {
    // Both ways: each paragraph of either account finds its best counterpart in the other.
    const seen = new Set<string>();
    const add = (ai: number, bj: number, similarity: number, kind: AccountPair['kind']) => {
      const key = `${ai}:${bj}`;
      if (seen.has(key)) return;
      seen.add(key);
      answered[i].add(ai);
      answered[j].add(bj);
      pairs.push({ a: { statement: accounts[i].id, paragraph: ai }, b: { statement: accounts[j].id, paragraph: bj }, similarity, kind });
    };
    for (const p of pairBySentences(units[i], units[j])) add(p.articleParagraph, p.statementParagraph, p.similarity, p.kind);
    for (const p of pairBySentences(units[j], units[i])) add(p.statementParagraph, p.articleParagraph, p.similarity, p.kind);
  }
  pairs.sort((x, y) => y.similarity - x.similarity);
  const only = accounts.map((s, i) => ({ statement: s.id, paragraphs: features[i].map((f, k) => (substantive(f) && !answered[i].has(k) ? k : -1)).filter((k) => k >= 0) }));
  return { event: eventId, accounts: accounts.map((s) => info(engine, s)), pairs, only };
}

/** Which account of an event the article follows, passage by passage, and what it reports that none says. */
export function followAccounts(engine: ReadoutEngine, article: Article, analysis: Analysis, eventId: string): ArticleAccounts {
  const { articleParas } = articleFeatures(article, analysis);
  const articleUnits = sentenceUnits(article.paragraphs, analysis.mentions.slice(1));
  const best = new Map<number, FollowedPassage>();
  for (const s of accountsOf(engine, eventId)) {
    for (const p of pairBySentences(articleUnits, unitsOf(engine, s))) {
      const had = best.get(p.articleParagraph);
      if (had && had.similarity >= p.similarity) continue;
      best.set(p.articleParagraph, { articleParagraph: p.articleParagraph, statement: s.id, ...(s.publisher ? { publisher: s.publisher } : {}), statementParagraph: p.statementParagraph, similarity: p.similarity, kind: p.kind });
    }
  }
  const passages = [...best.values()].sort((a, b) => a.articleParagraph - b.articleParagraph);
  const counts = new Map<string, { statement: string; publisher?: string; passages: number }>();
  for (const p of passages) {
    const c = counts.get(p.statement) ?? { statement: p.statement, ...(p.publisher ? { publisher: p.publisher } : {}), passages: 0 };
    c.passages++;
    counts.set(p.statement, c);
  }
  const unsourced = articleParas.map((f, i) => (substantive(f) && !best.has(i) ? i : -1)).filter((i) => i >= 0);
  return { event: eventId, passages, follows: [...counts.values()].sort((a, b) => b.passages - a.passages || (a.statement < b.statement ? -1 : 1)), unsourced };
}
