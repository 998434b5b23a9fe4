import { datesInText, foldString, parseIsoSpan, type RawPublisher, type RawStatement, type ReadoutEngine } from '../../engine';
import { dayOfMention, isoOf } from '../../engine/text/dates';
import { relativeDays } from '../../engine/text/relative-days';
import { CEREMONIAL, firstSentence, kindOf, MEETING_KINDS } from './kinds';
import { localDay, writtenDay, type SourceItem } from './publishers';
import { countryZone } from '../../engine/rank/dateline';
import { foreignNames, leaderRoles, statesNamed } from './states';

export type Verdict = { statement: RawStatement } | { drop: string };

// The reasons an item is left out, as the ingest prints them.
export const DROP = {
  empty: 'no text',
  domestic: 'domestic: its title and opening name no other state, foreign leader, international body or war and diplomacy topic',
  ceremonial: 'ceremonial (awards, greetings, condolences, anniversaries) with no foreign participant',
  nobody: 'nobody it names is in the gazetteer, and no principal holds office on its date',
  duplicate: 'the same address as an item read before',
} as const;

const MAX_PARTICIPANTS = 8;
/** Hours from UTC: a publisher's clock west of this is behind most of the capitals its leaders meet. */
const WEST_OF_MOST = -3;
/**
 * "Statement from Press Secretary Karine Jean-Pierre on the Visit of Prime Minister Meloni": who speaks, then what of.
 * A spokesperson speaking of others' event is no side of it ("President Biden will welcome…", its opening says).
 */
const SPEAKER = /^(?:statement|remarks)\s+(?:from|by)\s+.+?\s+on\s+/i;
/** A meeting of leaders, named by their states rather than by them. */
const LEADERS = /\b(?:leaders?|summit)\b/i;
/** A joint statement's opening that names who speaks. */
const WE_LEADERS = /^\s*we\b|\bleaders of\b/i;
/** Where a title turns from who speaks to what about. */
const SUBJECT = /\b(?:on|regarding|concerning|announcing|against|about)\b/i;
/** "on his call with…": the speaker's own event. */
const OWN_EVENT = /\b(?:his|her|my|our)\b/i;

/** The day of the event: what the opening says ("spoke today", "on Thursday", "On June 25 … will meet"), else the day of publication where the publisher is. */
export function eventDay(title: string, opening: string, kind: string, writtenOn: string): string {
  const written = parseIsoSpan(writtenOn)!;
  const folded = foldString(`${title}\n${firstSentence(opening)}`);
  const ahead = kind === 'announcement';
  const fits = (d: number) => (ahead ? d >= written.from && d <= written.from + 30 : d <= written.from && d >= written.from - 10);
  const explicit = datesInText(folded).map((d) => dayOfMention(d, written)).filter((d): d is number => d !== null && fits(d));
  const relative = relativeDays(folded, written.from, 'en').map((h) => h.day).filter(fits);
  const day = ahead ? explicit[0] ?? relative[0] : relative[0] ?? explicit[0];
  return day === undefined ? writtenOn : isoOf(day);
}

