import { readFileSync } from 'node:fs';
import { runOnParagraphs } from '../clean-text';
import { parseCsv } from '../csv';
import type { PublisherId, SourceItem, SourceProblem } from '../publishers';

/** A CSV export of a president's site: which columns it has decides whose it is. */
export interface CsvFormat {
  publisher: PublisherId;
  columns: string[];
  /** The body as published; the Kremlin puts its lead paragraph in a column of its own. */
  body: (row: Record<string, string>) => string;
  host: RegExp;
}

export const CSV_FORMATS: CsvFormat[] = [
  {
    publisher: 'kremlin', columns: ['link', 'headline', 'date', 'location', 'summary', 'body'], host: /^https?:\/\/(en\.)?kremlin\.ru\//,
    body: (r) => (r.summary && !r.body.startsWith(r.summary.slice(0, 60)) ? `${r.summary}\n${r.body}` : r.body),
  },
  { publisher: 'president-ua', columns: ['link', 'headline', 'date', 'body'], host: /^https?:\/\/(www\.)?president\.gov\.ua\//, body: (r) => r.body },
];

export function csvFormatOf(header: string[]): CsvFormat | undefined {
  const h = header.map((c) => c.trim().toLowerCase());
  return CSV_FORMATS.find((f) => f.columns.length === h.length && f.columns.every((c, i) => h[i] === c));
}

/** Rows of one CSV file; a row that cannot be read is named by row and line, and skipped. */
export function readCsvPublications(file: string, where: string): { items: SourceItem[]; problems: SourceProblem[]; read: number; format?: CsvFormat } {
  const parsed = parseCsv(readFileSync(file, 'utf8'));
  const problems: SourceProblem[] = [];
  const [header, ...rows] = parsed.rows;
  const format = header && csvFormatOf(header.fields);
  if (!format) return { items: [], problems: [{ where: `${where}: line 1`, field: 'header', why: `not a known export (columns: ${header?.fields.join(', ') ?? 'none'})` }], read: 0 };
  if (parsed.error) problems.push({ publisher: format.publisher, where: `${where}: line ${parsed.error.line}`, field: 'file', why: `${parsed.error.why}; the rows after it are not read` });
  const items: SourceItem[] = [];
  rows.forEach((r, i) => {
    const at = `${where}: row ${i + 1} (line ${r.line})`;
    if (r.fields.length === 1 && r.fields[0].trim() === '') return;
    if (r.fields.length !== format.columns.length) {
      problems.push({ publisher: format.publisher, where: at, field: 'row', why: `${r.fields.length} fields, expected ${format.columns.length}` });
      return;
    }
    const row = Object.fromEntries(format.columns.map((c, j) => [c, r.fields[j]]));
    const bad = (field: string, why: string) => { problems.push({ publisher: format.publisher, where: at, field, why }); };
    if (!format.host.test(row.link)) return bad('link', `"${row.link.slice(0, 80)}" is not an address of the publisher's site`);
    if (!row.headline.trim()) return bad('headline', 'empty');
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(row.date.trim()) || Number.isNaN(Date.parse(row.date))) return bad('date', `"${row.date.slice(0, 40)}" is not a timestamp`);
    if (!row.body.trim()) return bad('body', 'empty');
    items.push({
      publisher: format.publisher, where: at, url: row.link.trim(), publishedAt: row.date.trim(),
      title: row.headline.replace(/\s+/g, ' ').trim(),
      body: runOnParagraphs(format.body(row)),
    });
  });
  return { items, problems, read: rows.filter((r) => !(r.fields.length === 1 && r.fields[0].trim() === '')).length, format };
}
