import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildGazetteer, CorpusError, ReadoutEngine, validateCorpus, type RawStatement } from '../../engine';
import { readCorpus } from '../corpus-files';
import type { PublisherId } from './publishers';
import { readSources } from './read-sources';
import { DROP, toStatement } from './to-statement';

export interface IngestReport { text: string; written: boolean; kept: RawStatement[] }

/** Addresses differ in scheme, `www.` and a trailing slash between captures of one page. */
export function normalUrl(u: string): string {
  return u.trim().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '').toLowerCase();
}

/** Keys in a fixed order, two-space indents, a final newline: the same input gives the same bytes. */
export function statementJson(s: RawStatement): string {
  const order: (keyof RawStatement)[] = ['id', 'title', 'date', 'endDate', 'published', 'publishedAt', 'source', 'publisher', 'kind', 'participants', 'language', 'url', 'licence', 'attribution', 'capture', 'notes', 'body'];
  const o: Record<string, unknown> = {};
  for (const k of order) if (s[k] !== undefined) o[k] = s[k];
  return `${JSON.stringify(o, null, 2)}\n`;
}

/**
 * Reads the sources, decides item by item, validates the whole corpus that would result, and only then
 * replaces each publisher's folder (written aside first, then swapped): a run that would not validate
 * leaves corpus/ as it was.
 */
export function ingest(paths: string[], root: string): IngestReport {
  const corpusDir = join(root, 'corpus');
  const statementsDir = join(corpusDir, 'statements');
  const raw = readCorpus(corpusDir, root);
  const engine = ReadoutEngine.bare(buildGazetteer(raw));
  const src = readSources(paths);
  const publishers = Object.keys(src.read) as PublisherId[];
  const known = new Map((raw.publishers ?? []).map((p) => [p.id, p]));
  const missing = publishers.filter((p) => !known.has(p));
  if (missing.length) throw new Error(`${raw.files.publishers}: no publisher ${missing.map((m) => `"${m}"`).join(', ')}: add it (name, country, licence, time zone) before ingesting its items`);

  const lines: string[] = [...src.notes];
  const kept: RawStatement[] = [];
  const seen = new Set<string>();
  const ids = new Set(raw.statements.filter((s) => !publishers.includes(s.publisher as PublisherId)).map((s) => s.id));
  const drops = new Map<string, Map<string, number>>();
  const items = [...src.items].sort((a, b) => a.publisher.localeCompare(b.publisher) || a.publishedAt.localeCompare(b.publishedAt) || a.url.localeCompare(b.url));
  for (const item of items) {
    const key = normalUrl(item.url);
    const v = seen.has(key) ? { drop: DROP.duplicate } : toStatement(item, known.get(item.publisher)!, engine);
    seen.add(key);
    if ('drop' in v) {
      const d = drops.get(item.publisher) ?? new Map<string, number>();
      d.set(v.drop, (d.get(v.drop) ?? 0) + 1);
      drops.set(item.publisher, d);
      continue;
    }
    const s = v.statement;
    let id = s.id;
    for (let n = 2; ids.has(id); n++) id = `${s.id}-${n}`;
    ids.add(id);
    kept.push({ ...s, id });
  }

  for (const p of publishers) {
    const k = kept.filter((s) => s.publisher === p).length;
    const bad = src.problems.filter((x) => x.publisher === p).length;
    lines.push(`${known.get(p)!.name}: read ${src.read[p]}, kept ${k}, unreadable ${bad}`);
    for (const [why, n] of [...(drops.get(p) ?? [])].sort((a, b) => b[1] - a[1])) lines.push(`  dropped ${n}: ${why}`);
  }
  if (src.problems.length) {
    lines.push(`${src.problems.length} source item${src.problems.length === 1 ? '' : 's'} could not be read and ${src.problems.length === 1 ? 'was' : 'were'} skipped:`);
    for (const x of src.problems) lines.push(`  ${x.where}: ${x.field}: ${x.why}`);
  }
  if (!publishers.length) return { text: [...lines, 'nothing to write: no source was read'].join('\n'), written: false, kept };

  const folderOf = (p: string) => join(statementsDir, p);
  const files: Record<string, string> = {};
  for (const s of raw.statements) if (!publishers.includes(s.publisher as PublisherId)) files[s.id] = raw.files.statements[s.id];
  for (const s of kept) files[s.id] = relative(root, join(folderOf(s.publisher!), `${s.id}.json`));
  const statements = [...raw.statements.filter((s) => !publishers.includes(s.publisher as PublisherId)), ...kept];
  try {
    validateCorpus({ ...raw, statements, files: { ...raw.files, statements: files } });
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    return { text: [...lines, `nothing written: the result would not validate.\n${e.message}`].join('\n'), written: false, kept };
  }

  for (const p of publishers) {
    const fresh = join(statementsDir, `.${p}.new`);
    rmSync(fresh, { recursive: true, force: true });
    mkdirSync(fresh, { recursive: true });
    for (const s of kept.filter((x) => x.publisher === p)) writeFileSync(join(fresh, `${s.id}.json`), statementJson(s));
    const old = join(statementsDir, `.${p}.old`);
    rmSync(old, { recursive: true, force: true });
    if (existsSync(folderOf(p))) renameSync(folderOf(p), old);
    renameSync(fresh, folderOf(p));
    rmSync(old, { recursive: true, force: true });
  }
  const total = readdirSync(statementsDir, { recursive: true }).filter((n) => String(n).endsWith('.json')).length;
  lines.push(`wrote ${kept.length} statements into ${relative(root, statementsDir)}/{${publishers.join(',')}}/ (${total} in the corpus)`);
  return { text: lines.join('\n'), written: true, kept };
}
