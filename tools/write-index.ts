import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCorpus } from '../engine';
import { readCorpus } from './corpus-files';

export const INDEX_FILE = join('generated', 'corpus-index.json');

/** Validates corpus/ and writes the compiled index; throws CorpusError naming the file and field. */
export function writeIndex(root = process.cwd()): string {
  const t0 = performance.now();
  const index = compileCorpus(readCorpus(join(root, 'corpus'), root));
  mkdirSync(join(root, 'generated'), { recursive: true });
  const json = JSON.stringify(index);
  writeFileSync(join(root, INDEX_FILE), json);
  return `corpus: ${index.statements.length} statements, ${index.gazetteer.people.length} people, ${index.gazetteer.topics.length} topics, ${index.gazetteer.aliases.length} forms -> ${INDEX_FILE} (${(json.length / 1024).toFixed(0)} KB, ${(performance.now() - t0).toFixed(0)} ms)`;
}
