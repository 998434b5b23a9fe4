import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { markdownParagraphs } from '../clean-text';
import { readFrontMatter } from '../front-matter';
import type { SourceItem, SourceProblem } from '../publishers';

/** Every `.md` under the folder, in name order (the folder holds one sub-folder per month). */
function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (name.endsWith('.md') && name !== 'README.md') out.push(p);
  }
  return out;
}

export function isWhiteHouseDir(dir: string): boolean {
  return markdownFiles(dir).some((f) => /^source_url:.*whitehouse\.gov/m.test(readFileSync(f, 'utf8').slice(0, 2000)));
}

/** The White House briefing room as captured: YAML front matter, then Markdown wrapped at ~72 columns. */
export function readWhiteHouse(dir: string, shownFrom: string): { items: SourceItem[]; problems: SourceProblem[]; read: number } {
  const items: SourceItem[] = [];
  const problems: SourceProblem[] = [];
  const files = markdownFiles(dir);
  for (const file of files) {
    const where = relative(shownFrom, file);
    const text = readFileSync(file, 'utf8');
    let fm;
    try { fm = readFrontMatter(text); } catch (e) { problems.push({ publisher: 'white-house', where, field: 'front matter', why: (e as Error).message }); continue; }
    const f = fm.fields;
    const missing = ['title', 'source_url', 'published_time'].find((k) => !f[k]?.trim());
    if (missing) { problems.push({ publisher: 'white-house', where, field: missing, why: 'missing or empty' }); continue; }
    const publishedAt = f.published_time.trim().replace(' ', 'T');
    if (Number.isNaN(Date.parse(publishedAt))) { problems.push({ publisher: 'white-house', where, field: 'published_time', why: `"${f.published_time}" is not a date and time` }); continue; }
    items.push({
      publisher: 'white-house', where, url: f.source_url.trim(), publishedAt,
      title: f.title.replace(/\s+/g, ' ').trim(),
      body: markdownParagraphs(text.slice(fm.bodyStart)),
    });
  }
  return { items, problems, read: files.length };
}
