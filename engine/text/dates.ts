// Dates as day numbers (days since 1970-01-01, UTC), with a span for
// month- or year-precision dates ("2023-05" is any day of May 2023).

export interface DaySpan { from: number; to: number }

const DAY = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY);
}

export function isoOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses "2023-03-16", "2023-03-16T10:00:00Z", "2023-03" or "2023"; null for anything else. */
export function parseIsoSpan(s: string | null | undefined): DaySpan | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (!m) return null;
  const y = +m[1];
  if (!m[2]) return { from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31) };
  const mo = +m[2];
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return { from: dayNumber(y, mo, 1), to: dayNumber(y, mo, daysInMonth(y, mo)) };
  const d = +m[3];
  if (d < 1 || d > daysInMonth(y, mo)) return null;
  const day = dayNumber(y, mo, d);
  return { from: day, to: day };
}

export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && parseIsoSpan(s) !== null;
}

/** Days between two spans: 0 when they overlap, else the gap (negative when a is before b). */
export function spanDistance(a: DaySpan, b: DaySpan): number {
  if (a.to < b.from) return a.to - b.from;
  if (a.from > b.to) return a.from - b.to;
  return 0;
}

const MONTHS: Record<string, number> = {};
// Month names in the languages of the news Readout reads; matched on folded text (no accents).
const NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'janvier', 'enero', 'gennaio', 'ianuarie', 'styczen', 'января', 'январь', 'сiчня', 'січня', 'ιανουαριου']],
  [2, ['february', 'feb', 'februar', 'fevrier', 'febrero', 'febbraio', 'februarie', 'luty', 'lutego', 'февраля', 'февраль', 'лютого', 'φεβρουαριου']],
  [3, ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'martie', 'marca', 'марта', 'март', 'березня', 'μαρτιου']],
  [4, ['april', 'apr', 'avril', 'abril', 'aprile', 'aprilie', 'kwietnia', 'апреля', 'апрель', 'квiтня', 'квітня', 'απριλιου']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'maja', 'мая', 'маи', 'травня', 'μαΐου', 'μαιου']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'iunie', 'czerwca', 'июня', 'июнь', 'червня', 'ιουνιου']],
  [7, ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'iulie', 'lipca', 'июля', 'июль', 'липня', 'ιουλιου']],
  [8, ['august', 'aug', 'aout', 'agosto', 'sierpnia', 'августа', 'август', 'серпня', 'αυγουστου']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'septembrie', 'wrzesnia', 'сентября', 'сентябрь', 'вересня', 'σεπτεμβριου']],
  [10, ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'octombrie', 'pazdziernika', 'октября', 'октябрь', 'жовтня', 'οκτωβριου']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'noiembrie', 'listopada', 'ноября', 'ноябрь', 'листопада', 'νοεμβριου']],
  [12, ['december', 'dec', 'dezember', 'decembre', 'diciembre', 'dicembre', 'decembrie', 'grudnia', 'декабря', 'декабрь', 'грудня', 'δεκεμβριου']],
];
// Dutch, Portuguese, Czech, Swedish, Hungarian, Turkish, Serbian, Croatian (its "listopad", October, is Polish and
// Czech November: left out), Indonesian and Finnish, as folded; names written as the lists above are skipped.
const MORE_NAMES: string[][] = [
  ['januari', 'janeiro', 'ledna', 'januar', 'ocak', 'sijecnja', 'tammikuuta'],
  ['februari', 'fevereiro', 'unora', 'februar', 'subat', 'veljace', 'helmikuuta'],
  ['maart', 'marco', 'brezna', 'marcius', 'mart', 'ozujka', 'maret', 'maaliskuuta'],
  ['april', 'dubna', 'aprilis', 'nisan', 'travnja', 'huhtikuuta'],
  ['mei', 'maio', 'kvetna', 'maj', 'majus', 'mayis', 'svibnja', 'toukokuuta'],
  ['juni', 'junho', 'cervna', 'junius', 'haziran', 'lipnja', 'kesakuuta'],
  ['juli', 'julho', 'cervence', 'julius', 'temmuz', 'srpnja', 'heinakuuta'],
  ['augustus', 'srpna', 'augusti', 'augusztus', 'agustos', 'avgust', 'kolovoza', 'agustus', 'elokuuta'],
  ['setembro', 'zari', 'szeptember', 'eylul', 'septembar', 'rujna', 'syyskuuta'],
  ['outubro', 'rijna', 'oktober', 'ekim', 'oktobar', 'lokakuuta'],
  ['novembro', 'listopadu', 'kasim', 'novembar', 'studenoga', 'marraskuuta'],
  ['dezembro', 'prosince', 'aralik', 'decembar', 'prosinca', 'desember', 'joulukuuta'],
];
MORE_NAMES.forEach((names, i) => NAMES[i][1].push(...names.filter((n) => !NAMES[i][1].includes(n))));
for (const [n, names] of NAMES) for (const name of names) MONTHS[name] = n;
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** A date a text writes; `at` and `end`, where it is written (in the folded text it was found in). */
export interface DateMention { year?: number; month: number; day?: number; at?: number; end?: number }

