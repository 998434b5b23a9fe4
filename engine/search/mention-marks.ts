import type { Mention } from '../match/mentions';
import type { Gazetteer } from '../gazetteer/types';

// Where a bundled statement names people and topics, kept in the index: a snippet marks the names the
// reader searched for, and reading thirty statements again for them (most of it the matcher's walk over
// every word) cost 50-110 ms at the keystroke that brought them in. The index is built by the same
// gazetteer and resolver, so the kept mentions are the ones a read would find.

export type MentionMark = Pick<Mention, 'kind' | 'id' | 'start' | 'end'>;

/** Every person, then every topic, of the gazetteer: a mention is written as its entity's place here. */
export function entityList(g: Pick<Gazetteer, 'people' | 'topics'>): MentionMark[] {
  return [
    ...g.people.map((p) => ({ kind: 'person' as const, id: p.id, start: 0, end: 0 })),
    ...g.topics.map((t) => ({ kind: 'topic' as const, id: t.id, start: 0, end: 0 })),
  ];
}

/**
 * Texts split by '|', mentions by ',', each "entity.start.length" in base 36, the start counted from the mention
 * before's (a paragraph's positions run into the thousands; the steps between its names are short).
 */
export function encodeMentions(mentions: MentionMark[][], entities: MentionMark[]): string {
  const place = new Map(entities.map((e, i) => [`${e.kind}:${e.id}`, i]));
  return mentions.map((list) => {
    let last = 0;
    return list.map((m) => {
      const n = place.get(`${m.kind}:${m.id}`);
      if (n === undefined) throw new Error(`Readout index: a mention of ${m.kind} ${m.id}, who is not in the gazetteer`);
      const step = m.start - last;
      last = m.start;
      return `${n.toString(36)}.${step.toString(36)}.${(m.end - m.start).toString(36)}`;
    }).join(',');
  }).join('|');
}

export function decodeMentions(kept: string, entities: MentionMark[]): MentionMark[][] {
  return kept.split('|').map((text) => {
    let last = 0;
    return text ? text.split(',').map((item) => {
      const [n, step, length] = item.split('.').map((x) => parseInt(x, 36));
      const { kind, id } = entities[n];
      last += step;
      return { kind, id, start: last, end: last + length };
    }) : [];
  });
}
