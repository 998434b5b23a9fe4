import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { readCsvPublications } from './sources/csv-publications';
import { isWhiteHouseDir, readWhiteHouse } from './sources/white-house';
import type { PublisherId, SourceItem, SourceProblem } from './publishers';

export interface SourceRead {
  items: SourceItem[];
  problems: SourceProblem[];
  /** Items read per publisher (rows or files, readable or not). */
  read: Partial<Record<PublisherId, number>>;
  /** What was given but is not read here, and why ("the seeds keep their curated files"). */
  notes: string[];
}

/** Reads every source given (folders or files), each by the reader its format needs. */
export function readSources(paths: string[]): SourceRead {
  const out: SourceRead = { items: [], problems: [], read: {}, notes: [] };
  const count = (p: PublisherId, n: number) => { out.read[p] = (out.read[p] ?? 0) + n; };
  const csv = (file: string, shownFrom: string) => {
    const r = readCsvPublications(file, relative(shownFrom, file) || basename(file));
    out.items.push(...r.items);
    out.problems.push(...r.problems);
    if (r.format) count(r.format.publisher, r.read);
  };
  for (const given of paths) {
    if (!existsSync(given)) { out.problems.push({ where: given, field: 'path', why: 'no such file or folder' }); continue; }
    const shownFrom = dirname(given.replace(/\/+$/, ''));
    if (statSync(given).isFile()) {
      if (given.endsWith('.csv')) csv(given, shownFrom);
      else out.problems.push({ where: given, field: 'path', why: 'not a source this ingest reads (a .csv export or a folder)' });
      continue;
    }
    const names = readdirSync(given).sort();
    const csvs = names.filter((n) => n.endsWith('.csv'));
    if (csvs.length) { for (const n of csvs) csv(join(given, n), shownFrom); continue; }
    if (isWhiteHouseDir(given)) {
      const r = readWhiteHouse(given, shownFrom);
      out.items.push(...r.items);
      out.problems.push(...r.problems);
      count('white-house', r.read);
      continue;
    }
    if (names.some((n) => n.endsWith('.txt'))) { out.notes.push(`${given}: captures of curated statements (the seeds): they keep their hand-made files in corpus/statements/, nothing read`); continue; }
    out.problems.push({ where: given, field: 'path', why: 'no White House Markdown, Kremlin or President of Ukraine CSV found in it' });
  }
  return out;
}
