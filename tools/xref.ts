// npm run xref -- [--json] FILE...: people, topics and matching statements for saved articles.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { foldString, toIsoDate, datesInText, type Article, type XrefResult } from '../engine';
import { articleFromHtml } from './html-article';
import { articleFromText } from './article-text';
import { loadEngine } from './load-engine';

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
  const head = [a.title ?? '', ...a.paragraphs.slice(0, 2)].join('\n');
  const d = datesInText(foldString(head)).find((x) => x.year !== undefined && x.day !== undefined);
  const date = d ? toIsoDate(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, foldString) : null;
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
      id: s.id, title: s.title, date: s.date, source: s.source, score: s.score, strength: s.strength,
      reasons: s.reasons.map((x) => x.text),
      passages: s.passages.map(({ articleParagraph, statementParagraph, similarity, kind }) => ({ articleParagraph, statementParagraph, similarity, kind })),
    })),
  };
}

function report(file: string, a: Article & { title: string }, r: XrefResult): string {
  const lines = [`${file}`, `  ${a.title || '(no title)'}${a.date ? `  (${a.date})` : ''}`];
  lines.push(`  People: ${r.people.length ? r.people.map((p) => `${p.name} ×${p.mentions} (${p.forms.join(', ')})`).join('; ') : 'none'}`);
  lines.push(`  Topics: ${r.topics.length ? r.topics.map((t) => `${t.label} ×${t.mentions}`).join('; ') : 'none'}`);
  if (r.statements.length === 0) lines.push('  Statements: none match');
  r.statements.forEach((s, i) => {
    lines.push(`  ${i + 1}. [${s.strength === 'same-event' ? 'SAME EVENT' : 'related'}] ${s.title} — ${s.date}, ${s.source} (score ${s.score})`);
    for (const reason of s.reasons) lines.push(`       · ${reason.text}`);
    for (const p of s.passages.slice(0, 3)) {
      const art = a.paragraphs[p.articleParagraph] ?? '';
      lines.push(`       ${p.kind} ${Math.round(p.similarity * 100)}%: article ¶${p.articleParagraph + 1} “${art.slice(0, 90)}${art.length > 90 ? '…' : ''}” ~ statement ¶${p.statementParagraph + 1}`);
    }
  });
  return lines.join('\n');
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || argv.includes('--help')) {
    console.error('usage: npm run xref -- [--json] FILE... (.html or .txt articles)');
    return 2;
  }
  const engine = loadEngine();
  let failed = 0;
  for (const file of files) {
    let article: Article & { title: string };
    try { article = readArticle(file); } catch (e) {
      console.error(`xref: ${file}: ${(e as Error).message}`);
      failed++;
      continue;
    }
    const r = engine.xref(article);
    console.log(json ? JSON.stringify(toJson(file, article, r)) : report(file, article, r) + '\n');
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
