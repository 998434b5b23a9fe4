// Where an article was written, from its dateline ("WASHINGTON —", "KYIV, Feb 20 (Reuters) -", "МОСКВА, 31 декабря —",
// "HELSINKI, May 12 —"): a day its lead tells is that place's day, and a statement's day is its publisher's. Knowing
// both clocks tells which way a day may lie between them.

/**
 * Cities news is datelined from, by their standard time's offset from UTC in hours, as agencies write them. The
 * first city of a country is its capital: a publisher's clock is its capital's. Summer time moves most of them
 * together and changes no side.
 */
const CITIES: [country: string, utcHours: number, names: string[]][] = [
  ['US', -5, ['WASHINGTON', 'NEW YORK', 'ВАШИНГТОН', 'НЬЮ-ЙОРК', 'WASZYNGTON', 'NOVA YORK', 'NUEVA YORK', 'NOWY JORK']],
  ['RU', 3, ['MOSCOW', 'МОСКВА', 'MOSKAU', 'MOSCOU', 'MOSCÚ', 'MOSCA', 'MOSKWA', 'ST PETERSBURG', 'SOCHI', 'САНКТ-ПЕТЕРБУРГ', 'СОЧИ']],
  ['UA', 2, ['KYIV', 'KIEV', 'KIJW', 'KYJIW', 'KIEW', 'KIJÓW', 'КИЕВ', 'КИЇВ', 'ODESA', 'LVIV', 'ЛЬВІВ', 'ОДЕСА']],
  ['CN', 8, ['BEIJING', 'PEKING', 'PÉKIN', 'PEKÍN', 'ПЕКИН', 'SHANGHAI', 'HONG KONG']],
  ['GB', 0, ['LONDON', 'LONDRES', 'LONDRA', 'ЛОНДОН', 'LONDYN']],
  ['FR', 1, ['PARIS', 'ПАРИЖ', 'PARIGI', 'PARYŻ']],
  ['DE', 1, ['BERLIN', 'БЕРЛИН', 'BERLINO', 'BERLÍN', 'MUNICH', 'MÜNCHEN']],
  ['BE', 1, ['BRUSSELS', 'BRÜSSEL', 'BRUXELLES', 'BRUSELAS', 'BRUXELAS', 'БРЮССЕЛЬ', 'BRUKSELA']],
  ['IT', 1, ['ROME', 'ROMA', 'РИМ', 'RZYM']],
  ['ES', 1, ['MADRID', 'МАДРИД']],
  ['PL', 1, ['WARSAW', 'WARSZAWA', 'WARSCHAU', 'VARSOVIE', 'ВАРШАВА']],
  ['AT', 1, ['VIENNA', 'WIEN', 'VIENNE', 'ВЕНА', 'WIEDEŃ']],
  ['CH', 1, ['GENEVA', 'GENF', 'GENÈVE', 'GINEBRA', 'ЖЕНЕВА', 'ZURICH', 'ZÜRICH', 'BERN']],
  ['NL', 1, ['THE HAGUE', 'AMSTERDAM']],
  ['SE', 1, ['STOCKHOLM']],
  ['NO', 1, ['OSLO']],
  ['DK', 1, ['COPENHAGEN']],
  ['CZ', 1, ['PRAGUE']],
  ['HU', 1, ['BUDAPEST']],
  ['RS', 1, ['BELGRADE']],
  ['FI', 2, ['HELSINKI', 'ХЕЛЬСИНКИ']],
  ['LT', 2, ['VILNIUS']],
  ['LV', 2, ['RIGA']],
  ['EE', 2, ['TALLINN']],
  ['RO', 2, ['BUCHAREST']],
  ['MD', 2, ['CHISINAU']],
  ['GR', 2, ['ATHENS']],
  ['IL', 2, ['JERUSALEM', 'TEL AVIV']],
  ['EG', 2, ['CAIRO']],
  ['TR', 3, ['ANKARA', 'ISTANBUL', 'АНКАРА', 'СТАМБУЛ']],
  ['BY', 3, ['MINSK', 'МИНСК', 'МІНСЬК']],
  ['SA', 3, ['RIYADH', 'JEDDAH']],
  ['IR', 3.5, ['TEHRAN']],
  ['AE', 4, ['DUBAI', 'ABU DHABI']],
  ['IN', 5.5, ['NEW DELHI']],
  ['SG', 8, ['SINGAPORE']],
  ['TW', 8, ['TAIPEI']],
  ['JP', 9, ['TOKYO', 'ТОКИО']],
  ['KR', 9, ['SEOUL']],
  ['AU', 10, ['CANBERRA', 'SYDNEY']],
  ['CA', -5, ['OTTAWA', 'TORONTO']],
  ['BR', -3, ['BRASILIA', 'SAO PAULO']],
  ['MX', -6, ['MEXICO CITY', 'CIUDAD DE MÉXICO', 'CIUDAD DE MEXICO']],
];
const ZONE = new Map(CITIES.flatMap(([, hours, names]) => names.map((n) => [n, hours] as const)));
const CAPITAL_ZONE = new Map<string, number>();
for (const [country, hours] of CITIES) if (!CAPITAL_ZONE.has(country)) CAPITAL_ZONE.set(country, hours);
/** A city in capitals at the very start, then a comma, a dash, an agency in brackets or a full stop ("MOSKAU. Nach…"). */
const DATELINE = /^\s*([\p{Lu}][\p{Lu} .'’-]{2,30}?)\s*(?:,|\(|—|–|-\s|\.\s)/u;

/** The offset from UTC, in hours, of the article's dateline city; null without one that is known. */
export function datelineZone(firstParagraph: string): number | null {
  const m = DATELINE.exec(firstParagraph);
  // "WASHINGTON.—", as Mexican and Spanish papers write it.
  return m ? ZONE.get(m[1].trim().replace(/\.$/, '')) ?? null : null;
}

/**
 * Without a dateline, the clock of the script a lead is written in, where its readers live under one: Korean and
 * Japanese news tell days by Seoul's and Tokyo's clock, Chinese by Beijing's (Taipei's, Hong Kong's and Singapore's are
 * the same). A correspondent abroad writes a dateline. Japanese is told by its kana, Chinese by Han without them.
 */
const SCRIPT_ZONES: [RegExp, number][] = [
  [/\p{Script=Hangul}{2}/u, 9],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]{2}/u, 9],
  [/\p{Script=Han}{2}/u, 8],
];

