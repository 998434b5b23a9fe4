// Who imports whom among Readout's sources, and the rules the folders stand for: which world a file
// runs in (the content script, the background worker, the extension pages), and what it may import.
// tests/tools/imports.test.ts holds the sources to them; the README's Layout section says the same in words.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export type World = 'engine' | 'shared' | 'db' | 'content' | 'background' | 'pages' | 'generated';

/** The world a path belongs to, by its folder; null for what is not the extension's source (tools, tests). */
export function worldOf(path: string): World | null {
  const rules: [RegExp, World][] = [
    [/^engine\//, 'engine'],
    [/^lib\/shared\//, 'shared'],
    [/^lib\/db\//, 'db'],
    [/^(lib\/content|entrypoints\/content)\//, 'content'],
    [/^(lib\/background\/|entrypoints\/background\.ts$)/, 'background'],
    [/^(lib\/pages\/|components\/|entrypoints\/(popup|options|reader|sidepanel)\/|entrypoints\/ask-first\.ts$)/, 'pages'],
    [/^generated\//, 'generated'],
  ];
  return rules.find(([re]) => re.test(path))?.[1] ?? null;
}

/**
 * What each world may import. The content script runs in the page's origin: no storage (IndexedDB
 * there is the page's), nothing of the worker or the pages. The worker has no DOM: nothing of the
 * content script or the pages. Shared code is imported by all three, so it imports only the engine.
 */
export const MAY_IMPORT: Record<World, World[]> = {
  engine: ['engine'],
  shared: ['engine', 'shared'],
  db: ['engine', 'shared', 'db'],
  content: ['engine', 'shared', 'content'],
  background: ['engine', 'shared', 'db', 'background'],
  pages: ['engine', 'shared', 'db', 'pages'],
  generated: [],
};

/** Imports allowed across those lines, each for its reason. */
export const ALLOWED_CROSSINGS: { from: World; to: string; typesOnly: boolean; why: string }[] = [
  { from: 'shared', to: 'lib/db/', typesOnly: true, why: 'the message map carries stored shapes (settings, export files, statements to add): types only, no storage code' },
  { from: 'pages', to: 'lib/content/article-dom.ts', typesOnly: false, why: 'the options page reads an imported HTML file the way the content script reads a page' },
];

/** Packages only one world may use. */
export const PACKAGE_HOMES: Record<string, World[]> = { idb: ['db'], 'mark.js': ['content'] };

export interface Edge { from: string; to: string; typesOnly: boolean }

const SPEC = /\b(import|export)\s+(type\s+)?([\w*{}\s,$]+?)\s+from\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every import of one source file: relative ones resolved to a path in `exists`, packages by name. */
export function importsOf(path: string, source: string, exists: (p: string) => boolean): Edge[] {
  const out: Edge[] = [];
  for (const m of source.matchAll(SPEC)) {
    const spec = (m[4] ?? m[5] ?? m[6]).replace(/\?.*$/, '');
    const named = m[3]?.match(/\{([^}]*)\}/)?.[1];
    const typesOnly = !!m[2] || (!!named && !/[\w$]/.test(m[3].replace(/\{[^}]*\}/, '')) && named.split(',').every((s) => !s.trim() || /^type\s/.test(s.trim())));
    if (!spec.startsWith('.')) { out.push({ from: path, to: spec, typesOnly }); continue; }
    const base = normalize(join(dirname(path), spec));
    const to = EXTENSIONS.map((e) => base + e).find(exists) ?? base;
    out.push({ from: path, to, typesOnly });
  }
  return out;
}

/** The imports of every .ts/.tsx file under `roots`, read from disk. */
export function repoEdges(roots: string[]): Edge[] {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  return roots.flatMap(files).flatMap((f) => importsOf(f, readFileSync(f, 'utf8'), isFile));
}

/** Import cycles among the files, each as the files around it (type-only imports count: they are the same knot). */
export function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of next.get(f) ?? []) {
      if (state.get(t) === 'open') found.push([...stack.slice(stack.indexOf(t)), t]);
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...next.keys()].sort()) if (!state.has(f)) visit(f);
  return found;
}

/** Imports that cross worlds the wrong way, each with the rule it breaks. */
export function wrongWay(edges: Edge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const from = worldOf(e.from);
    if (!from) continue;
    if (!e.to.includes('/') || !/^(engine|lib|components|entrypoints|generated)\//.test(e.to)) {
      const pkg = e.to.startsWith('@') ? e.to.split('/').slice(0, 2).join('/') : e.to.split('/')[0];
      const homes = PACKAGE_HOMES[pkg];
      if (homes && !homes.includes(from)) out.push(`${e.from} imports ${pkg}, which only ${homes.join(', ')} may use`);
      continue;
    }
    const to = worldOf(e.to);
    if (to && MAY_IMPORT[from].includes(to)) continue;
    if (ALLOWED_CROSSINGS.some((c) => c.from === from && e.to.startsWith(c.to) && (e.typesOnly || !c.typesOnly))) continue;
    out.push(`${e.from} (${from}) imports ${e.to} (${to ?? 'outside the extension'})`);
  }
  return out;
}
