import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

interface Lint { summary: { errors: number }; errors: unknown[]; warnings: { code: string; file: string; message: string }[] }

function lint(): Lint {
  try {
    return JSON.parse(execFileSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'dist/firefox-mv2', '--output=json'], { encoding: 'utf8' }));
  } catch (e) {
    // web-ext exits non-zero when it finds errors; its report is still on stdout.
    return JSON.parse((e as { stdout: string }).stdout);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(p) ? [p] : [];
  });
}

test('web-ext lint finds no error in the Firefox build; its only warnings are Preact\'s unused HTML path', () => {
  const report = lint();
  expect(report.errors).toEqual([]);
  // Preact's renderer carries the code for `dangerouslySetInnerHTML`; the linter flags it wherever Preact is bundled.
  for (const w of report.warnings) expect(`${w.code} ${w.file}`).toMatch(/^UNSAFE_VAR_ASSIGNMENT (content-scripts\/content\.js|chunks\/(popup|sidepanel|reader|options)-[\w-]+\.js)$/);
// The linter reads every script, the corpus's parts among them (about 18 MB): that takes a while.
}, 300_000);

test('no Readout source writes HTML: every text is set as text, so that Preact path never runs', () => {
  const sinks = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment/;
  const offenders = ['engine', 'lib', 'components', 'entrypoints'].flatMap(sourceFiles).filter((f) => sinks.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});
