// One cold load of a compiled index, in a fresh process, as a service worker that just woke would do it.
// Given the extension's core file, its parts are read from beside it, as the worker reads them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReadoutEngine, type CorpusIndex, type IndexParts } from '../../engine';

const file = process.argv[2];
const dir = dirname(file);
const parts: IndexParts = {
  search: async () => JSON.parse(readFileSync(join(dir, 'search.json'), 'utf8')),
  bodies: async (n) => JSON.parse(readFileSync(join(dir, `bodies-${n}.json`), 'utf8')),
};
const t0 = performance.now();
const index = JSON.parse(readFileSync(file, 'utf8')) as CorpusIndex;
const engine = ReadoutEngine.load(index, index.bodyChunk ? parts : null);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, statements: engine.statements.size }));