/** The offset from UTC of the clock a lead's script is read under, or null for a script read under many. */
export function scriptZone(lead: string): number | null {
  return SCRIPT_ZONES.find(([re]) => re.test(lead))?.[1] ?? null;
}

/**
 * Failing a dateline and a script, the clock of a language read in one region: German, Polish, Hungarian… tell days
 * on Central Europe's, Ukrainian, Romanian, Finnish… on Eastern Europe's, Turkish on Ankara's. English, French,
 * Spanish, Portuguese and Arabic are read under several, and give their span; English and Russian under too many.
 */
const LANGUAGE_ZONES: Record<string, Zone> = {
  de: 1, it: 1, pl: 1, nl: 1, sv: 1, da: 1, no: 1, nb: 1, cs: 1, sk: 1, hu: 1, hr: 1, sl: 1, sr: 1, uk: 2, fi: 2, el: 2, ro: 2, bg: 2, lt: 2, lv: 2, et: 2, tr: 3,
  he: 2, fa: 3.5, hi: 5.5, id: 7, vi: 7,
  // Read under several clocks, from the westernmost to the easternmost where its news is written.
  ar: [0, 4], es: [-6, 1], pt: [-3, 0], fr: [-5, 1],
};

/** A clock, or the span of clocks a language is read under (hours from UTC, west first). */
export type Zone = number | readonly [number, number];

/** The offset from UTC of the clock a language (its primary tag, "de") is read under, or null. */
export function languageZone(language: string | undefined): Zone | null {
  return language ? LANGUAGE_ZONES[language] ?? null : null;
}

/** The offset from UTC of a publisher's country (its capital's), or null. */
export function countryZone(country: string | undefined): number | null {
  return country ? CAPITAL_ZONE.get(country) ?? null : null;
}

/**
 * How far a day told under a dateline may lie before and after the day of the same moment on the publisher's
 * clock. The same clock, or one up to six hours off: none. A dateline far east of the
 * publisher (Helsinki and Washington) is a day ahead or level, never behind; far west of it, behind or level.
 */
export function daySlack(dateline: Zone | null, publisher: number | null): { before: number; after: number } {
  if (publisher === null) return { before: 1, after: 1 };
  // An unknown clock is one of those news is written on, from California's to Sydney's: none is far west of
  // Washington's or far east of Beijing's, so a day told of the White House is its own or the next, of Beijing its own
  // or the one before.
  const [west, east] = dateline === null ? [WRITERS_WEST, WRITERS_EAST] : typeof dateline === 'number' ? [dateline, dateline] : dateline;
  // Up to six hours apart (Kyiv and London, Berlin and Washington), only an event of the night on one clock falls on
  // another day on the other: a day's meetings and calls are held in working hours.
  return { before: publisher - west > FEW_HOURS ? 1 : 0, after: east - publisher > FEW_HOURS ? 1 : 0 };
}
const FEW_HOURS = 6;
const WRITERS_WEST = -8;
const WRITERS_EAST = 10;
