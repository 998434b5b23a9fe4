import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArticle } from '../tools/read-article';
import { engine, fixture } from './helpers';

interface Expected { people: string[]; notPeople: string[]; topics: string[]; top: string | null; strength: string | null; date: string | null }

const pages = readdirSync('tests/fixtures').filter((f) => /\.(html|txt)$/.test(f));

// Pages written by the project, each with what it must yield: the regression baselines.
describe.each(pages)('%s', (name) => {
  const expected: Expected = JSON.parse(fixture(name.replace(/\.(html|txt)$/, '.expected.json')));
  const article = readArticle(`tests/fixtures/${name}`);
  const r = engine().xref(article);

  test('date', () => expect(article.date).toBe(expected.date));
  test('people', () => expect(r.people.map((p) => p.id).sort()).toEqual([...expected.people].sort()));
  test('look-alikes stay unmarked', () => { for (const p of expected.notPeople) expect(r.people.map((x) => x.id)).not.toContain(p); });
  test('topics', () => { for (const t of expected.topics) expect(r.topics.map((x) => x.id)).toContain(t); });
  // A page about an event Readout holds ranks that statement first; a page merely related to a statement
  // has no same event, and the statement is among the related ones (which of thousands comes first is not a baseline).
  test('top statement', () => {
    if (expected.strength === 'related') {
      expect(r.statements.filter((s) => s.strength === 'same-event').map((s) => s.id)).toEqual([]);
      expect(r.statements.find((s) => s.id === expected.top)?.strength).toBe('related');
      return;
    }
    expect(r.statements[0]?.id ?? null).toBe(expected.top);
    expect(r.statements[0]?.strength ?? null).toBe(expected.strength);
  });
  test('navigation, footer and most-read boxes are not article text', () => {
    const text = article.paragraphs.join(' ');
    expect(text).not.toMatch(/Most read|All rights reserved|Subscribe to our newsletter|Все права защищены/);
  });
});
