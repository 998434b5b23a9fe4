import MiniSearch, { type Options } from 'minisearch';
import { terms } from './terms';
import type { StatementRecord } from '../index/types';

export interface SearchDoc { id: string; title: string; text: string }

// Build and load must agree on these, or a loaded index would tokenise queries differently.
// Terms common to the corpus are not indexed: they rank nothing and made up most of the index.
export function searchOptions(common: Set<string>): Options<SearchDoc> {
  return {
    idField: 'id',
    fields: ['title', 'text'],
    tokenize: (s: string) => terms(s),
    processTerm: (t: string) => (common.has(t) ? null : t),
    searchOptions: { boost: { title: 2 }, combineWith: 'OR' },
  };
}

export function searchDoc(s: Pick<StatementRecord, 'id' | 'title'> & { body: string[] }): SearchDoc {
  return { id: s.id, title: s.title, text: s.body.join('\n') };
}

export function newSearch(common: Set<string>): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>(searchOptions(common));
}

/** The index leaves out MiniSearch's ids of its documents: they are the bundled statements', in order. */
export function withDocumentIds(json: unknown, ids: readonly string[]): unknown {
  const j = json as { documentIds: Record<string, string> };
  return Object.keys(j.documentIds).length ? j : { ...j, documentIds: Object.fromEntries(ids.map((id, i) => [String(i), id])) };
}

export function loadSearch(json: unknown, common: Set<string>): MiniSearch<SearchDoc> {
  return MiniSearch.loadJS<SearchDoc>(json as Parameters<typeof MiniSearch.loadJS>[0], searchOptions(common));
}

/** The terms that best describe an article: its most frequent words that are not common to the corpus. */
export function queryTerms(paragraphTerms: string[][], common: Set<string>, max = 30): string {
  const counts = new Map<string, number>();
  for (const list of paragraphTerms) for (const t of list) if (!common.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, max).map(([t]) => t).join(' ');
}
