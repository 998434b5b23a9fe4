import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { foldString, toIsoDate, type Article, type XrefResult } from '../engine';
import { articleFromHtml } from './html-article';
import { articleFromText } from './article-text';

/** Reads one file into an article, or throws an error whose message names the problem. */
export function readArticle(file: string): Article & { title: string } {
  const ext = extname(file).toLowerCase();
  if (!['.html', '.htm', '.txt', '.text', '.md'].includes(ext)) throw new Error(`unsupported file type "${ext || '(none)'}": give .html or .txt`);
  let raw: string;
  try { raw = readFileSync(file, 'utf8'); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? (e as Error).message})`);
  }
  if (raw.includes('\u0000')) throw new Error('is not a text file');
  if (ext === '.html' || ext === '.htm') {
    const page = articleFromHtml(raw);
    if (page.paragraphs.length === 0 && !page.title) throw new Error('holds no readable article text');
    return { title: page.title, paragraphs: page.paragraphs, date: page.date };
  }
  const a = articleFromText(raw);
  if (!a.title && a.paragraphs.length === 0) throw new Error('is empty');
  // A plain-text article may carry its date on one of its first lines.
  const date = toIsoDate([a.title ?? '', ...a.paragraphs.slice(0, 2)].join('\n'), foldString);
  return { title: a.title ?? '', paragraphs: a.paragraphs, date };
}

export function toJson(file: string, article: Article & { title: string }, r: XrefResult) {
  return {
    file,
    title: article.title,
    date: article.date ?? null,
    people: r.people.map(({ id, name, mentions, forms }) => ({ id, name, mentions, forms })),
    topics: r.topics.map(({ id, label, mentions, phrases }) => ({ id, label, mentions, phrases })),
    statements: r.statements.map((s) => ({
      id: s.id, url: s.url ?? null, source: s.source, publisher: s.publisher ?? null, kind: s.kind, title: s.title, date: s.date, score: s.score, strength: s.strength, event: s.event,
      reasons: s.reasons.map((x) => x.text),
      passages: s.passages.map(({ articleParagraph, statementParagraph, similarity, kind }) => ({ articleParagraph, statementParagraph, similarity, kind })),
    })),
  };
}

