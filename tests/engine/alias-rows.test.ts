import { describe, expect, test } from 'vitest';
import { AliasTable, encodeAliasRows } from '../../engine/gazetteer/alias-rows';
import type { AliasEntry } from '../../engine/gazetteer/types';
import { firstKey, rowMatcher } from '../../engine/match/trie';
import { scanBlock } from '../../engine/match/scan';
import { engine } from '../helpers';

describe("the gazetteer's forms as rows", () => {
  test('read back as they were, every form of the real gazetteer', () => {
    const aliases = engine().gazetteer.aliases;
    const rows = encodeAliasRows(aliases, firstKey);
    expect(new AliasTable(rows).all()).toEqual(aliases);
    // The point of rows: a fraction of the JSON of the objects.
    expect(JSON.stringify(rows).length).toBeLessThan(JSON.stringify(aliases).length / 2.5);
    // Forms in other scripts than Latin are apart, so that the main strings take one byte per character, and a
    // table of rows with none is read as well.
    const latin1 = /^[\u0000-\u00ff]*$/;
    expect(rows.rows).toMatch(latin1);
    expect(rows.groups).toMatch(latin1);
    expect(rows.wideRows!.split('\n').length).toBeGreaterThan(5_000);
    expect(rows.wideGroups).toMatch(/^си\t/m);
    const latinOnly = aliases.filter((a) => latin1.test(a.form) && a.tokens.every((t) => latin1.test(t)));
    const narrow = encodeAliasRows(latinOnly, firstKey);
    expect(narrow.wideRows).toBe('');
    expect(new AliasTable(narrow).all()).toEqual(latinOnly);
  });

  test('a form that a row cannot hold is refused at build, by name', () => {
    const bad: AliasEntry = { kind: 'person', id: 'x', cls: 'name', form: 'A\tB', tokens: ['a', 'b'], unspaced: false, stem: [0, 0], caseRule: [0, 0] };
    expect(() => encodeAliasRows([bad], firstKey)).toThrow(/A\tB of x/);
  });

  test('the matcher on rows finds what the matcher built whole finds, having decoded only the groups the texts reach', () => {
    const whole = engine();
    const table = new AliasTable(encodeAliasRows(whole.gazetteer.aliases, firstKey));
    const lazy = rowMatcher(table);
    const texts = [
      'Президент Владимир Путин провёл телефонный разговор с Эмманюэлем Макроном. Володимир Зеленський.',
      '习近平同美国总统拜登通电话。王毅会见布林肯。', 'Putina i Zełenski; Erdoğan; al-Sisi; Ursula von der Leyen',
      ...[...whole.statements.values()].filter((s) => s.body).slice(0, 400).flatMap((s) => [s.title, ...whole.bodyOf(s).slice(0, 3)]),
    ];
    const groupsBefore = (table as unknown as { groups: Map<string, string> }).groups.size;
    const decoded = () => (table as unknown as { decoded: unknown[] }).decoded.filter(Boolean).length;
    expect(scanBlock(lazy, texts[0]).candidates).toEqual(whole.scan(texts[0]).candidates);
    // One sentence reaches a few of the groups: the rest stay rows.
    expect(decoded()).toBeGreaterThan(0);
    expect(decoded()).toBeLessThan(table.length / 10);
    for (const t of texts) expect(scanBlock(lazy, t)).toEqual(whole.scan(t));
    expect((table as unknown as { groups: Map<string, string> }).groups.size).toBeLessThan(groupsBefore);
    // A person's forms, asked for by the resolver, are the gazetteer's.
    expect(table.of('person', 'vladimir-putin')).toEqual(whole.gazetteer.aliases.filter((a) => a.kind === 'person' && a.id === 'vladimir-putin'));
  });
});
