// npm run xref -- [--json] FILE...: people, topics and matching statements for saved articles.
import type { Article, XrefResult } from '../engine';
import { readArticle, toJson } from './read-article';
import { loadEngine } from './load-engine';

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
