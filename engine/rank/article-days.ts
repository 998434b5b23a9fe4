// When an article says its event happened, and whether it reports it or looks ahead to it. A news lead
// anchors its event in time ("on Thursday", "вчера", "12 февраля", "周五"); dates further down are history.
import { datesInText, dayOfMention, type DaySpan } from '../text/dates';
import { FUTURE_VERBS, relativeDays, type DayHint } from '../text/relative-days';
import type { BlockScan } from '../match/scan';

/** Blocks that make the lead: the title and the first two paragraphs that say something. */
export const LEAD_BLOCKS = 3;
/**
 * Fewer letters make a byline or a photo credit ("記者詹雅婷/綜合報導", "By Jane Doe"), not a lead. A Chinese or
 * Japanese character, or a Korean syllable, counts twice: it says about as much as two Latin letters, and a lead
 * sentence of 24 of them ("习近平与拜登11月16日在利马会晤") is a lead.
 */
const LEAD_LETTERS = 30;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** A live blog's entry starts with its time ("15.40 Uhr –", "12:40 —", "+++ 09:12 +++"), as folded. */
const STAMP = /^\s*(?:\+{2,3}\s*)?\d{1,2}[:.h]\d{2}\s*(?:uhr|h|am|pm|gmt|utc|cet|cest|msk)?\s*(?:\+{2,3}|[-–—|:])/u;
/** Live blogs print a dozen entries or more; a story with two times in its first paragraphs is one. */
const LIVE_ENTRIES = 2;
const LIVE_LOOK = 16;
const words = (folded: string) => new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));

/**
 * In a live blog, the entry that tells its headline's news (the first to share two words of four letters or more with
 * it); the entries above it, the latest, are about other things. Null on any other page, or where no entry does.
 */
function liveEntry(scans: readonly Pick<BlockScan, 'folded'>[]): number | null {
  const end = Math.min(scans.length, LIVE_LOOK);
  let stamps = 0;
  for (let i = 1; i < end; i++) if (STAMP.test(scans[i].folded)) stamps++;
  if (stamps < LIVE_ENTRIES) return null;
  const title = words(scans[0]?.folded ?? '');
  for (let i = 1; i < scans.length; i++) {
    if (!STAMP.test(scans[i].folded)) continue;
    let shared = 0;
    for (const w of words(scans[i].folded)) if (title.has(w) && ++shared >= 2) return i;
  }
  return null;
}

/** Which blocks (title first) make the lead: the title and the first paragraphs that say something, `size` in all. */
export function leadBlocks(scans: readonly Pick<BlockScan, 'folded'>[], size = LEAD_BLOCKS): Set<number> {
  const out = new Set<number>([0]);
  const live = liveEntry(scans);
  if (live !== null) {
    // The entry and what follows it until the next entry.
    out.add(live);
    for (let i = live + 1; i < scans.length && out.size < size && !STAMP.test(scans[i].folded); i++) out.add(i);
    return out;
  }
  // A page that prints its headline again above the story ("…call awaited1 min read . Updated: 16 Mar 2023") has
  // told nothing more with it.
  const title = scans[0]?.folded.trim() ?? '';
  for (let i = 1; i < scans.length && out.size < size; i++) {
    const f = scans[i].folded;
    if (title.length >= LEAD_LETTERS && f.trimStart().startsWith(title)) continue;
    if ((f.match(/\p{L}/gu)?.length ?? 0) + (f.match(WIDE)?.length ?? 0) >= LEAD_LETTERS) out.add(i);
  }
  return out;
}

// The event spoken of as still to come: "will speak", "проведут", "відбудеться", "将于", "werden … sprechen",
// "s'entretiendront". Matched on folded text of the lead.
const FUTURE = new RegExp([
  '\\bwill (?:hold|have|speak|talk|meet|visit|travel|host|discuss|attend)\\b',
  '\\b(?:is|are) (?:set|due|expected|scheduled) to (?:hold|have|speak|talk|meet|visit)\\b',
  `(?<![\\p{L}])(?:${FUTURE_VERBS.join('|')})(?![\\p{L}])`,
  '将于|将举行|将会晤|将通话|将访问|將於|將舉行|予定|예정',
  '\\bwerden\\b[^.]{0,60}\\b(?:sprechen|telefonieren|treffen)\\b',
  "\\b(?:s'entretiendront|rencontrera|se rencontreront|s'entretiendra)\\b",
].join('|'), 'u');
// A headline's infinitive ("Biden to speak with Xi on Tuesday"); in a sentence it is anything but ("was
// prepared to talk on several tracks", "agreed to meet with allies").
const HEADLINE_FUTURE = /\bto (?:hold|speak|talk|meet) (?:on|this|next|with)\b/u;

