import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_VERSION, ReadoutEngine, type CorpusIndex } from '../engine';
import { writeIndex } from './write-index';

/** The latest change under `dir`: a file's, or a folder's own (a file removed changes only its folder). */
function newest(dir: string): number {
  let t = statSync(dir).mtimeMs;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The engine over the compiled index, recompiling in memory when the corpus or the engine changed since. */
export function loadEngine(root = process.cwd()): ReadoutEngine {
  const file = join(root, 'generated', 'corpus-index.json');
  const corpus = join(root, 'corpus');
  const fresh = existsSync(file) && statSync(file).mtimeMs >= Math.max(newest(corpus), newest(join(root, 'engine')));
  const index: CorpusIndex | null = fresh ? JSON.parse(readFileSync(file, 'utf8')) : null;
  if (index?.version === INDEX_VERSION) return ReadoutEngine.load(index);
  // Compiling thousands of statements takes seconds: the next command should find the index made.
  writeIndex(root);
  return ReadoutEngine.load(JSON.parse(readFileSync(file, 'utf8')));
}
