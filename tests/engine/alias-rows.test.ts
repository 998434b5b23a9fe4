import { describe, expect, test } from 'vitest';
import { decodeAliasRows, encodeAliasRows } from '../../engine/gazetteer/alias-rows';
import type { AliasEntry } from '../../engine/gazetteer/types';
import { engine } from '../helpers';

describe("the gazetteer's forms as rows", () => {
  test('read back as they were, every form of the real gazetteer', () => {
    const aliases = engine().gazetteer.aliases;
    const rows = encodeAliasRows(aliases);
    expect(decodeAliasRows(rows)).toEqual(aliases);
    // The point of rows: a fraction of the JSON of the objects.
    expect(JSON.stringify(rows).length).toBeLessThan(JSON.stringify(aliases).length / 2.5);
  });

  test('a form that a row cannot hold is refused at build, by name', () => {
    const bad: AliasEntry = { kind: 'person', id: 'x', cls: 'name', form: 'A\tB', tokens: ['a', 'b'], unspaced: false, stem: [0, 0], caseRule: [0, 0] };
    expect(() => encodeAliasRows([bad])).toThrow(/A\tB of x/);
  });
});
