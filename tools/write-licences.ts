// npm run licences: writes the production dependencies' table into README.md (tests/tools/licences.test.ts checks it).
import { readFileSync, writeFileSync } from 'node:fs';
import { licenceTable, withTable } from './licence-table';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const next = withTable(readme, licenceTable(lock));
if (next !== readme) writeFileSync('README.md', next);
console.log(next === readme ? 'README.md: the licence table is up to date' : 'README.md: licence table written');
