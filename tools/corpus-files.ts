import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawCorpus, RawStatement } from '../engine';

/** Where a JSON file fails to parse, say the file, line and column. */
export function readJson<T>(file: string, shown = file): T {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const before = text.slice(0, +pos[1]);
      const line = before.split('\n').length;
      const col = +pos[1] - before.lastIndexOf('\n');
      throw new Error(`${shown}:${line}:${col}: not valid JSON (${msg})`);
    }
    throw new Error(`${shown}: not valid JSON (${msg})`);
  }
}

/** Reads corpus/ from disk into the raw shape the engine compiles. */
export function readCorpus(dir: string, root = process.cwd()): RawCorpus {
  const rel = (f: string) => relative(root, f) || f;
  const files = { people: join(dir, 'people.json'), roles: join(dir, 'roles.json'), topics: join(dir, 'topics.json') };
  const statementsDir = join(dir, 'statements');
  const statements: RawStatement[] = [];
  const statementFiles: Record<string, string> = {};
  for (const name of readdirSync(statementsDir).filter((n) => n.endsWith('.json')).sort()) {
    const file = join(statementsDir, name);
    const s = readJson<RawStatement>(file, rel(file));
    if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new Error(`${rel(file)}: a statement file must hold one JSON object`);
    statements.push(s);
    // A duplicate id must name both files, so keep the first and point at the second.
    const key = statementFiles[s.id] ? `${s.id}#${name}` : s.id;
    statementFiles[key] = rel(file);
    if (key !== s.id) statementFiles[s.id] = rel(file);
  }
  return {
    people: readJson(files.people, rel(files.people)),
    roles: readJson(files.roles, rel(files.roles)),
    topics: readJson(files.topics, rel(files.topics)),
    statements,
    files: { people: rel(files.people), roles: rel(files.roles), topics: rel(files.topics), statements: statementFiles },
  };
}
