// What kind of statement an item is, from the words of its title (and its opening, for announcements).
import { sentenceSpans } from '../../engine/text/sentences';

// The first rule that matches wins, so the more specific kinds come first.
const KINDS: [RegExp, string][] = [
  [/\bjoint (statement|declaration|communiqu)/i, 'joint statement'],
  // "G7 Leaders' Statement", "Hiroshima Leaders' Communiqué": the leaders speak together.
  [/\bleaders[’']? (statement|declaration|communiqu)|\bcommuniqu[eé]\b/i, 'joint statement'],
  // "Bilateral Security Agreement Between the United States of America and Ukraine": a text both sides sign.
  [/\b(agreement|declaration|memorandum) between\b/i, 'joint statement'],
  [/\bfact sheet\b/i, 'fact sheet'],
  [/\b(background|on-the-record|on the record|press) (press )?call\b|\bpress briefing\b|\bpress gaggle\b|\bbriefing\b/i, 'briefing'],
  [/\b(press|news) conference\b|\bpress statements?\b|\bstatements? (to|for) the press\b/i, 'press conference'],
  [/\b(telephone|phone) (conversation|call|talk)s?\b|\bcalls? with\b|\bspoke (by phone )?with\b|\bvideo ?(call|conference|link)\b|\bvideoconference\b/i, 'call'],
  [/\btalks\b|\bnegotiations\b/i, 'talks'],
  [/\bmeeting\b|\bmeets?\b|\bmet\b|\bsummit\b/i, 'meeting'],
  [/\b(state|official|working) visit\b|\bvisits?\b|\btrip\b|\btravels?\b/i, 'visit'],
  [/\baddress\b/i, 'address'],
  [/\bremarks\b|\bspeech\b|\bstatement and answers\b/i, 'remarks'],
  [/\binterview\b/i, 'interview'],
  [/\b(message|greetings|congratulat\w*|condolences)\b/i, 'message'],
  [/\b(executive order|decree|proclamation|memorandum|law)\b/i, 'decree'],
  [/\bstatement\b/i, 'statement'],
];

/** "…will speak with…", "On June 25, Vladimir Putin will meet…": an item that announces an event to come. */
const ANNOUNCES = /\bwill (?:hold|have|meet|speak|talk|visit|travel|host|welcome|attend|take part|participate|convene|make|deliver|receive|pay)\b/i;

const EVENT_KINDS = new Set(['call', 'talks', 'meeting', 'visit']);

export function kindOf(title: string, opening: string): string {
  // A headline that is a quotation says nothing of the kind; the opening sentence reports the event.
  const kind = KINDS.find(([re]) => re.test(title))?.[1]
    ?? KINDS.find(([re, k]) => EVENT_KINDS.has(k) && re.test(firstSentence(opening)))?.[1]
    ?? 'statement';
  if (['call', 'meeting', 'talks', 'visit', 'statement'].includes(kind) && (ANNOUNCES.test(title) || ANNOUNCES.test(firstSentence(opening)))) return 'announcement';
  return kind;
}

/** The engine's sentences: an initial ("Joseph R. Biden, Jr. will speak…") does not end the first one. */
export function firstSentence(p: string): string {
  const [span] = sentenceSpans(p);
  return span ? p.slice(span[0], span[1]) : p;
}

/** Kinds that report an event between participants: their opening names them. */
export const MEETING_KINDS = new Set(['call', 'talks', 'meeting', 'visit', 'joint statement', 'announcement', 'press conference']);
/** Kinds that are ceremony, not policy, unless someone foreign takes part. */
export const CEREMONIAL = /\b(awards?|medals?|honorary|orders? of|hero of|decorat\w+|birthday|greetings|congratulat\w+|condolences|anniversary)\b/i;
