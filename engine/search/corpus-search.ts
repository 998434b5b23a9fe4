import type { SearchResult } from 'minisearch';
import type { ReadoutEngine } from '../index/engine';
import type { StatementRecord } from '../index/types';
import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { CharClass, classOf } from '../text/scripts';
import { parseIsoSpan } from '../text/dates';
import { STEM_LENGTH, stem, terms } from '../rank/terms';
import { typoAllowance, withinDistance } from './edit-distance';
import { queryEntities } from './entity-forms';
import { snippetOf, type Snippet } from './snippet';
import { hasBit } from './common-terms';

export interface CorpusQuery {
  text: string;
  /** ISO day, month or year; either end may be left open. */
  from?: string | null;
  to?: string | null;
  /** The reader is still typing the last word: match it by prefix. */
  typing?: boolean;
  limit?: number;
}

export interface CorpusHit {
  id: string;
  title: string;
  date: string;
  source: string;
  kind: string;
  origin: StatementRecord['origin'];
  score: number;
  /** What the query found in it, for the reader: names, topic labels, words. */
  matched: string[];
  titleMarks: [number, number][];
  snippet: Snippet;
}

export interface CorpusResults {
  hits: CorpusHit[];
  /** Statements that satisfy the query, of which `hits` are the best. */
  total: number;
  /** False when only common words were asked for and the count stopped at the newest `limit`. */
  complete: boolean;
  /** The people and topics the query was read as naming. */
  entities: { key: string; label: string }[];
  /** Words that narrowed nothing because no statement has them. */
  unknown: string[];
}

/** One part of the query, which every result must satisfy. */
interface Part {
  label: string;
  /** Statements that satisfy it (with how well), as far as they can be listed: words common to the corpus are not. */
  listed: Map<string, number>;
  /** Words common to the corpus (not in the lexical index) that also satisfy it, and their bits (search/common-terms.ts). */
  common: string[];
  commonAt: number[];
  entityKeys: Set<string>;
  /** Index terms that matched, per statement: marked in the snippet. */
  terms: Map<string, string[]>;
}

const DEFAULT_LIMIT = 30;

// Per engine: the statements newest first.
const byDate = new WeakMap<ReadoutEngine, { revision: number; list: StatementRecord[] }>();

/**
 * Newer first. Dates are ISO days (validated so), which sort as their code units: localeCompare asks ICU,
 * and sorting the ~900 results of a two-letter prefix with it took ~9 ms a keystroke.
 */
const newer = (a: StatementRecord, b: StatementRecord) => (a.date === b.date ? 0 : a.date > b.date ? -1 : 1);

function newestFirst(engine: ReadoutEngine): StatementRecord[] {
  let c = byDate.get(engine);
  if (!c || c.revision !== engine.revision) {
    c = { revision: engine.revision, list: [...engine.statements.values()].sort(newer) };
    byDate.set(engine, c);
  }
  return c.list;
}

/** Common terms a query word stands for: its own stem, the ones it begins while typing, or one a typo away. */
function commonMatches(engine: ReadoutEngine, word: string, prefix: boolean): string[] {
  const st = stem(word);
  if (engine.commonTerms.has(st)) return [st];
  const out: string[] = [];
  for (const t of engine.commonTerms) {
    if ((prefix && word.length >= 2 && t.startsWith(word)) || withinDistance(st, t, Math.min(typoAllowance(word), typoAllowance(t)))) out.push(t);
  }
  return out;
}

function lexicalPart(engine: ReadoutEngine, label: string, query: string, prefix: boolean, combine: 'AND' | 'OR'): Part {
  const results: SearchResult[] = engine.search.search(query, {
    prefix: (t) => prefix && t.length >= 2,
    // Index terms are cut at STEM_LENGTH: a typo near the cut shifts letters across it, so cut words get two.
    fuzzy: (t) => (t.length >= STEM_LENGTH ? 2 : typoAllowance(t) || false),
    combineWith: combine,
    boost: { title: 2 },
  });
  const top = results[0]?.score ?? 1;
  const listed = new Map<string, number>();
  const matched = new Map<string, string[]>();
  for (const r of results) { listed.set(r.id as string, r.score / top); matched.set(r.id as string, r.terms); }
  return { label, listed, common: [], commonAt: [], entityKeys: new Set(), terms: matched };
}

function wordPart(engine: ReadoutEngine, word: string, prefix: boolean): Part {
  const part = lexicalPart(engine, word, word, prefix, 'AND');
  part.common = commonMatches(engine, word, prefix);
  part.commonAt = part.common.map((t) => engine.commonOrder.get(t)!);
  return part;
}

function entityPart(engine: ReadoutEngine, keys: Set<string>, label: string, exact: boolean, words: string[], typing: boolean): Part {
  const listed = new Map<string, number>();
  for (const key of keys) {
    const kind = key[0];
    for (const id of engine.byEntity.get(key) ?? []) {
      const s = engine.statements.get(id)!;
      const entity = key.slice(2);
      // A participant is what a statement is about; a name in passing counts less.
      const w = kind === 'p' ? (s.participants.includes(entity) ? 1 : 0.7) : (s.topics.indexOf(entity) < 3 ? 0.8 : 0.6);
      listed.set(id, Math.max(listed.get(id) ?? 0, w));
    }
  }
  const part: Part = { label, listed, common: [], commonAt: [], entityKeys: keys, terms: new Map() };
  if (!exact) {
    // A near match may be a misspelt name or a plain word that resembles one: either satisfies the part.
    const lex = lexicalPart(engine, label, words.join(' '), typing, 'AND');
    for (const [id, score] of lex.listed) if (!listed.has(id)) listed.set(id, score * 0.9);
    part.terms = lex.terms;
  }
  return part;
}