// A lead that tells its news as days after another event ("two days after Biden's visit to Kyiv", "trois jours après
// le tête-à-tête", "через два дня после переговоров", "a day after the Woodside summit"): that event is its
// background. Matched on folded text; the number of days, then the words.
const COUNT: Record<string, number> = {
  a: 1, one: 1, un: 1, une: 1, einen: 1, eins: 1, uno: 1, um: 1, один: 1,
  two: 2, deux: 2, zwei: 2, dos: 2, due: 2, dois: 2, dwa: 2, два: 2,
  three: 3, trois: 3, drei: 3, tres: 3, tre: 3, trzy: 3, три: 3,
  four: 4, quatre: 4, vier: 4, cuatro: 4, quattro: 4, quatro: 4, cztery: 4, четыре: 4, чотири: 4,
  five: 5, cinq: 5, funf: 5, cinco: 5, cinque: 5, piec: 5, пять: 5, "п'ять": 5,
};
const HINDI_COUNT: Record<string, number> = { एक: 1, दो: 2, तीन: 3, चार: 4, पांच: 5, पाँच: 5 };
const NUMBER = `(\\d{1,2}|${Object.keys(COUNT).join('|')})`;
const AFTER = new RegExp([
  `(?<![\\p{L}])${NUMBER} (?:days?|jours?|tage?n?|dias?|giorni|giorno|dni|dzien|дня|днеи|день|дні|днів) (?:after|apres|nach|despues de|depois de|apos|dopo|po|после|після)(?![\\p{L}])`,
  `(?<![\\p{L}])(the day after(?! tomorrow)|au lendemain de|am tag nach|el dia despues de|il giorno dopo|le lendemain de|al dia siguiente de|no dia seguinte a|de dag na|dagen efter|dagen etter|den po|nastepnego dnia po|dan posle|dan nakon|sehari setelah|sehari sesudah|sehari usai|bir gun sonra|بعد يوم من|غداة|یک روز پس از|یک روز بعد از|יום אחרי|на следующии день после|наступного дня після)(?![\\p{L}])`,
  // The other way round: the news, then what came days earlier ("A day earlier, Modi had spoken with Biden", "днем
  // ранее", "इससे एक दिन पहले"); "ago" counts from the writing, and what it dates may be the news itself.
  `(?<![\\p{L}])${NUMBER} (?:days?|jours?|tage?n?|dias?|giorni|giorno|dni|dzien|дня|днеи|день|дні|днів) (?:earlier|plus tot|auparavant|zuvor|vorher|fruher|prima(?! d)|antes(?! d)|wczesniej|ранее|раньше|раніше)(?![\\p{L}])`,
  `(?<![\\p{L}])(днем ранее|днем раньше|am vortag|the previous day|il giorno precedente|el dia anterior)(?![\\p{L}])`,
  '(एक|दो|तीन|चार|पांच|पाँच) दिन (?:पहले|बाद)',
].join('|'), 'gu');

