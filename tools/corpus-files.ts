import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawCorpus, RawPerson, RawRole, RawStatement } from '../engine';

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

/**
 * The gazetteer may be one file (`people.json`) or a folder of files (`people/*.json`, one per country
 * or group, so curators of different publishers never edit the same file); both are read, in name order,
 * and each entry remembers its file for error messages.
 */
function readParts<T>(dir: string, name: string, rel: (f: string) => string, merge: (part: T, file: string) => void): string {
  const single = join(dir, `${name}.json`);
  const folder = join(dir, name);
  const files = [
    ...(existsSync(single) ? [single] : []),
    ...(existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.json')).sort().map((n) => join(folder, n)) : []),
  ];
  for (const f of files) merge(readJson<T>(f, rel(f)), rel(f));
  return rel(files[0] ?? single);
}

/** Reads corpus/ from disk into the raw shape the engine compiles. */
export function readCorpus(dir: string, root = process.cwd()): RawCorpus {
  const rel = (f: string) => relative(root, f) || f;
  const topicsFile = join(dir, 'topics.json');
  const people: RawPerson[] = [];
  const personFiles: Record<string, string> = {};
  const peopleFile = readParts<RawPerson[]>(dir, 'people', rel, (part, file) => {
    if (!Array.isArray(part)) throw new Error(`${file}: must hold a list of people`);
    for (const p of part) { people.push(p); if (p && typeof p.id === 'string' && !personFiles[p.id]) personFiles[p.id] = file; }
  });
  const roles: Record<string, RawRole> = {};
  const roleFiles: Record<string, string> = {};
  const rolesFile = readParts<Record<string, RawRole>>(dir, 'roles', rel, (part, file) => {
    if (typeof part !== 'object' || part === null || Array.isArray(part)) throw new Error(`${file}: must hold an object of roles by id`);
    for (const [id, r] of Object.entries(part)) {
      if (roleFiles[id]) throw new Error(`${file}: role "${id}" is already defined in ${roleFiles[id]}`);
      roles[id] = r; roleFiles[id] = file;
    }
  });
  const statementsDir = join(dir, 'statements');
  const statements: RawStatement[] = [];
  const statementFiles: Record<string, string> = {};
  // Curated statements sit in statements/ itself, each publisher's ingested ones in a folder of its own.
  const names = readdirSync(statementsDir, { recursive: true }).map(String)
    .filter((n) => n.endsWith('.json') && !n.split(/[\\/]/).some((part) => part.startsWith('.'))).sort();
  for (const name of names) {
    const file = join(statementsDir, name);
    const s = readJson<RawStatement>(file, rel(file));
    if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new Error(`${rel(file)}: a statement file must hold one JSON object`);
    statements.push(s);
    // A duplicate id must name both files, so keep the first and point at the second.
    const key = statementFiles[s.id] ? `${s.id}#${name}` : s.id;
    statementFiles[key] = rel(file);
    if (key !== s.id) statementFiles[s.id] = rel(file);
  }
  const publishersFile = join(dir, 'publishers.json');
  return {
    publishers: existsSync(publishersFile) ? readJson(publishersFile, rel(publishersFile)) : [],
    people,
    roles,
    topics: readJson(topicsFile, rel(topicsFile)),
    statements,
    files: { publishers: rel(publishersFile), people: peopleFile, roles: rolesFile, topics: rel(topicsFile), statements: statementFiles, person: personFiles, role: roleFiles },
  };
}
