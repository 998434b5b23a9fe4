import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

function xref(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'tools/xref.ts', ...args], { encoding: 'utf8' });
}

describe('npm run xref', () => {
  test('--json prints one object per file, in the documented shape', () => {
    const r = xref('--json', 'tests/fixtures/qin-kuleba-call.html', 'tests/fixtures/look-alikes.html');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [a, b] = lines;
    expect(Object.keys(a)).toEqual(['file', 'title', 'date', 'people', 'topics', 'statements']);
    expect(a.date).toBe('2023-03-17');
    expect(Object.keys(a.people[0])).toEqual(['id', 'name', 'mentions', 'forms']);
    expect(Object.keys(a.topics[0])).toEqual(['id', 'label', 'mentions', 'phrases']);
    expect(Object.keys(a.statements[0])).toEqual(['id', 'url', 'source', 'publisher', 'kind', 'title', 'date', 'score', 'strength', 'event', 'reasons', 'passages']);
    expect(a.statements[0]).toMatchObject({ id: '2023-03-16-qin-gang-kuleba-call', date: '2023-03-16', strength: 'same-event' });
    expect(Object.keys(a.statements[0].passages[0])).toEqual(['articleParagraph', 'statementParagraph', 'similarity', 'kind']);
    expect(b.statements).toEqual([]);
  });

  test('an ingested statement comes with its official address, source, publisher and kind', () => {
    const r = xref('--json', 'tests/fixtures/biden-putin-call.txt');
    const [a] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const same = a.statements.filter((s: { strength: string }) => s.strength === 'same-event');
    expect(same[0]).toMatchObject({
      url: 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/02/12/readout-of-president-bidens-call-with-president-vladimir-putin-of-russia/',
      source: 'The White House', publisher: 'white-house', kind: 'call',
    });
    // The Kremlin's account of the same call is the same event too.
    expect(same.map((s: { url: string }) => s.url)).toContain('http://en.kremlin.ru/events/president/news/67761');
  });

  test('a file it cannot read is named, the others still processed, the exit non-zero', () => {
    const r = xref('--json', 'tests/fixtures/no-such-page.html', 'tests/fixtures/harbin-visit-ru.html', 'package.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('xref: tests/fixtures/no-such-page.html: no such file');
    expect(r.stderr).toContain('xref: package.json: unsupported file type ".json"');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).statements[0].id).toBe('2024-05-16-putin-state-visit-beijing-harbin');
  });

  test('the readable report names the statement, its strength and reasons', () => {
    const r = xref('tests/fixtures/wang-yi-calls-zh.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[SAME EVENT] Wang Yi Expounds');
    expect(r.stdout).toContain('Participants named: Wang Yi, Liz Truss, Josep Borrell, Emmanuel Bonne');
  });
});
