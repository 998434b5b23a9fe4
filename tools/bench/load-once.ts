// One cold load of a compiled index, in a fresh process, as a service worker that just woke would do it.
import { readFileSync } from 'node:fs';
import { ReadoutEngine, type CorpusIndex } from '../../engine';

const text = readFileSync(process.argv[2], 'utf8');
const t0 = performance.now();
const engine = ReadoutEngine.load(JSON.parse(text) as CorpusIndex);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, statements: engine.statements.size }));