function slug(s: string, words: number): string {
  return foldString(s).replace(/['’]/g, '').split(/[^a-z0-9]+/).filter(Boolean).slice(0, words).join('-');
}

/** A stable id: the event's day, the publisher, and the publisher's own address of the item. */
function idOf(item: SourceItem, date: string): string {
  const path = new URL(item.url).pathname.split('/').filter(Boolean);
  const last = path[path.length - 1] ?? '';
  if (item.publisher === 'white-house') return `${date}-white-house-${slug(last, 12)}`;
  const num = /(\d+)$/.exec(last)?.[1] ?? slug(last, 4);
  return `${date}-${item.publisher}-${num}-${slug(item.title, 8)}`;
}

/**
 * Decides what one publication is: a statement Readout bundles, or left out with a reason. The rule
 * (README, "The bundled corpus"): diplomacy and the war, told by its title and opening paragraph.
 */
export function toStatement(item: SourceItem, pub: RawPublisher, engine: ReadoutEngine): Verdict {
  const body = item.body.filter((p) => p.trim());
  if (!body.length || body.join(' ').length < 80) return { drop: DROP.empty };
  const opening = body[0];
  const kind = kindOf(item.title, opening);
  const publishedDay = localDay(item.publishedAt, pub.timeZone)!;
  // Published in the small hours in Moscow or Kyiv, a readout tells the evening before; in Washington, west of most of
  // the world it meets, the morning abroad (Biden's meetings in Tokyo, Seoul and Bali came out after midnight there).
  const eastern = (countryZone(pub.country) ?? 0) > WEST_OF_MOST;
  const date = eventDay(item.title, opening, kind, eastern ? writtenDay(item.publishedAt, pub.timeZone)! : publishedDay);

  const [inTitle, inOpening, inSecond] = engine.mentions([item.title, opening, body[1] ?? ''], { date });
  const people = (ms: typeof inTitle) => [...new Set(ms.filter((m) => m.kind === 'person').map((m) => m.id))];
  const foreignPerson = (id: string) => { const c = engine.people.get(id)?.country; return !!c && c !== pub.country; };
  const titlePeople = people(inTitle);
  const openingPeople = people(inOpening);
  const named = [...titlePeople, ...openingPeople, ...people(inSecond)];
  const warTopic = [...inTitle, ...inOpening].some((m) => m.kind === 'topic' && !engine.topics.get(m.id)?.generic);
  const foreignState = foreignNames(pub.country).test(`${item.title}\n${opening}`);
  const foreign = named.some(foreignPerson) || foreignState || warTopic;
  if (!foreign) return { drop: DROP.domestic };
  if (CEREMONIAL.test(item.title) && !named.some(foreignPerson)) return { drop: DROP.ceremonial };

  const principal = pub.principalRole ? engine.resolver.holder(pub.principalRole, date) : null;
  let participants = titlePeople;
  const speaker = SPEAKER.exec(item.title);
  if (speaker && MEETING_KINDS.has(kind) && !OWN_EVENT.test(item.title.slice(speaker[0].length))) {
    const subject = people(inTitle.filter((m) => m.start >= speaker[0].length));
    const speakers = people(inTitle.filter((m) => m.start < speaker[0].length)).filter((p) => p !== principal && !subject.includes(p));
    if (subject.length) participants = participants.filter((p) => !speakers.includes(p));
  }
  if (MEETING_KINDS.has(kind) && participants.length < 2) {
    // "Joint Statement of Japan, the Republic of Korea, and the United States", "G7 Leaders' Statement": named by
    // their states, the sides are those states' leaders on the day; a state named after what it is about
    // ("… Announcing Further Economic Costs on Russia") is not a side, nor is a leader its opening condemns.
    // Failing two in its title, a joint statement's opening says who speaks: "We, the leaders of the European
    // Commission, France, Germany, … and the United States condemn Putin's war".
    const opener = firstSentence(opening);
    let sides = item.title.split(SUBJECT)[0];
    let states = kind === 'joint statement' || LEADERS.test(item.title) ? statesNamed(sides) : [];
    if (kind === 'joint statement' && states.length < 2 && WE_LEADERS.test(opener)) states = statesNamed(sides = opener.split(SUBJECT)[0]);
    const leaders = states.map((state) => leaderRoles(state, sides).map((r) => engine.resolver.holder(r, date)).find((p) => p)).filter((p): p is string => !!p);
    if (leaders.length >= 2) participants = [...new Set([...participants, ...leaders])];
    else {
      // The opening sentence's people, read within the whole paragraph: a sentence thick with capitalised titles
      // read alone would pass for a headline, where a surname's other endings are not checked.
      participants = [...new Set([...participants, ...people(inOpening.filter((m) => m.start < opener.length))])];
    }
  }
  if (!participants.length && principal) participants = [principal];
  if (!participants.length) return { drop: DROP.nobody };

  const statement: RawStatement = {
    id: idOf(item, date),
    title: item.title,
    date,
    ...(publishedDay !== date ? { published: publishedDay } : {}),
    publishedAt: item.publishedAt,
    source: pub.name,
    publisher: pub.id,
    kind,
    participants: participants.slice(0, MAX_PARTICIPANTS),
    language: 'en',
    url: item.url,
    licence: pub.licence,
    ...(pub.attribution ? { attribution: pub.attribution } : {}),
    body,
  };
  return { statement };
}
