import type { ReadoutEngine, StatementRecord } from '../../engine';
import type { Chip } from '../shared/messages';

/** A statement's people and topics as chips, those that `keep` accepts. */
export function chipsOf(engine: ReadoutEngine, s: Pick<StatementRecord, 'people' | 'topics'>, keep: (kind: Chip['kind'], id: string) => boolean = () => true): { people: Chip[]; topics: Chip[] } {
  return {
    people: s.people.filter((id) => keep('person', id)).map((id) => ({ kind: 'person', id, label: engine.people.get(id)?.name ?? id })),
    topics: s.topics.filter((id) => keep('topic', id)).map((id) => ({ kind: 'topic', id, label: engine.topics.get(id)?.label ?? id })),
  };
}
