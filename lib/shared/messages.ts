import { browser } from 'wxt/browser';
import type { CorpusQuery, CorpusResults, EntityCard, PassagePair, PublisherSummary, RankedStatement, SentencePair, StatementRecord, Strength, XrefResult } from '../../engine';
import type { PageWhy, Settings } from '../db/settings';
import type { Candidate } from '../db/user-statements';
import type { ExportFile } from '../db/transfer';
import type { Draft, ImportText } from '../../engine';

/** What the content script reads off a page: enough to rank, nothing the engine does not need. */
export interface PageText {
  url: string;
  title: string;
  paragraphs: string[];
  date: string | null;
}

export interface PageMeta {
  url: string;
  title: string;
  date: string | null;
  /** As the page declares them: history keys an article by its canonical address. */
  canonical?: string | null;
  siteName?: string | null;
  /** As the page declares it (<html lang>), its primary tag: "fr". */
  language?: string | null;
}

/** A text block of the page, by the key the content script gave it. */
export interface BlockText { key: number; text: string }

/**
 * The page's mentions on the wire, as numbers: four per mention (block key, start, end, index
 * into `entities`), grouped by block. Extension messages travel as JSON: thousands of small
 * objects with repeated ids cost the page's thread to parse; a flat array of numbers does not.
 */
export interface WireMentions { flat: number[]; entities: string[] }

/** An entity key on the wire: "p:xi-jinping" or "t:peace-talks". */
export function entityOf(key: string): { kind: 'person' | 'topic'; id: string } {
  return { kind: key[0] === 'p' ? 'person' : 'topic', id: key.slice(2) };
}

/** A person or topic as a chip shows it. */
export interface Chip { kind: 'person' | 'topic'; id: string; label: string }

/** A ranked statement as the popup shows it: what it shares with the page, and its best passage pair. */
export interface PageMatch extends RankedStatement {
  /** Who published it, in few words ("Kremlin"): the accounts of one event are told apart by it. */
  by: string;
  people: Chip[];
  topics: Chip[];
  passage: (SentencePair & { kind: PassagePair['kind'] }) | null;
}

export interface TabResult {
  page: PageMeta;
  /** Chars of article text read on the page: none means Readout found no article. */
  chars: number;
  result: Pick<XrefResult, 'people' | 'topics'> & { statements: PageMatch[] };
  at: number;
}

/** A statement in the reader, with what the tab's article shares with it when the reader came from a tab. */
export interface ReaderView {
  /** With its body read. */
  statement: StatementRecord & { body: string[] };
  people: Chip[];
  topics: Chip[];
  /** Paragraphs of the statement the article repeats or restates, with the article's sentence. */
  passages: { statementParagraph: number; kind: PassagePair['kind']; statementSentence: string; articleSentence: string }[];
  page: PageMeta | null;
  /** Articles the reader read that cover it (history). */
  coverage: Coverage[];
  /** The event it reports, when other accounts of it are shown too: who published them ("White House · Kremlin"). */
  event: { id: string; by: string[] } | null;
}

/** A span of a paragraph that names a person or topic: marked as the page marks it. */
export interface NameMark { start: number; end: number; kind: Chip['kind']; id: string }

/** A paragraph of an account and what answers it elsewhere. */
export interface AccountParagraphView {
  text: string;
  marks: NameMark[];
  /** Paragraphs of the other accounts that say the same point (account index, paragraph), most alike first. */
  same: { account: number; paragraph: number; kind: PassagePair['kind'] }[];
  /** No other account says it (a paragraph too thin to compare is neither this nor paired). */
  only: boolean;
  /** The tab's article follows this paragraph here: its sentence, quoted or restated. */
  article: { sentence: string; kind: PassagePair['kind'] }[];
}

/** One government's (or outlet's) account of the event. */
export interface AccountView {
  id: string; title: string; date: string; kind: string; source: string; url?: string;
  /** Who published it, in few words ("White House"). */
  by: string;
  people: Chip[];
  topics: Chip[];
  paragraphs: AccountParagraphView[];
}

/** Paragraphs side by side: a cell per account, the paragraph it has in the row or null; each column keeps its account's order. */
export type AccountRow = (number | null)[];

/** An event's accounts compared, and the tab's article against them when the view came from a tab. */
export interface AccountsView {
  event: { id: string; date: string; endDate?: string; kind: string; participants: Chip[] };
  accounts: AccountView[];
  rows: AccountRow[];
  article: {
    page: PageMeta;
    /** How many of the article's passages follow each account (by index), most first. */
    follows: { account: number; passages: number }[];
    passages: { account: number; paragraph: number; kind: PassagePair['kind']; articleSentence: string; accountSentence: string }[];
    /** Paragraphs of the article with something to say that no account says (the first few), and how many in all. */
    unsourced: string[];
    unsourcedTotal: number;
  } | null;
}

export interface TabStatus {
  site: string | null;
  settings: Settings;
  why: PageSettings['why'] | 'unknown';
  result: TabResult | null;
  /** For the first same-event statement: how many other articles the reader read on that event. */
  othersOnEvent: { statementId: string; count: number } | null;
}

