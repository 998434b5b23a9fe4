import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
}

describe('the engine stays pure', () => {
  test('it imports nothing from the browser, the DOM libraries or storage', () => {
    for (const f of files('engine')) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from ['"](wxt|idb|mark\.js|preact|linkedom|@mozilla\/readability|node:)[^'"]*['"]/);
    }
  });

  test('its compiler settings reject DOM and browser globals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-purity-'));
    writeFileSync(join(dir, 'stray.ts'), `import { fold } from '${resolve('engine/index.ts').replace(/\.ts$/, '')}';\nexport const x = fold(document.title).text + browser.runtime.id;\n`);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: resolve('engine/tsconfig.json'), include: ['stray.ts'] }));
    const r = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("Cannot find name 'document'");
    expect(r.stdout).toContain("Cannot find name 'browser'");
  });
});
