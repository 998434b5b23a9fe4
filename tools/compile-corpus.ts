// npm run corpus: validates corpus/ and writes the index the extension bundles.
import { CorpusError } from '../engine';
import { writeIndex } from './write-index';

try {
  console.log(writeIndex());
} catch (e) {
  console.error(e instanceof CorpusError ? e.message : `corpus: ${(e as Error).message}`);
  process.exit(1);
}
