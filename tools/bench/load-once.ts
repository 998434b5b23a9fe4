// One cold load of a compiled index, in a fresh process, as a service worker that just woke would do it.
// Given a built extension's folder, its core's pieces are read and joined, and the parts from beside them.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReadoutEngine, type CorpusIndex, type IndexParts } from '../../engine';
import { coreSlices } from '../../lib/shared/corpus-files';

const file = process.argv[2];
const extension = statSync(file).isDirectory();
const dir = extension ? join(file, 'corpus') : dirname(file);
const parts: IndexParts = {
  search: async () => JSON.parse(readFileSync(join(dir, 'search.json'), 'utf8')),
  bodies: async (n) => JSON.parse(readFileSync(join(dir, `bodies-${n}.json`), 'utf8')),
};
const t0 = performance.now();
const text = extension ? coreSlices().map((p) => readFileSync(join(file, p), 'utf8')).join('') : readFileSync(file, 'utf8');
const index = JSON.parse(text) as CorpusIndex;
const engine = ReadoutEngine.load(index, index.bodyChunks ? parts : null);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, statements: engine.statements.size }));
