import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { licenceTable, withTable, type Lock } from '../../tools/licence-table';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

describe('the README lists the production dependencies as package-lock.json pins them', () => {
  test('its table is the one package-lock.json gives (npm run licences writes it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withTable(readme, licenceTable(lock)), 'run npm run licences').toBe(readme);
  });

  test('the table holds every production package with a licence, and no development one', () => {
    const table = licenceTable(lock);
    for (const [path, e] of Object.entries(lock.packages)) {
      if (!path) continue;
      const row = `| ${path.split('node_modules/').pop()} | ${e.version} | ${e.license} |`;
      if (e.dev || e.devOptional) expect(table, path).not.toContain(row);
      else expect(table, path).toContain(row);
    }
    expect(table).toContain('| preact | 11.2.0 | MIT | Readout |');
  });

  test('a changed pin changes the table', () => {
    const bumped = structuredClone(lock);
    bumped.packages['node_modules/idb'].version = '9.9.9';
    expect(licenceTable(bumped)).toContain('| idb | 9.9.9 |');
    expect(licenceTable(bumped)).not.toBe(licenceTable(lock));
  });
});
