// The corpus as authored in corpus/ (raw) and as compiled into the bundled index.

export interface RoleSpan { role: string; from: string; to?: string }

export interface RawPerson {
  id: string;
  name: string;
  country: string;
  roles: RoleSpan[];
  /** Full names in any script: each one alone identifies the person. */
  names: string[];
  /** Surname forms; title forms ("President Xi") are made from them. */
  surnames: string[];
  /** When true, a bare surname counts only on a page that names the person in full or with a title. */
  ambiguousSurname: boolean;
  /** Further forms that need the same support as an ambiguous surname. */
  short?: string[];
  /** Words that, right after a bare surname, show it is something else ("Han Chinese", "Qin dynasty"). */
  notBefore?: string[];
  /** A common surname: "Mr Wang" could be anyone, so honorific forms need support too. */
  commonSurname?: boolean;
  why?: string;
}

export interface RawRole {
  label: string;
  country: string;
  /** Titles put before a surname: "Foreign Minister" + "Wang". */
  titles: string[];
  /** Descriptions that stand for whoever held the role at the article's date ("the Chinese foreign minister"). */
  phrases: string[];
}

export interface RawTopic {
  id: string;
  label: string;
  /** Phrase variants by language code; a trailing * on a word matches its inflected forms. */
  phrases: Record<string, string[]>;
  /** Phrases that count only on a page where a full phrase of the topic appears. */
  weak?: string[];
  /** Broad topics (energy, trade, the UN) weigh less when ranking. */
  generic?: boolean;
  why?: string;
}

export interface RawStatement {
  id: string;
  title: string;
  date: string;
  endDate?: string;
  published?: string;
  /** The moment of publication as the publisher gave it (ISO 8601 with offset). */
  publishedAt?: string;
  source: string;
  /** Who published it, as an id the reader can turn off ("white-house", "kremlin"); bundled statements have one. */
  publisher?: string;
  kind: string;
  participants: string[];
  language: string;
  url?: string;
  capture?: string;
  /** The licence of the text, and below it what that licence asks a reuser to credit. */
  licence?: string;
  attribution?: string;
  notes?: string;
  body: string[];
}

/** A government or institution whose statements the corpus bundles. */
export interface RawPublisher {
  id: string;
  name: string;
  /** The country it speaks for: its own people are not foreign to it. */
  country: string;
  /** How a reader names it beside another publisher ("White House · Kremlin"): the name is too long for that. */
  short?: string;
  /** Its site, for the reader who wants the source. */
  home?: string;
  licence: string;
  /** What the licence asks a reuser to credit (CC BY: the author, and each item's link). */
  attribution?: string;
  /** Where its "today" is: an item's day is the day there. */
  timeZone: string;
  /** The role on whose behalf most of its items speak: the participant of an item that names nobody. */
  principalRole?: string;
}

export interface RawCorpus {
  publishers?: RawPublisher[];
  people: RawPerson[];
  roles: Record<string, RawRole>;
  topics: RawTopic[];
  statements: RawStatement[];
  /** File each item came from, for error messages: "people:xi-jinping" -> "corpus/people.json". */
  files: {
    publishers?: string;
    people: string;
    roles: string;
    topics: string;
    statements: Record<string, string>;
    /** Where the gazetteer is split over several files: the file of each person and role by id. */
    person?: Record<string, string>;
    role?: Record<string, string>;
  };
}

export type EntityKind = 'person' | 'topic' | 'role';

/** How a form identifies its entity; decides what support it needs on the page. */
export type AliasClass =
  | 'name'      // a full name, or an unambiguous surname
  | 'title'     // title + surname: "President Xi"
  | 'short'     // an ambiguous surname or short form: needs a name or title on the same page
  | 'role'      // a description of a role: resolved by date
  | 'phrase'    // a topic phrase
  | 'weak';     // a topic phrase that needs a full phrase of the topic on the page

export type CaseRule = 0 | 1 | 2; // 0 any, 1 capitalised, 2 all upper

/** One searchable form, after folding and tokenising. */
export interface AliasEntry {
  kind: EntityKind;
  id: string;
  cls: AliasClass;
  /** Display form as authored. */
  form: string;
  /** Folded word tokens (spaced scripts) or the folded string (unspaced scripts). */
  tokens: string[];
  unspaced: boolean;
  /** Per token: match inflected forms starting with the token (value = max extra letters). */
  stem: number[];
  caseRule: CaseRule[];
}

export interface PersonInfo {
  id: string;
  name: string;
  country: string;
  roles: RoleSpan[];
  notBefore: string[];
}

export interface RoleInfo { id: string; label: string; country: string }
export interface TopicInfo { id: string; label: string; generic: boolean }

export interface Gazetteer {
  people: PersonInfo[];
  roles: RoleInfo[];
  topics: TopicInfo[];
  aliases: AliasEntry[];
}
