import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'readout-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p); else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

// As a reviewer's shell would run it: vitest's NODE_ENV=test would turn on Preact's development JSX.
const env = { ...process.env, NODE_ENV: 'production' };

test("the sources package rebuilds the Firefox package byte for byte, as Firefox's reviewers do", () => {
  // `npm test` runs `npm run zip` first; rebuilding dist here would race the browser tests that load it.
  const wxt = resolve('node_modules/.bin/wxt');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  execFileSync('unzip', ['-q', resolve(`dist/readout-${version}-sources.zip`), '-d', join(tmp, 'src')]);
  execFileSync('unzip', ['-q', resolve(`dist/readout-${version}-firefox.zip`), '-d', join(tmp, 'package')]);
  // Nothing a run leaves behind travels with the sources.
  const sources = [...files(join(tmp, 'src')).keys()];
  expect(sources.filter((p) => /^(artifacts|generated|dist|node_modules|\.cache)\//.test(p))).toEqual([]);
  expect(sources).toEqual(expect.arrayContaining(['package-lock.json', 'README.md', 'wxt.config.ts', 'corpus/people.json']));

  // The installed packages stand in for `npm ci`, which the lock file pins to the same versions.
  symlinkSync(resolve('node_modules'), join(tmp, 'src/node_modules'));
  execFileSync(wxt, ['build', '-b', 'firefox'], { cwd: join(tmp, 'src'), stdio: 'pipe', env });
  const rebuilt = files(join(tmp, 'src/dist/firefox-mv2'));
  const shipped = files(join(tmp, 'package'));
  expect([...rebuilt.keys()].sort()).toEqual([...shipped.keys()].sort());
  for (const [path, bytes] of shipped) expect(rebuilt.get(path)?.equals(bytes), path).toBe(true);
}, 300_000);