const PATTERNS: [RegExp, (m: RegExpExecArray) => DateMention | null][] = [
  [/(\d{4})-(\d{2})-(\d{2})/g, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [/(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) => ({ month: +m[1], day: +m[2] })],
  [/(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/g, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [/(?<![\d년]\s?|\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/g, (m) => ({ month: +m[1], day: +m[2] })],
  [/(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})/g, (m) => ({ year: +m[3], month: +m[2], day: +m[1] })],
  [new RegExp(`(?<![\\p{L}\\d])(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?`, 'gu'), (m) => ({ month: MONTHS[m[1]], day: +m[2], year: m[3] ? +m[3] : undefined })],
  [new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|-?го)?\\s+(?:de\\s+)?(${MONTH_RE})(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'gu'), (m) => ({ day: +m[1], month: MONTHS[m[2]], year: m[3] ? +m[3] : undefined })],
];

/** Calendar dates written in a (folded) text: "March 16, 2023", "16 марта", "2023年3月16日". */
export function datesInText(folded: string): DateMention[] {
  const out: DateMention[] = [];
  // Every form has figures: a paragraph without one (most of an article) is not searched six times over.
  if (!/\d/.test(folded)) return out;
  for (const [re, make] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      const d = make(m);
      if (!d || !d.month || d.month > 12 || (d.day !== undefined && (d.day < 1 || d.day > 31))) continue;
      if (d.year !== undefined && (d.year < 1900 || d.year > 2100)) continue;
      if (d.day !== undefined && d.day > daysInMonth(d.year ?? 2024, d.month)) continue;
      out.push({ ...d, at: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Places a year-less date in the year that puts it nearest to the article's date. */
export function dayOfMention(d: DateMention, near: DaySpan | null): number | null {
  if (d.day === undefined) return null;
  if (d.year !== undefined) return dayNumber(d.year, d.month, d.day);
  if (!near) return null;
  const y = new Date(near.from * DAY).getUTCFullYear();
  let best: number | null = null;
  for (const yy of [y - 1, y, y + 1]) {
    const day = dayNumber(yy, d.month, d.day);
    if (best === null || Math.abs(day - near.from) < Math.abs(best - near.from)) best = day;
  }
  return best;
}

/** An ISO day from whatever a page's metadata holds ("2024-05-17T08:00:00Z", "May 17, 2024"); null if none. */
export function toIsoDate(s: string | null | undefined, foldText: (t: string) => string): string | null {
  if (!s) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(s);
  if (iso && parseIsoSpan(iso[1])) return iso[1];
  const d = datesInText(foldText(s)).find((x) => x.year !== undefined && x.day !== undefined);
  return d ? isoOf(dayNumber(d.year!, d.month, d.day!)) : null;
}
