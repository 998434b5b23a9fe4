import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { RawStatement, StatementRecord, Strength } from '../../engine';

/** An article the reader read, by its normalised address. Its text is never stored. */
export interface ArticleRow {
  url: string;
  title: string;
  outlet: string;
  /** The article's own date, ISO, when the page gives one. */
  date: string | null;
  firstSeen: number;
  lastSeen: number;
}

/** An article that covers a statement: how strongly, and where (paragraph numbers and one short quote). */
export interface LinkRow {
  url: string;
  statementId: string;
  strength: Strength;
  passages: { article: number; statement: number; kind: 'quote' | 'paraphrase' }[];
  /** At most QUOTE_CHARS of the article's best matching sentence. */
  quote: string;
  firstSeen: number;
  lastSeen: number;
}

/** A statement the reader added: as written, as the engine reads it, and a hash of its content for de-duplication. */
export interface UserStatementRow {
  id: string;
  hash: string;
  raw: RawStatement;
  record: StatementRecord;
  addedAt: number;
  /** The engine's index version when `record` was made: another one analyses `raw` again. */
  engineVersion: number;
}

export interface ReadoutDB extends DBSchema {
  settings: { key: string; value: unknown };
  statements: { key: string; value: UserStatementRow; indexes: { 'by-hash': string } };
  articles: { key: string; value: ArticleRow; indexes: { 'by-lastSeen': number } };
  links: { key: [string, string]; value: LinkRow; indexes: { 'by-statement': string; 'by-event': [string, string]; 'by-url': string; 'by-lastSeen': number } };
}

export const QUOTE_CHARS = 300;
export const DB_NAME = 'readout';
export const DB_VERSION = 2;

type Db = IDBPDatabase<ReadoutDB>;
type UpgradeTx = IDBPTransaction<ReadoutDB, StoreNames<ReadoutDB>[], 'versionchange'>;

/**
 * Each step takes the database from one version to the next. A reader may skip releases,
 * so every step from their version on runs, in order, inside the one upgrade transaction.
 */
const MIGRATIONS: ((db: Db, tx: UpgradeTx) => void)[] = [
  // 0 -> 1: settings, one record per key.
  (db) => { db.createObjectStore('settings'); },
  // 1 -> 2: the reader's statements, the articles they read and which statements those cover.
  (db) => {
    db.createObjectStore('statements', { keyPath: 'id' }).createIndex('by-hash', 'hash', { unique: true });
    db.createObjectStore('articles', { keyPath: 'url' }).createIndex('by-lastSeen', 'lastSeen');
    const links = db.createObjectStore('links', { keyPath: ['url', 'statementId'] });
    links.createIndex('by-statement', 'statementId');
    // Counted by the popup on every opening: "N other articles on this event".
    links.createIndex('by-event', ['statementId', 'strength']);
    links.createIndex('by-url', 'url');
    links.createIndex('by-lastSeen', 'lastSeen');
  },
];

export function upgrade(db: Db, oldVersion: number, newVersion: number | null, tx: UpgradeTx): void {
  for (let v = oldVersion; v < (newVersion ?? DB_VERSION); v++) MIGRATIONS[v](db, tx);
}
