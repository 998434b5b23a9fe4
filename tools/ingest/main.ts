// npm run ingest -- SOURCE... : official publications into corpus/statements/<publisher>/, one JSON file each.
import { ingest } from './ingest';

const args = process.argv.slice(2);
if (!args.length || args.includes('--help')) {
  console.log('usage: npm run ingest -- SOURCE_DIR_OR_CSV...   (e.g. ../shared/corpus-sources/whitehouse ../shared/corpus-sources/kremlin)');
  process.exit(args.length ? 0 : 2);
}
try {
  const report = ingest(args, process.cwd());
  console.log(report.text);
  process.exit(report.written ? 0 : 1);
} catch (e) {
  console.error(`ingest: ${(e as Error).message}`);
  process.exit(1);
}
