import { buildAliases } from '../gazetteer/aliases';
import { validateCorpus } from '../gazetteer/validate';
import type { Gazetteer, RawCorpus } from '../gazetteer/types';
import { newSearch, searchDoc } from '../rank/search';
import { ReadoutEngine } from './engine';
import { INDEX_VERSION, type CorpusIndex } from './types';

export function buildGazetteer(raw: RawCorpus): Gazetteer {
  return {
    people: raw.people.map((p) => ({ id: p.id, name: p.name, country: p.country, roles: p.roles, notBefore: (p.notBefore ?? []).map((w) => w.toLowerCase()) })),
    roles: Object.entries(raw.roles).map(([id, r]) => ({ id, label: r.label, country: r.country })),
    topics: raw.topics.map((t) => ({ id: t.id, label: t.label, generic: t.generic === true })),
    aliases: buildAliases(raw),
  };
}

/** Validates the corpus and compiles it into the index the extension bundles. */
export function compileCorpus(raw: RawCorpus): CorpusIndex {
  validateCorpus(raw);
  const gazetteer = buildGazetteer(raw);
  const search = newSearch();
  const engine = ReadoutEngine.bare(gazetteer, search);
  const statements = raw.statements.map((s) => engine.record(s, 'bundled'));
  search.addAll(statements.map(searchDoc));
  return { version: INDEX_VERSION, gazetteer, statements, search: search.toJSON() };
}
