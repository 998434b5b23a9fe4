// Where an article was written, from its dateline ("WASHINGTON —", "KYIV, Feb 20 (Reuters) -", "МОСКВА, 31 декабря —"):
// a day its lead tells is that place's day. Only the capitals of the publishers' countries are known, since only
// they tell whether the article's day and a statement's are the same calendar's.

const CAPITALS: [string, string[]][] = [
  ['US', ['WASHINGTON', 'NEW YORK']],
  ['RU', ['MOSCOW', 'МОСКВА']],
  ['UA', ['KYIV', 'KIEV', 'KIJW', 'KYJIW', 'KIEW', 'KIJÓW', 'КИЕВ', 'КИЇВ']],
  ['CN', ['BEIJING', 'PEKING', 'PÉKIN', 'PEKÍN', 'ПЕКИН']],
];
const COUNTRY = new Map(CAPITALS.flatMap(([country, names]) => names.map((n) => [n, country] as const)));
/** A city in capitals at the very start, then a comma, a dash or an agency in brackets. */
const DATELINE = /^\s*([\p{Lu}][\p{Lu} .'’-]{2,30}?)\s*(?:,|\(|—|–|-\s)/u;

/** The country of the article's dateline city, among the publishers' capitals; null without one. */
export function datelineCountry(firstParagraph: string): string | null {
  const m = DATELINE.exec(firstParagraph);
  return m ? COUNTRY.get(m[1].trim()) ?? null : null;
}
