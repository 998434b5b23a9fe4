// When an article says its event happened, and whether it reports it or looks ahead to it. A news lead
// anchors its event in time ("on Thursday", "вчера", "12 февраля", "周五"); dates further down are history.
import { datesInText, dayOfMention, type DaySpan } from '../text/dates';
import { relativeDays } from '../text/relative-days';
import type { BlockScan } from '../match/scan';

/** Blocks that make the lead: the title and the first two paragraphs that say something. */
const LEAD_BLOCKS = 3;
/** Fewer letters make a byline or a photo credit ("記者詹雅婷/綜合報導", "By Jane Doe"), not a lead. */
const LEAD_LETTERS = 30;

/** Which blocks (title first) make the lead. */
function leadBlocks(scans: BlockScan[]): Set<number> {
  const out = new Set<number>([0]);
  for (let i = 1; i < scans.length && out.size < LEAD_BLOCKS; i++) {
    if ((scans[i].folded.match(/\p{L}/gu)?.length ?? 0) >= LEAD_LETTERS) out.add(i);
  }
  return out;
}

// The event spoken of as still to come: "will speak", "to meet" (headlines), "проведут", "відбудеться",
// "将于", "werden … sprechen", "s'entretiendront". Matched on folded text of the lead.
const FUTURE = new RegExp([
  '\\bwill (?:hold|have|speak|talk|meet|visit|travel|host|discuss|attend)\\b',
  '\\b(?:is|are) (?:set|due|expected|scheduled) to (?:hold|have|speak|talk|meet|visit)\\b',
  '\\bto (?:hold|speak|talk|meet) (?:on|this|next|with)\\b',
  '(?<![\\p{L}])(?:проведут|проведет|проведёт|состоится|встретятся|поговорят|созвонятся|посетит|проведуть|проведе|відбудеться|зустрінуться|поговорять|відвідає)(?![\\p{L}])',
  '将于|将举行|将会晤|将通话|将访问|將於|將舉行',
  '\\bwerden\\b[^.]{0,60}\\b(?:sprechen|telefonieren|treffen)\\b',
  "\\b(?:s'entretiendront|rencontrera|se rencontreront|s'entretiendra)\\b",
].join('|'), 'u');

export interface ArticleDays {
  /** Days the lead names, in words or figures. */
  lead: number[];
  /** Calendar dates named further down. */
  later: number[];
  /** The lead looks ahead to its event rather than reporting it. */
  preview: boolean;
}

export function articleDays(scans: BlockScan[], date: DaySpan | null, language?: string): ArticleDays {
  const lead: number[] = [];
  const later: number[] = [];
  const inLead = leadBlocks(scans);
  scans.forEach((s, i) => {
    const into = inLead.has(i) ? lead : later;
    for (const d of datesInText(s.folded)) { const day = dayOfMention(d, date); if (day !== null) into.push(day); }
    if (inLead.has(i) && date && date.from === date.to) for (const h of relativeDays(s.folded, date.from, language)) lead.push(h.day);
  });
  const preview = scans.some((s, i) => inLead.has(i) && FUTURE.test(s.folded));
  return { lead, later, preview };
}
