// When an article says its event happened, and whether it reports it or looks ahead to it. A news lead
// anchors its event in time ("on Thursday", "вчера", "12 февраля", "周五"); dates further down are history.
import { datesInText, dayOfMention, type DaySpan } from '../text/dates';
import { FUTURE_VERBS, relativeDays, type DayHint } from '../text/relative-days';
import type { BlockScan } from '../match/scan';

/** Blocks that make the lead: the title and the first two paragraphs that say something. */
const LEAD_BLOCKS = 3;
/**
 * Fewer letters make a byline or a photo credit ("記者詹雅婷/綜合報導", "By Jane Doe"), not a lead. A Chinese or
 * Japanese character counts twice: it says about as much as two Latin letters, and a lead sentence of 24 of them
 * ("习近平与拜登11月16日在利马会晤") is a lead.
 */
const LEAD_LETTERS = 30;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Which blocks (title first) make the lead. */
function leadBlocks(scans: BlockScan[]): Set<number> {
  const out = new Set<number>([0]);
  for (let i = 1; i < scans.length && out.size < LEAD_BLOCKS; i++) {
    const f = scans[i].folded;
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
  '将于|将举行|将会晤|将通话|将访问|將於|將舉行',
  '\\bwerden\\b[^.]{0,60}\\b(?:sprechen|telefonieren|treffen)\\b',
  "\\b(?:s'entretiendront|rencontrera|se rencontreront|s'entretiendra)\\b",
].join('|'), 'u');
// A headline's infinitive ("Biden to speak with Xi on Tuesday"); in a sentence it is anything but ("was
// prepared to talk on several tracks", "agreed to meet with allies").
const HEADLINE_FUTURE = /\bto (?:hold|speak|talk|meet) (?:on|this|next|with)\b/u;

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
}

/** A weekday or "yesterday" written right beside a date ("у четвер, 3 лютого", "24 April, Sunday") is that date. */
const BESIDE = 3;

export function articleDays(scans: BlockScan[], date: DaySpan | null, language?: string): ArticleDays {
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
  const preview = scans.some((s, i) => inLead.has(i) && FUTURE.test(s.folded)) || (scans.length > 0 && HEADLINE_FUTURE.test(scans[0].folded));
  const [title, opening] = [...inLead].sort((a, b) => a - b);
  const first = toldIn.get(title) ?? (opening === undefined ? undefined : toldIn.get(opening)) ?? [];
  const dateline = day1 !== null && lead.length > told.length;
  return { lead, later, preview, told, first, dateline, ahead: day1 !== null && told.length > 0 && told.every((d) => d > day1), comingDays };
}