export type AnalyzeResult =
  | { restart: true }
  /** A batch was stored; the mentions come with the final batch. */
  | { restart?: false; pending: true }
  | { restart?: false; pending?: false; mentions: WireMentions; people: string[]; topics: string[] };

/**
 * What the reader chose to see: which kinds are highlighted, in which colours, whether outside the article too,
 * and whether every person and topic the page names (`all`) or only those that tie it to its statements.
 */
export interface Look { person: boolean; topic: boolean; around: boolean; all: boolean; personColour: string; topicColour: string }

/** An article the reader read that covers a statement, as the reader lists it. */
export interface Coverage { url: string; title: string; outlet: string; date: string | null; strength: Strength; quote: string; lastSeen: number }

/** The answer to a write: done, or every problem in words (file, item and field; or a full disk). */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; problems: string[] };

export interface LibraryStatus { problem: string | null; statements: number; articles: number; links: number }

export interface PageSettings { on: boolean; why: PageWhy; painter: 'highlight' | 'elements'; look: Look }

/** Every message to the background, by intent: request and response types side by side. */
export interface Protocol {
  /** Content script: these blocks are new or changed (or, with `reset`, the whole page); find their mentions. */
  analyzeBlocks: { req: { page: PageMeta; reset: boolean; blocks: BlockText[]; removed: number[]; final: boolean }; res: AnalyzeResult };
  /**
   * Content script, after a pass's mentions: which of them are lit unless the reader lights all (entity keys, as on
   * the wire); null when the background no longer knows the page.
   */
  litEntities: { req: Record<string, never>; res: string[] | null };
  /** Popup: the tab's site, whether Readout runs there, and what matched if it was analysed. */
  tabStatus: { req: { tabId: number }; res: TabStatus };
  /** Hover card: who or what this is and what the statements say of it. */
  lookup: { req: { kind: 'person' | 'topic'; id: string; date: string | null }; res: EntityCard | null };
  /** Reader: one statement, whole; with `tabId`, the passages that tab's article shares with it. */
  statement: { req: { id: string; tabId?: number | null }; res: ReaderView | null };
  /** Reader, side panel: the accounts of the event a statement reports, side by side; with `tabId`, that tab's article against them. */
  accounts: { req: { event: string; tabId?: number | null }; res: AccountsView | null };
  /** Card or popup: open a statement in Readout's reader (or, with `event`, the accounts of its event), beside the tab's article (`tabId`). */
  openReader: { req: { id: string; tabId?: number | null; event?: boolean }; res: void };
  /** Popup: search the whole corpus. */
  search: { req: CorpusQuery; res: CorpusResults };
  /** Popup: scroll the tab to the first mention of a person or topic and flash it; false when it has none. */
  reveal: { req: { tabId: number; kind: 'person' | 'topic'; id: string }; res: boolean };
  /** Content script: should Readout run on this page, and how does it paint. */
  pageSettings: { req: { url: string }; res: PageSettings };
  /** Popup: the reader's settings, and changing them. */
  getSettings: { req: Record<string, never>; res: Settings };
  setSettings: { req: Partial<Settings>; res: Settings };
  /** Options: the publishers of the bundled corpus, how many statements each and the dates they span. */
  publishers: { req: Record<string, never>; res: PublisherSummary[] };
  /** Options: the people Readout knows, for choosing participants. */
  people: { req: Record<string, never>; res: { id: string; name: string }[] };
  /** Options: whether storage works, and how much is stored. */
  libraryStatus: { req: Record<string, never>; res: LibraryStatus };
  /** Options: what Readout reads from a text the reader wants to add (title, date, participants…). */
  proposeStatement: { req: ImportText; res: Draft };
  /** Options: save statements (all or none); `where[i]` names item i's file for messages. */
  addStatements: { req: { items: Candidate[]; where: string[] }; res: Outcome<{ added: { id: string; title: string }[]; duplicates: string[] }> };
  userStatements: { req: Record<string, never>; res: { id: string; title: string; date: string; source: string; addedAt: number }[] };
  deleteStatement: { req: { id: string }; res: Outcome<object> };
  exportData: { req: Record<string, never>; res: Outcome<{ file: ExportFile }> };
  importData: { req: { text: string; file: string }; res: Outcome<{ statements: number; duplicates: number; articles: number }> };
  clearHistory: { req: Record<string, never>; res: Outcome<object> };
  resetStorage: { req: Record<string, never>; res: LibraryStatus };
  /** Diagnostics: the errors content scripts caught and reported lately. */
  recentErrors: { req: Record<string, never>; res: { at: number; message: string; url: string }[] };
  /** Content script: an error caught on a page, for the background's log instead of the page's console. */
  reportError: { req: { message: string; stack?: string; url: string }; res: void };
}

export type MessageName = keyof Protocol;
export interface Envelope<K extends MessageName = MessageName> { type: K; body: Protocol[K]['req'] }

export function send<K extends MessageName>(type: K, body: Protocol[K]['req']): Promise<Protocol[K]['res']> {
  return browser.runtime.sendMessage({ type, body } satisfies Envelope<K>);
}

/** Messages from the background to a tab's content script. */
export type TabMessage =
  | { type: 'command'; name: 'next-mention' | 'previous-mention' }
  | { type: 'reveal'; kind: 'person' | 'topic'; id: string }
  | { type: 'settingsChanged' };
