import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingest } from '../../tools/ingest/ingest';
import { writtenDay } from '../../tools/ingest/publishers';

const SOURCES = join(__dirname, 'sources');
const BROKEN = join(__dirname, 'broken');

/** A project root whose corpus is the real gazetteer and the curated statements, without ingested ones. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
  cpSync('corpus', join(root, 'corpus'), { recursive: true, filter: (src) => !/statements[\\/](white-house|kremlin|president-ua)/.test(src) });
  return root;
}

function written(root: string): Record<string, Record<string, unknown>> {
  const dir = join(root, 'corpus', 'statements');
  const out: Record<string, Record<string, unknown>> = {};
  for (const f of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('/') && f.endsWith('.json'))) out[f] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return out;
}

const all = [join(SOURCES, 'whitehouse'), join(SOURCES, 'kremlin'), join(SOURCES, 'president-ua')];

describe('the day an item was written', () => {
  test('is the day of publication where its publisher is, or the evening before for one put out in the small hours', () => {
    // Putin's address of 21 February 2022 came out at 01:35 in Moscow on the 22nd.
    expect(writtenDay('2022-02-21T22:35:00Z', 'Europe/Moscow')).toBe('2022-02-21');
    expect(writtenDay('2022-02-22T02:30:00Z', 'Europe/Moscow')).toBe('2022-02-22');
    expect(writtenDay('2022-06-16T00:10:00+03:00', 'Europe/Kyiv')).toBe('2022-06-15');
    // The news conference after Macron's talks of 7 February 2022 came out at 04:05 in Moscow on the 8th; Kyiv's
    // English account of the First Ladies' meeting of 8 May 2022 at 03:11 on the 9th.
    expect(writtenDay('2022-02-08T01:05:00Z', 'Europe/Moscow')).toBe('2022-02-07');
    expect(writtenDay('2022-05-09T00:11:00Z', 'Europe/Kyiv')).toBe('2022-05-08');
    expect(writtenDay('2022-05-09T02:00:00Z', 'Europe/Kyiv')).toBe('2022-05-09');
  });
});

describe('ingest of the three publishers', () => {
  const root = project();
  const report = ingest(all, root);
  const files = written(root);
  const byUrl = (part: string) => Object.values(files).find((s) => String(s.url).includes(part))!;

  test('reports what it read, kept and dropped, per publisher', () => {
    expect(report.written).toBe(true);
    expect(report.text).toContain('The White House: read 4, kept 3, unreadable 0');
    expect(report.text).toMatch(/dropped 1: domestic/);
    expect(report.text).toContain('President of Russia: read 3, kept 2, unreadable 0');
    expect(report.text).toContain('President of Ukraine: read 1, kept 1, unreadable 0');
    expect(Object.keys(files)).toHaveLength(6);
  });

  test('a White House readout: unescaped title, the day in Washington, clean paragraphs, public domain', () => {
    const s = byUrl('readout-of-president-bidens-call-with-president-emmanuel-macron');
    expect(s.title).toBe('Readout of President Biden’s Call with President Emmanuel Macron of France');
    expect(s.date).toBe('2022-02-10');
    expect(s.publishedAt).toBe('2022-02-10T18:02:10-05:00');
    expect(s.kind).toBe('call');
    expect(s.publisher).toBe('white-house');
    expect(s.source).toBe('The White House');
    expect(s.licence).toMatch(/public domain/i);
    expect(s.participants).toEqual(expect.arrayContaining(['emmanuel-macron']));
    expect(s.body).toEqual([
      'President Joseph R. Biden, Jr. spoke today with President Emmanuel Macron of France about Russia’s military build-up on the borders of Ukraine. The leaders reviewed their diplomacy with Russia and the economic costs it would face.',
      'The two leaders agreed that their teams will stay in close touch on the 14th meeting of the Normandy format advisers.',
    ]);
  });

  test('a spokesperson announcing others\' meeting is no side of it; its weekday with "will" is the coming one', () => {
    const s = byUrl('statement-by-press-secretary-jen-psaki-on-the-visit-of-prime-minister-mario-draghi');
    expect(s.kind).toBe('announcement');
    expect(s.participants).toEqual(['mario-draghi', 'joe-biden']);
    expect(s.date).toBe('2022-02-18');
    expect(s.published).toBe('2022-02-14');
  });

  test('a fact sheet: list items and table rows stay readable', () => {
    const s = byUrl('fact-sheet-support-for-ukraine');
    expect(s.kind).toBe('fact sheet');
    expect(s.title).toBe("FACT SHEET: Support for Ukraine's People");
    expect(s.body).toEqual([
      'The United States Stands with Ukraine',
      'Today the United States announces new assistance to the people of Ukraine:',
      '• Humanitarian aid of $10 million for families displaced from their homes.',
      '• Energy support for the winter.',
      'Programme · Amount',
      'Shelter · $4 million',
    ]);
  });

  test('the Kremlin: the day in Moscow, announcements dated by the event they announce, CC BY attribution', () => {
    // Put out at 00:30 in Moscow on the 11th (21:30 UTC on the 10th): published that day, written the evening before.
    const call = byUrl('news/90001');
    expect(call.published).toBe('2022-02-11');
    expect(call.date).toBe('2022-02-10');
    expect(call.kind).toBe('call');
    expect(call.licence).toBe('CC BY 4.0');
    expect(call.attribution).toMatch(/President of Russia/);
    expect(call.participants).toEqual(expect.arrayContaining(['vladimir-putin', 'emmanuel-macron']));
    expect(call.body).toEqual([
      'Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. The two leaders discussed the situation around Ukraine. The President of Russia drew attention to the lack of progress in the Normandy format (as of today).',
      'Vladimir Putin: We are ready to continue.',
    ]);
    const ann = byUrl('news/90002');
    expect(ann.kind).toBe('announcement');
    expect(ann.date).toBe('2022-02-15');
    expect(ann.published).toBe('2022-02-12');
  });

  test('the President of Ukraine: a call, its paragraphs as published', () => {
    const s = byUrl('90101');
    expect(s.kind).toBe('call');
    expect(s.date).toBe('2022-02-10');
    expect(s.body).toEqual(['President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of France Emmanuel Macron. "We discussed the security situation," the President said.', 'The leaders agreed to continue consultations.']);
  });

  test('the same input gives the same files, byte for byte', () => {
    const again = project();
    ingest(all, again);
    const dir = (r: string) => join(r, 'corpus', 'statements');
    for (const f of Object.keys(files)) expect(readFileSync(join(dir(again), f), 'utf8')).toBe(readFileSync(join(dir(root), f), 'utf8'));
  });
});

describe('bad input', () => {
  test('each unreadable file or row is named with its line and field, skipped and counted; the rest is kept', () => {
    const root = project();
    const r = ingest([join(BROKEN, 'whitehouse'), join(BROKEN, 'kremlin')], root);
    expect(r.written).toBe(true);
    expect(r.text).toContain('7 source items could not be read and were skipped:');
    expect(r.text).toContain('whitehouse/2022-03/2022-03-01-no-front-matter.md: front matter: line 1: the file does not start with front matter (---)');
    expect(r.text).toContain('whitehouse/2022-03/2022-03-02-no-address.md: source_url: missing or empty');
    expect(r.text).toContain('whitehouse/2022-03/2022-03-03-bad-escape.md: front matter: line 4: title: unknown escape "\\q"');
    expect(r.text).toContain('kremlin/putin.csv: row 1 (line 2): date: "not a date" is not a timestamp');
    expect(r.text).toContain('kremlin/putin.csv: row 2 (line 3): row: 3 fields, expected 6');
    expect(r.text).toContain('kremlin/putin.csv: row 3 (line 4): link: "https://example.org/news/1" is not an address of the publisher\'s site');
    expect(r.text).toContain('kremlin/putin.csv: line 6: file: a quoted field is never closed');
    expect(Object.keys(written(root)).sort()).toHaveLength(2);
  });

  test('a run whose result would not validate writes nothing, and what was there stays', () => {
    const root = project();
    const dir = join(root, 'corpus', 'statements');
    mkdirSync(join(dir, 'kremlin'));
    writeFileSync(join(dir, 'kremlin', 'earlier.json'), '{}');
    const curated = readdirSync(dir).find((f) => f.endsWith('.json'))!;
    const broken = JSON.parse(readFileSync(join(dir, curated), 'utf8'));
    writeFileSync(join(dir, curated), JSON.stringify({ ...broken, date: 'soon' }));
    const r = ingest([join(SOURCES, 'kremlin')], root);
    expect(r.written).toBe(false);
    expect(r.text).toContain(`nothing written: the result would not validate`);
    expect(r.text).toContain(`corpus/statements/${curated}: date: "soon" is not a date (YYYY-MM-DD)`);
    expect(readdirSync(join(dir, 'kremlin'))).toEqual(['earlier.json']);
  });
});

describe('leaders named by their states', () => {
  const root = project();
  ingest([join(__dirname, 'leaders', 'whitehouse')], root);
  const files = Object.values(written(root));
  const titled = (part: string) => files.find((s) => String(s.title).includes(part))!;

  test('a joint statement of states has their leaders on its day as its sides', () => {
    const s = titled('Joint Statement of Japan');
    expect(s.kind).toBe('joint statement');
    expect(s.participants).toEqual(['fumio-kishida', 'yoon-suk-yeol', 'joe-biden']);
  });

  test('a group\'s leaders\' statement is theirs, and a state it speaks of, or a leader its opening condemns, is no side', () => {
    const s = titled('G7 Leaders');
    expect(s.kind).toBe('joint statement');
    expect(s.participants).toEqual(['joe-biden', 'rishi-sunak', 'emmanuel-macron', 'olaf-scholz', 'giorgia-meloni', 'fumio-kishida', 'justin-trudeau']);
  });
});

