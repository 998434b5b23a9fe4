import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
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
  // Written aside and renamed: a command reading the index meanwhile sees the old one or the new, never half.
  const tmp = join(root, `${INDEX_FILE}.${process.pid}.tmp`);
  writeFileSync(tmp, json);
  renameSync(tmp, join(root, INDEX_FILE));
  return `corpus: ${index.statements.length} statements, ${index.gazetteer.people.length} people, ${index.gazetteer.topics.length} topics, ${index.gazetteer.aliases.length} forms -> ${INDEX_FILE} (${(json.length / 1024).toFixed(0)} KB, ${(performance.now() - t0).toFixed(0)} ms)`;
}
