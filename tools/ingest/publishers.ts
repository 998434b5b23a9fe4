// The governments whose own publications the ingest reads: who they are, the licence of their text, the
// attribution that licence asks for, the time zone their "today" is in, and the role of the person on
// whose behalf most of their items speak (the participant when an item names nobody else).

export interface Publisher {
  id: string;
  /** The statement's `source`, as the reader sees it. */
  name: string;
  /** The country the publisher speaks for: its own people are not foreign to it. */
  country: string;
  licence: string;
  /** What the licence asks a reuser to credit (CC BY: the author and the item's link). */
  attribution?: string;
  timeZone: string;
  principalRole: string;
}

export const PUBLISHERS = {
  'white-house': {
    id: 'white-house', name: 'The White House', country: 'US', timeZone: 'America/New_York', principalRole: 'us-president',
    licence: 'Public domain (work of the United States Government)',
  },
  kremlin: {
    id: 'kremlin', name: 'President of Russia', country: 'RU', timeZone: 'Europe/Moscow', principalRole: 'ru-president',
    licence: 'CC BY 4.0', attribution: 'President of Russia (en.kremlin.ru), CC BY 4.0',
  },
  'president-ua': {
    id: 'president-ua', name: 'President of Ukraine', country: 'UA', timeZone: 'Europe/Kyiv', principalRole: 'ua-president',
    licence: 'CC BY 4.0', attribution: 'President of Ukraine (president.gov.ua), CC BY 4.0',
  },
} satisfies Record<string, Publisher>;

export type PublisherId = keyof typeof PUBLISHERS;

/** One publication as a source reader found it, before the ingest decides what it is. */
export interface SourceItem {
  publisher: PublisherId;
  /** Where it was read: "whitehouse/2022-02/x.md" or "kremlin/putin.csv: row 12 (line 345)". */
  where: string;
  url: string;
  title: string;
  /** The moment of publication, ISO 8601 with its offset (UTC for the CSVs). */
  publishedAt: string;
  body: string[];
}

/** A row or file that could not be read: named, skipped, counted. */
export interface SourceProblem { where: string; field: string; why: string; publisher?: PublisherId }

/** The calendar day of an instant in a publisher's time zone. */
export function localDay(instant: string, timeZone: string): string | null {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return null;
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
}
