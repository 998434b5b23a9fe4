import { describe, expect, test } from 'vitest';
import { engine } from '../helpers';

const QIN = '2023-03-16-qin-gang-kuleba-call';
const XI_PUTIN = '2022-12-30-xi-putin-video-call';
const HARBIN = '2024-05-16-putin-state-visit-beijing-harbin';
const WANG = '2022-02-25-wang-yi-five-point-position';

// Articles written for these tests: what each must rank first, and how strongly.
describe('ranking', () => {
  test.each([
    ['Qin Gang and Dmytro Kuleba spoke by phone; Qin urged peace talks.', '2023-03-17', QIN, 'same-event'],
    ['Xi Jinping and Vladimir Putin held a video call, reviewing record trade and strategic coordination.', '2022-12-30', XI_PUTIN, 'same-event'],
    ['Putin visited Harbin and opened the China-Russia Expo on Friday.', '2024-05-17', HARBIN, 'same-event'],
    ['Путин открыл Российско-Китайское ЭКСПО в Харбине.', '2024-05-17', HARBIN, 'same-event'],
    ['Wang Yi told Liz Truss and Josep Borrell that sovereignty must be respected.', '2022-02-26', WANG, 'same-event'],
    ['王毅同特拉斯、博雷利通电话，阐述中方五点立场。', '2022-02-25', WANG, 'same-event'],
  ])('%s (%s)', (text, date, top, strength) => {
    const r = engine().xref({ title: '', paragraphs: [text], date });
    expect(r.statements[0]?.id).toBe(top);
    expect(r.statements[0]?.strength).toBe(strength);
  });

  // Same people, another day: related, never the same event (with thousands of statements, others of the
  // same people may rank above it).
  test.each([
    ['Wang Yi met Dmytro Kuleba in Guangzhou and discussed peace talks.', '2024-07-24', QIN],
    ['Xi Jinping met Vladimir Putin in Kazan at the BRICS summit.', '2024-10-22', XI_PUTIN],
    ['Josep Borrell and Wang Yi spoke about the war in Ukraine.', '2022-03-07', WANG],
    ['Xi Jinping and Vladimir Putin met in Moscow; Qin Gang was in the delegation.', '2023-03-20', XI_PUTIN],
  ])('%s (%s): related', (text, date, related) => {
    const r = engine().xref({ title: '', paragraphs: [text], date });
    expect(r.statements.find((s) => s.id === related)?.strength).toBe('related');
    expect(r.statements.filter((s) => s.strength === 'same-event')).toEqual([]);
  });

  test('an article with nothing in common matches nothing', () => {
    const r = engine().xref({ title: 'New phone launches', paragraphs: ['The company unveiled a folding phone with a larger battery.'], date: '2023-09-12' });
    expect(r.statements).toEqual([]);
  });

  // A topic named once, deep in a page about something else, ties it to no statement; the same topic as the page's
  // subject (in its title, its first paragraph, or named again) does.
  test('a topic named in passing relates nothing; the page\'s subject does', () => {
    const filler = Array.from({ length: 6 }, (_, i) => `Chapter ${i + 1} of the game's lore tells of a war between the clans of the northern moons.`);
    const passing = engine().xref({ title: 'The lore of the northern moons', paragraphs: [...filler, 'They built an artificial intelligence obsessed with conquest.', ...filler], date: null });
    expect(passing.statements).toEqual([]);
    const subject = engine().xref({ title: 'Rules for artificial intelligence', paragraphs: [...filler, 'They built an artificial intelligence obsessed with conquest.'], date: null });
    expect(subject.statements.length).toBeGreaterThan(0);
    expect(subject.statements.every((s) => s.strength === 'related')).toBe(true);
  });

  test('an undated copy of a readout is the same event by its words alone', () => {
    const s = engine().statements.get(QIN)!;
    const r = engine().xref({ title: s.title, paragraphs: engine().bodyOf(s).slice(1, 4), date: null });
    expect(r.statements[0].id).toBe(QIN);
    expect(r.statements[0].strength).toBe('same-event');
    expect(r.statements[0].passages[0].kind).toBe('quote');
  });

  test('reasons name the people, topics and date distance', () => {
    const r = engine().xref({ title: '', paragraphs: ['Qin Gang and Dmytro Kuleba spoke by phone; Qin urged peace talks.'], date: '2023-03-20' });
    const kinds = r.statements[0].reasons.map((x) => x.kind);
    expect(kinds).toEqual(expect.arrayContaining(['participants', 'topics', 'date']));
    expect(r.statements[0].reasons.find((x) => x.kind === 'date')!.days).toBe(4);
  });

  test('statements added at run time rank like bundled ones', () => {
    const e = engine();
    const rec = e.record({
      id: 'test-added-statement', title: 'Wang Yi meets Dmytro Kuleba in Guangzhou', date: '2024-07-24', source: 'Test', kind: 'meeting',
      participants: ['wang-yi', 'dmytro-kuleba'], language: 'en', body: ['Wang Yi met Dmytro Kuleba in Guangzhou on July 24, 2024 and discussed peace talks.'],
    }, 'user');
    e.add([rec]);
    const r = e.xref({ title: '', paragraphs: ['Wang Yi met Dmytro Kuleba in Guangzhou and discussed peace talks.'], date: '2024-07-24' });
    expect(r.statements[0].id).toBe('test-added-statement');
    expect(r.statements[0].strength).toBe('same-event');
  });
});
