import { buildAliases } from '../gazetteer/aliases';
import { validateCorpus } from '../gazetteer/validate';
import type { Gazetteer, RawCorpus } from '../gazetteer/types';
import { newSearch, searchDoc } from '../rank/search';
import { terms } from '../rank/terms';
import { lexicalFromMiniSearch } from '../rank/lexical';
import { ReadoutEngine } from './engine';
import { INDEX_VERSION, type CorpusIndex } from './types';
import { EventGrouper } from '../events/group';
import { commonBits, commonOrder } from '../search/common-terms';
import { encodeMentions, entityList } from '../search/mention-marks';

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
  const engine = ReadoutEngine.bare(gazetteer);
  const mentions = raw.statements.map((s) => engine.mentions([s.title, ...s.body], { date: s.date }));
  const statements = raw.statements.map((s, i) => engine.record(s, 'bundled', mentions[i]));
  const docs = raw.statements.map(searchDoc);
  const common = commonTerms(docs.map((d) => `${d.title}\n${d.text}`));
  const search = newSearch(new Set(common));
  search.addAll(docs);
  const publishers = (raw.publishers ?? []).map(({ id, name, short, country, home, licence, attribution, principalRole }) => ({ id, name, country, licence, ...(short ? { short } : {}), ...(home ? { home } : {}), ...(attribution ? { attribution } : {}), ...(principalRole ? { principal: principalRole } : {}) }));
  // Grouped once here, so loading the index only reads the events.
  const events = new EventGrouper(engine, publishers).group(statements);
  const searchJson = search.toJSON();
  const order = commonOrder(common);
  const commonIn = docs.map((d) => commonBits(`${d.title}\n${d.text}`, order));
  const entities = entityList(gazetteer);
  const mentionsIn = mentions.map((m) => encodeMentions(m, entities));
  const lexical = lexicalFromMiniSearch(searchJson as unknown as Parameters<typeof lexicalFromMiniSearch>[0]);
  // Both indexes number the statements in their order, so their ids are not written twice more (engine.ts fills them in).
  const searchIds = (searchJson as unknown as { documentIds: Record<string, string> }).documentIds;
  const inOrder = (ids: string[], keys: string[] = ids.map((_, i) => String(i))) => ids.length === statements.length && ids.every((id, i) => id === statements[i].id && keys[i] === String(i));
  if (!inOrder(lexical.ids) || !inOrder(Object.values(searchIds), Object.keys(searchIds))) throw new Error('Readout index: the search indexes do not number the statements in their order');
  return { version: INDEX_VERSION, publishers, gazetteer, statements, search: { ...searchJson, documentIds: {} }, lexical: { ...lexical, ids: [] }, lexicalInOrder: true, commonTerms: common, commonIn, mentionsIn, events };
}

/** Terms found in at least 5% of statements (and at least 3): querying them costs much and ranks nothing. */
export function commonTerms(texts: string[]): string[] {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of new Set(terms(t))) df.set(term, (df.get(term) ?? 0) + 1);
  const min = Math.max(3, Math.ceil(texts.length * 0.05));
  return [...df].filter(([, n]) => n >= min).map(([t]) => t).sort();
}
