import { describe, expect, test } from 'vitest';
import { BlockMentions, PassMentions } from '../../lib/content/block-mentions';
import type { TextBlock } from '../../lib/content/blocks';

const block = (key: number) => ({ key, text: 'Wang Yi met Dmytro Kuleba', nodes: null, starts: null, parent: null, index: 0, walk: 0 }) as unknown as TextBlock;

describe('mentions of a pass, per block', () => {
  const first = new PassMentions({ flat: [1, 0, 7, 0, 1, 12, 25, 1, 2, 0, 7, 0], entities: ['p:wang-yi', 'p:dmytro-kuleba'] });

  test('each block finds its own run of the flat wire, and its objects are made once, when asked for', () => {
    expect([...first.spans]).toEqual([[1, [0, 2]], [2, [2, 3]]]);
    const m = new BlockMentions(block(1), first, 0, 2);
    expect(m.length).toBe(2);
    expect(m.list.map(({ start, end, kind, id }) => [start, end, kind, id])).toEqual([[0, 7, 'person', 'wang-yi'], [12, 25, 'person', 'dmytro-kuleba']]);
    expect(m.list).toBe(m.list);
    // Read one by one, as the element painter does, without objects: the same mentions.
    expect([0, 1].map((i) => [m.start(i), m.end(i), m.entity(i).kind, m.entity(i).id])).toEqual([[0, 7, 'person', 'wang-yi'], [12, 25, 'person', 'dmytro-kuleba']]);
    const second = new BlockMentions(block(2), first, 2, 1);
    expect([second.start(0), second.end(0), second.entity(0).id]).toEqual([0, 7, 'wang-yi']);
  });

  test('a later pass that sends a block the same mentions, in another order of entities, is the same; any change is not', () => {
    const m = new BlockMentions(block(1), first, 0, 2);
    const list = m.list;
    const same = new PassMentions({ flat: [0, 1, 4, 0, 1, 0, 7, 1, 1, 12, 25, 2], entities: ['t:peace-talks', 'p:wang-yi', 'p:dmytro-kuleba'] });
    expect(m.sameIn(same)).toBe(true);
    expect(m.list).toBe(list);
    // Read from the new pass from now on: compared with a third pass through it.
    expect(m.sameIn(new PassMentions({ flat: [1, 0, 7, 0, 1, 12, 25, 1], entities: ['p:wang-yi', 'p:dmytro-kuleba'] }))).toBe(true);
    for (const flat of [[1, 0, 7, 0], [1, 0, 7, 0, 1, 12, 24, 1], [1, 0, 7, 1, 1, 12, 25, 1], [2, 0, 7, 0, 2, 12, 25, 1]]) {
      expect(new BlockMentions(block(1), first, 0, 2).sameIn(new PassMentions({ flat, entities: ['p:wang-yi', 'p:dmytro-kuleba'] }))).toBe(false);
    }
  });
});
