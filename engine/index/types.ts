import type { Gazetteer } from '../gazetteer/types';
import type { Mention } from '../match/mentions';
import type { BlockScan } from '../match/scan';
import type { LexicalJSON } from '../rank/lexical';
import type { AliasRows } from '../gazetteer/alias-rows';
import type { EventRecord } from '../events/types';

export const INDEX_VERSION = 7;

/** A statement as the extension carries it: metadata, text, and what it speaks of. */
export interface StatementRecord {
  id: string;
  title: string;
  date: string;
  endDate?: string;
  published?: string;
  source: string;
  publisher?: string;
  kind: string;
  participants: string[];
  language: string;
  url?: string;
  licence?: string;
  attribution?: string;
  /**
   * Clean paragraphs. Absent from a bundled statement until `ReadoutEngine.loadBodies` read it: the
   * extension loads bodies by the chunk, when a statement is ranked against a page or shown.
   */
  body?: string[];
  /** The people and topics it names, most mentioned first (participants always among the people). */
  people: string[];
  topics: string[];
  /** Where it came from: bundled with the extension or added by the reader. */
  origin: 'bundled' | 'user';
}

/** The compiled corpus: built by `npm run corpus`, bundled, loaded without parsing raw files. */
/** A publisher as the extension shows it: who, under which licence. */
export interface PublisherInfo {
  id: string; name: string; short?: string; country: string; home?: string; licence: string; attribution?: string;
  /** The role its items speak for: a party to every exchange it reports, named or not. */
  principal?: string;
}

export interface CorpusIndex {
  version: number;
  publishers: PublisherInfo[];
  gazetteer: Gazetteer;
  statements: StatementRecord[];
  /** The search index, serialised by MiniSearch; the extension loads it on the first search. */
  search?: unknown;
  /** Ranking's lexical index (engine/rank/lexical.ts). */
  lexical: LexicalJSON;
  /** The extension's core file carries the gazetteer's forms so, and `gazetteer.aliases` empty. */
  aliasRows?: AliasRows;
  /** The lexical index's ids are left out: they are the statements', in order (190 KB of the core). */
  lexicalInOrder?: boolean;
  /** The extension's core file leaves out what statements share with their publisher (index/publisher-defaults.ts). */
  publisherDefaults?: boolean;
  /** Where bodies are left out (the extension's core file), how many statements each chunk of bodies holds, in order. */
  bodyChunks?: number[];
  /** Terms in so many statements that they tell none apart: left out of lexical queries. */
  commonTerms: string[];
  /** Per statement, in `statements` order: which common terms it has, as bits (search/common-terms.ts). Travels with the search index. */
  commonIn?: string[];
  /** Per statement, in `statements` order: its mentions of people and topics (search/mention-marks.ts). Travels with the search index. */
  mentionsIn?: string[];
  /** Events with two accounts or more; any other statement is an event of its own. */
  events: EventRecord[];
}

export interface Article {
  title?: string;
  paragraphs: string[];
  /** The article's date, ISO; a month ("2023-05") or a year will do. */
  date?: string | null;
  url?: string;
  language?: string;
}

export interface PersonHit { id: string; name: string; mentions: number; forms: string[] }
export interface TopicHit { id: string; label: string; mentions: number; phrases: string[] }

export interface Analysis {
  /** The texts analysed: the title (possibly empty) then the paragraphs. */
  blocks: string[];
  scans: BlockScan[];
  mentions: Mention[][];
  people: PersonHit[];
  topics: TopicHit[];
}
