// What the source readers hand the ingest. Who each publisher is (name, licence, attribution, time zone,
// principal) is data of the corpus: corpus/publishers.json.

/** The publisher ids the source readers know: each format is one publisher's export. */
export type PublisherId = 'white-house' | 'kremlin' | 'president-ua';

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

/**
 * The day an item was written, where its publisher is: the day of publication, or the day before for one published
 * in the small hours (before 05:00, so five hours earlier is the day it was written). A readout put out at 01:35 in
 * Moscow was written the evening before, and its "today" is that evening's (the address of 21 February 2022); so was
 * one at 04:05 (the news conference that ended Macron's talks of 7 February 2022 after midnight), and Kyiv's English
 * versions of the evening's addresses and meetings come out until 04:48, none of its items between 05:00 and 08:00.
 */
export function writtenDay(instant: string, timeZone: string): string | null {
  const t = Date.parse(instant);
  return Number.isNaN(t) ? null : localDay(new Date(t - SMALL_HOURS * 3_600_000).toISOString(), timeZone);
}
const SMALL_HOURS = 5;

/** The calendar day of an instant in a publisher's time zone. */
export function localDay(instant: string, timeZone: string): string | null {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return null;
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
}
