import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { afterAll, expect, test } from 'vitest';
import { runFirefox } from '../../tools/firefox';

interface Report { state: Record<string, string>; highlights: Record<string, number> | null; userAgent: string }

/** Serves one fixture article with the page reporter added, and resolves with the first report it posts. */
async function articleSite(fixture: string) {
  const html = readFileSync(`tests/fixtures/${fixture}`, 'utf8').replace('</body>', '<script src="/page-reporter.js"></script></body>');
  let reported!: (r: Report) => void;
  const report = new Promise<Report>((ok) => { reported = ok; });
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/report') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { reported(JSON.parse(body)); res.end(); });
    } else if (req.url === '/page-reporter.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('tests/browser/page-reporter.js'));
    } else if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/article`, report, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => { for (const c of cleanup.reverse()) await c(); });

test('Firefox ESR: the Firefox build highlights a project-written article', async () => {
  const site = await articleSite('qin-kuleba-call.html');
  cleanup.push(site.close);
  const firefox = await runFirefox(site.url);
  cleanup.push(firefox.exit);
  const expected = JSON.parse(readFileSync('tests/fixtures/qin-kuleba-call.expected.json', 'utf8')) as { people: string[]; topics: string[] };

  const timeout = new Promise<never>((_, fail) => setTimeout(() => fail(new Error('Readout did not finish a pass over the article in Firefox within 45 s')), 45_000));
  const { state, highlights, userAgent } = await Promise.race([site.report, timeout]);
  expect(userAgent).toMatch(/Firefox\/\d+/);
  expect(state.readoutPainter).toBe('highlight');
  expect(state.readoutPeople.split(' ').sort()).toEqual([...expected.people].sort());
  expect(state.readoutTopics.split(' ')).toEqual(expect.arrayContaining(expected.topics));
  expect(Number(state.readoutCount)).toBeGreaterThan(10);
  // The ranges are really registered with Firefox's highlight registry, not only counted.
  expect(highlights?.['readout-person']).toBeGreaterThan(0);
  expect(highlights?.['readout-topic']).toBeGreaterThan(0);
}, 90_000);