// A week or weeks on from an event ("a week after Biden's Kyiv trip", "a una semana de Woodside", "hace una semana",
// "il y a deux semaines", "vor einer Woche", "неделю назад"): a story told that long after an event is not its news.
const WEEK_COUNT: Record<string, number> = {
  a: 1, one: 1, une: 1, eine: 1, einer: 1, una: 1, uma: 1, jeden: 1, одну: 1, один: 1,
  two: 2, deux: 2, zwei: 2, dos: 2, due: 2, duas: 2, dwa: 2, две: 2, дві: 2, два: 2,
  three: 3, trois: 3, drei: 3, tres: 3, tre: 3, trzy: 3, три: 3,
};
const WEEK_NUMBER = `(\\d|${Object.keys(WEEK_COUNT).join('|')})`;
const WEEK_WORD = '(?:weeks?|semaines?|wochen?|semanas?|settimane|settimana|tydzien|tygodnie|tygodni|неделю|недели|недель|тиждень|тижні|тижнів)';
const WEEKS = new RegExp([
  `(?<![\\p{L}])${WEEK_NUMBER} ${WEEK_WORD} (?:after|since|ago|on from|apres|nach|despues de|desde|tras|dopo|depois de|apos|po|temu|после|спустя|назад|після|тому)(?![\\p{L}])`,
  `(?<![\\p{L}])(?:hace|il y a|vor|ha|a) ${WEEK_NUMBER} ${WEEK_WORD}(?![\\p{L}])`,
].join('|'), 'gu');

// Hours after or before an event, or hours earlier ("Hours after wrapping up talks with Xi, Biden told reporters…",
// "Macron, who hours earlier had met Zelensky in Kyiv", "quelques heures après son entretien avec Poutine", "kilka
// godzin wcześniej rozmawiał z Zełenskim"): the clause that follows names that event, the story's background, which
// the same day leaves undistinguished from its news. Matched on folded text; the clause runs to the next stop or comma.
const HOURS = '(?:hours?|heures?|stunden?|ore|horas?|godzin[ay]?|godzine|часа?|часов|часами|годин[иу]?|годинами)';
const THEN = '(?:after|before|earlier|previously|apres|avant|plus tot|nach|vor|zuvor|vorher|fruher|dopo|prima(?: di)?|despues(?: de)?|antes(?: de)?|depois de|apos|tras|po|przed|wczesniej|после|до|ранее|раньше|після|раніше)';
const HOURS_AFTER = new RegExp(`(?<![\\p{L}])${HOURS} ${THEN}(?![\\p{L}]),?([^.;:!?,—–]{1,120})`, 'gu');

export interface ArticleDays {
  /** Days the lead names, in words or figures. */
  lead: number[];
  /** Calendar dates named further down. */
  later: number[];
  /** The lead looks ahead to its event rather than reporting it, in words ("will speak", "посетит"). */
  preview: boolean;
  /**
   * The days the lead tells its news happened on: `lead` without the article's own date written as a date (a
   * dateline, "KYIV, Oct 11 —", says when the article was written, and only roughly when its event was).
   */
  told: number[];
  /**
   * The days the news itself is told on: those of the title or, failing it, of the first paragraph ("met Putin on
   * Monday"). The paragraph after gives its background ("Lambrecht, who resigned on Monday", "the meeting of
   * advisers held on 26 January").
   */
  first: number[];
  /** The article's own date written in its lead (a dateline). */
  dateline: boolean;
  /** Every day the lead tells is after the article's date: it looks ahead, whatever its words. */
  ahead: boolean;
  /**
   * Days after the article's date the lead tells in words ("on Monday" with "will" or "next week", "tomorrow"): an
   * event on one of them is still to come. A date in figures after it may be a time zone's ("Nov 14" in Bali).
   */
  comingDays: number[];
  /** Days, from and to, of an event the lead tells its news as days after: background, not the news. */
  behind: [number, number][];
  /** What the lead tells its news as hours after (folded clauses): an event of the news's day or the day before. */
  hoursAfter: string[];
}

/** A weekday or "yesterday" written right beside a date ("у четвер, 3 лютого", "24 April, Sunday") is that date. */
const BESIDE = 3;

/**
 * The last texts' days, kept: a stopped worker reads a page's days while its corpus is still being read (before
 * it can scan the page for names), and ranking asks again for the same texts once it can.
 */
let last: { key: string; days: ArticleDays } | null = null;

/** The days an article's texts (title first) tell, as of its date. The result is shared: read it, never change it. */
export function articleDays(scans: readonly Pick<BlockScan, 'folded'>[], date: DaySpan | null, language?: string): ArticleDays {
  const key = `${date?.from}-${date?.to}-${language}\u0000${scans.map((s) => s.folded).join('\u0000')}`;
  if (last?.key !== key) last = { key, days: daysOf(scans, date, language) };
  return last.days;
}