function labelOf(engine: ReadoutEngine, key: string): string {
  const id = key.slice(2);
  return key[0] === 'p' ? engine.people.get(id)?.name ?? id : engine.topics.get(id)?.label ?? id;
}

function satisfies(engine: ReadoutEngine, s: StatementRecord, p: Part): number {
  const listed = p.listed.get(s.id);
  if (listed !== undefined) return listed;
  if (p.commonAt.length) {
    const bits = engine.commonBitsOf(s);
    if (p.commonAt.some((n) => hasBit(bits, n))) return 0.5;
  }
  return 0;
}

function inDates(engine: ReadoutEngine, s: StatementRecord, from: number, to: number): boolean {
  const span = engine.eventSpan(s);
  return span.to >= from && span.from <= to;
}

/**
 * Search over the whole corpus as a reader types: names and topics (any script, typos
 * forgiven), words of the text (prefix while typing, typos forgiven), dates. Every part
 * of the query must hold; results rank by how well, then by date, newest first.
 */
export function searchCorpus(engine: ReadoutEngine, q: CorpusQuery): CorpusResults {
  const limit = q.limit ?? DEFAULT_LIMIT;
  const typing = q.typing ?? false;
  const folded = fold(q.text.normalize('NFC'));
  const words = tokenize(folded).map((t) => t.text);
  const from = parseIsoSpan(q.from ?? null)?.from ?? -Infinity;
  const to = parseIsoSpan(q.to ?? null)?.to ?? Infinity;
  const dated = from !== -Infinity || to !== Infinity;

  const parts: Part[] = [];
  const covered = new Set<number>();
  const found = queryEntities(engine, words, folded.text, typing);
  for (const e of found) {
    const label = [...e.keys].map((k) => labelOf(engine, k)).join(' / ');
    parts.push(entityPart(engine, e.keys, label, e.exact, words.slice(Math.max(e.from, 0), Math.max(e.to, 0)), typing));
    for (let k = e.from; k < e.to; k++) covered.add(k);
  }
  const unknown: string[] = [];
  words.forEach((w, i) => {
    if (covered.has(i) || terms(w).length === 0) return;
    const part = wordPart(engine, w, typing && i === words.length - 1);
    if (part.listed.size === 0 && part.common.length === 0) { unknown.push(w); return; }
    parts.push(part);
  });
  // Chinese, Japanese, Thai: the chars no name took are searched as overlapping pairs.
  let rest = '';
  for (const ch of folded.text) rest += classOf(ch.codePointAt(0)!) === CharClass.Unspaced ? ch : ' ';
  for (const e of found) if (e.unspacedForm) rest = rest.split(e.unspacedForm).join(' ');
  for (const run of rest.split(/\s+/).filter((r) => r.length >= 2)) {
    const part = lexicalPart(engine, run, run, false, 'AND');
    if (part.listed.size === 0) unknown.push(run); else parts.push(part);
  }

  const entities = found.flatMap((e) => [...e.keys].map((key) => ({ key, label: labelOf(engine, key) })));
  if (parts.length === 0 && !dated) return { hits: [], total: 0, complete: true, entities, unknown };

  // Candidates come from the smallest part that can list its statements; with none, from the whole corpus, newest first.
  const listable = parts.filter((p) => p.common.length === 0).sort((a, b) => a.listed.size - b.listed.size);
  const pool: Iterable<StatementRecord> = listable.length
    ? [...listable[0].listed.keys()].map((id) => engine.statements.get(id)!).filter(Boolean)
    : newestFirst(engine);
  const scanning = listable.length === 0;

  const scored: { s: StatementRecord; score: number }[] = [];
  let total = 0;
  for (const s of pool) {
    if (!engine.visible(s) || (dated && !inDates(engine, s, from, to))) continue;
    let score = 0;
    let ok = true;
    for (const p of parts) {
      const v = satisfies(engine, s, p);
      if (v === 0) { ok = false; break; }
      score += v;
    }
    if (!ok) continue;
    total++;
    scored.push({ s, score });
    // Over the whole corpus only common words are asked for: the newest statements that have them are enough.
    if (scanning && scored.length >= limit) break;
  }
  scored.sort((a, b) => b.score - a.score || newer(a.s, b.s));

  const hits = scored.slice(0, limit).map(({ s, score }) => {
    const wordsToMark = new Set<string>();
    const keys = new Set<string>();
    for (const p of parts) {
      for (const t of p.terms.get(s.id) ?? []) wordsToMark.add(t);
      for (const t of p.common) wordsToMark.add(t);
      for (const k of p.entityKeys) keys.add(k);
    }
    const { snippet, titleMarks } = snippetOf(engine, s, wordsToMark, keys);
    return {
      id: s.id, title: s.title, date: s.date, source: s.source, kind: s.kind, origin: s.origin,
      score, matched: parts.map((p) => p.label), titleMarks, snippet,
    };
  });
  return { hits, total, complete: !scanning || total < limit, entities, unknown };
}