function daysOf(scans: readonly Pick<BlockScan, 'folded'>[], date: DaySpan | null, language?: string): ArticleDays {
  const lead: number[] = [];
  const later: number[] = [];
  const told: number[] = [];
  const inLead = leadBlocks(scans);
  const day1 = date && date.from === date.to ? date.from : null;
  const hints: { h: DayHint; block: number }[] = [];
  const toldIn = new Map<number, number[]>();
  const tell = (block: number, day: number) => {
    told.push(day);
    const list = toldIn.get(block);
    if (list) list.push(day); else toldIn.set(block, [day]);
  };
  /**
   * Words of a weekday written beside a date, and that date; failing one, the day a word beside the weekday made it
   * ("am Montag wird er…"): the same weekday bare elsewhere in the lead (its headline) is it too.
   */
  const pinned = new Map<string, number>();
  const pinnedByWord = new Map<string, number>();
  scans.forEach((s, i) => {
    const written = datesInText(s.folded).map((d) => ({ d, day: dayOfMention(d, date) }));
    if (!inLead.has(i)) {
      for (const { day } of written) if (day !== null) later.push(day);
      return;
    }
    for (const { day } of written) {
      if (day === null) continue;
      lead.push(day);
      if (day !== day1) tell(i, day);
    }
    if (day1 === null) return;
    for (const h of relativeDays(s.folded, day1, language, true)) {
      const end = h.at + h.words.length;
      const beside = written.find(({ d }) => (d.at! >= end && d.at! - end <= BESIDE) || (h.at >= d.end! && h.at - d.end! <= BESIDE));
      if (!beside) {
        hints.push({ h, block: i });
        if (h.sure && !pinnedByWord.has(h.words)) pinnedByWord.set(h.words, h.day);
      } else if (beside.day !== null) pinned.set(h.words, beside.day);
    }
  });
  const comingDays: number[] = [];
  for (const { h, block } of hints) {
    const day = pinned.get(h.words) ?? (h.sure ? h.day : pinnedByWord.get(h.words) ?? h.day);
    lead.push(day);
    tell(block, day);
    if (day > day1!) comingDays.push(day);
  }
  const [title, opening] = [...inLead].sort((a, b) => a - b);
  const first = toldIn.get(title) ?? (opening === undefined ? undefined : toldIn.get(opening)) ?? [];
  // Words of the future in the lead's later paragraph, on days other than the news's, tell what comes next ("Biden
  // will host the allies on Oct. 12", after the meeting the first paragraph told on Thursday), not the news.
  const next = (i: number) => i !== title && i !== opening && first.length > 0 && !!toldIn.get(i)?.every((d) => !first.includes(d));
  const preview = [...inLead].some((i) => !next(i) && FUTURE.test(scans[i].folded)) || (scans.length > 0 && HEADLINE_FUTURE.test(scans[0].folded));
  const dateline = day1 !== null && lead.length > told.length;
  // Counted back from the news's day (the first the lead tells, else the article's own), a day's slack either way
  // but never onto the news's day itself.
  const base = first[0] ?? day1;
  const behind: [number, number][] = [];
  if (base !== null) for (const i of inLead) for (const m of scans[i].folded.matchAll(AFTER)) {
    const count = m[1] ?? m[3];
    const n = m[2] || m[4] ? 1 : m[5] ? HINDI_COUNT[m[5]] : /^\d/.test(count) ? +count : COUNT[count];
    if (n) behind.push([base - n - 1, Math.min(base - n + 1, base - 1)]);
  }
  if (base !== null) for (const i of inLead) for (const m of scans[i].folded.matchAll(WEEKS)) {
    const count = m[1] ?? m[2];
    const n = 7 * (/^\d/.test(count) ? +count : WEEK_COUNT[count]);
    if (n) behind.push([base - n - 1, base - n + 1]);
  }
  const hoursAfter = [...inLead].flatMap((i) => [...scans[i].folded.matchAll(HOURS_AFTER)].map((m) => m[1]));
  return { lead, later, preview, told, first, dateline, ahead: day1 !== null && told.length > 0 && told.every((d) => d > day1), comingDays, behind, hoursAfter };
}
