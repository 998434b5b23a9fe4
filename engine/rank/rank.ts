import { datesInText, dayOfMention, isoOf, parseIsoSpan, spanDistance } from '../text/dates';
import { articleDays, leadBlocks, LEAD_BLOCKS, type ArticleDays } from './article-days';
import { statesNamed } from '../text/states';
import { pairPassages, paragraphFeatures, type ParagraphFeatures, type PassagePair } from './passages';
import type { Analysis, Article, PublisherInfo, StatementRecord } from '../index/types';
import { countryZone, datelineZone, daySlack, languageZone, scriptZone } from './dateline';
import type { PersonInfo, TopicInfo } from '../gazetteer/types';
import type { DaySpan } from '../text/dates';
import { queryTerms } from './search';
import type { LexicalIndex } from './lexical';
import { terms, termsOf } from './terms';
import { entityKeys } from '../match/mentions';
import { foldString } from '../text/normalize';

/**
 * What ranking reads of the engine. The engine ranks by passing itself; naming its class here
 * would make ranking and the engine import each other.
 */
export interface RankingSource {
  readonly statements: ReadonlyMap<string, StatementRecord>;
  /** Which statements name a person ("p:id") or topic ("t:id"). */
  readonly byEntity: ReadonlyMap<string, ReadonlySet<string>>;
  readonly people: ReadonlyMap<string, PersonInfo>;
  readonly topics: ReadonlyMap<string, TopicInfo>;
  readonly lexical: LexicalIndex;
  readonly commonTerms: ReadonlySet<string>;
  readonly publishers: readonly PublisherInfo[];
  eventSpan(s: StatementRecord): DaySpan;
  /** False for a statement whose publisher the reader turned off. */
  visible(s: StatementRecord): boolean;
  statementParagraphs(s: StatementRecord): ParagraphFeatures[];
  /** The event a statement reports. */
  eventOf(id: string): string;
}

export type Strength = 'same-event' | 'related';

export interface Reason {
  kind: 'participants' | 'people' | 'topics' | 'date' | 'text';
  text: string;
  ids?: string[];
  /** For `date`: article date minus event date, in days. */
  days?: number;
}

export interface RankedStatement {
  id: string;
  title: string;
  /** The event's date, ISO. */
  date: string;
  source: string;
  publisher?: string;
  kind: string;
  /** The official address of the statement, where it has one. */
  url?: string;
  score: number;
  strength: Strength;
  reasons: Reason[];
  passages: PassagePair[];
  /** The event it reports: the accounts of one event share it. */
  event: string;
}

/** How far an article may stand from its event and still report it: previews come days before, reports days after. */
export const BEFORE_EVENT_DAYS = 5;
export const AFTER_EVENT_DAYS = 7;
/**
 * A day the lead tells, or its dateline, still points at an event a day off either way where the clocks are not
 * known: "late Tuesday" in Washington is Wednesday in Kyiv, and a report is written the day after.
 */
const EITHER_WAY = { before: 1, after: 1 };
/**
 * An announcement is news the day it is made and the next (a morning paper, a time zone); a preview written days
 * later ("Meloni at the White House on Friday", the visit announced last week) looks ahead to the event, not to it.
 */
const ANNOUNCEMENT_NEWS_DAYS = 1;
/** The least share of the article's people (by weight) a statement's participants make for it to report its event. */
const MIN_SIDES_SHARE = 0.25;
const LEXICAL_CANDIDATES = 20;
/** About the weight of one topic found in a twentieth of the statements: less shared weight covers little. */
const MIN_TOPIC_WEIGHT = 3;
const publishedDay = (s: StatementRecord) => parseIsoSpan(s.published ?? s.date)!.from;
const PASSAGE_CANDIDATES = 6;
/** More than this many matches help no reader; the rest are the weakest. */
export const RANK_LIMIT = 25;

function describeDays(days: number): string {
  if (days === 0) return 'on the day of the event';
  const abs = Math.abs(days);
  const amount = abs < 60 ? `${abs} day${abs === 1 ? '' : 's'}` : abs < 730 ? `${Math.round(abs / 30)} months` : `${Math.round(abs / 365)} years`;
  return `${amount} ${days > 0 ? 'after' : 'before'} the event`;
}

/** Terms per block (title first) and the features of each body paragraph, for pairing passages. */
export function articleFeatures(article: Article, analysis: Analysis): { blockTerms: string[][]; articleParas: ParagraphFeatures[] } {
  const blockTerms = analysis.scans.map((s) => termsOf(s.folded, s.tokens));
  return { blockTerms, articleParas: article.paragraphs.map((_, i) => paragraphFeatures(blockTerms[i + 1], entityKeys(analysis.mentions[i + 1]))) };
}

/** Ranks the statements that match an article, each with its strength, reasons and passages. */
export function rankStatements(engine: RankingSource, article: Article, analysis: Analysis, limit = RANK_LIMIT): RankedStatement[] {
  return rankScored(engine, scoreStatements(engine, article, analysis), limit);
}

/** The candidates scored, before passages: whoever ranks must have the bodies of `passageIds` at hand. */
export interface ScoredArticle {
  scored: Scored[];
  articleParas: ParagraphFeatures[];
  people: Set<string>;
  topicHits: Set<string>;
  /** The topics the article is about: named twice or more, or in its title or first paragraph. */
  subjects: Set<string>;
  days: ArticleDays;
  /** The statements whose passages are paired with the article's. */
  passageIds: string[];
}

/**
 * A topic named this often per 1,000 words of the page, twice at least, is what the page is about (as is one in its
 * title or first paragraph): twice in a 300-word piece, but not twice in 1,600 words on something else (a city's
 * manholes, "climate change" in two asides).
 */
const SUBJECT_PER_1000_WORDS = 1.5;

/**
 * Scores every candidate. `readAhead`, where given, hears the likeliest candidates before the lexical part is
 * computed, so that a caller reading their bodies from storage reads them while this goes on.
 */
export function scoreStatements(engine: RankingSource, article: Article, analysis: Analysis, readAhead?: (ids: string[]) => void): ScoredArticle {
  const N = Math.max(1, engine.statements.size);
  const people = new Set(analysis.people.map((p) => p.id));
  const topicHits = new Set(analysis.topics.map((t) => t.id));
  const words = analysis.scans.reduce((n, s) => n + s.tokens.length, 0);
  const often = Math.max(2, Math.ceil((words * SUBJECT_PER_1000_WORDS) / 1000));
  const subjects = new Set(analysis.topics.filter((t) => t.mentions >= often).map((t) => t.id));
  for (const m of [...(analysis.mentions[0] ?? []), ...(analysis.mentions[1] ?? [])]) if (m.kind === 'topic') subjects.add(m.id);
  const articleSpan = parseIsoSpan(article.date ?? null);
  const days = articleDays(analysis.scans, articleSpan, article.language);
  // How much each person weighs in the article: the people it is about are named often, or in its title.
  const personWeight = new Map<string, number>();
  for (const p of analysis.people) personWeight.set(p.id, Math.min(p.mentions, 3));
  for (const m of analysis.mentions[0] ?? []) if (m.kind === 'person') personWeight.set(m.id, (personWeight.get(m.id) ?? 0) + 2);
  let articlePeopleWeight = 0;
  for (const w of personWeight.values()) articlePeopleWeight += w;
  // A person named in one paragraph only, after the story's first ones, is its background ("Later on Wednesday,
  // the White House said President Joe Biden had spoken with Zelenskiy…", in a report of his speech to parliament);
  // so is one named once after its lead ("Macron came straight from Kyiv, where he had met Zelenskyy", in a report
  // of the Weimar leaders' dinner in Berlin).
  // leadBlocks takes blocks in order: the lead is the story's first LEAD_BLOCKS.
  const storyBlocks = [...leadBlocks(analysis.scans, STORY_BLOCKS)];
  const namedIn = (blocks: number[]) => new Set(blocks.flatMap((b) => (analysis.mentions[b] ?? []).filter((m) => m.kind === 'person').map((m) => m.id)));
  const story = namedIn(storyBlocks);
  const lead = namedIn(storyBlocks.slice(0, LEAD_BLOCKS));
  const paragraphsOf = new Map<string, Set<number>>();
  analysis.mentions.forEach((ms, b) => { for (const m of ms) if (m.kind === 'person') (paragraphsOf.get(m.id) ?? paragraphsOf.set(m.id, new Set()).get(m.id)!).add(b); });
  const namedOnce = new Set(analysis.people.filter((p) => p.mentions < 2).map((p) => p.id));
  const background = new Set(analysis.people.filter((p) => (p.mentions < 2 && !lead.has(p.id)) || (!story.has(p.id) && (paragraphsOf.get(p.id)?.size ?? 0) < 2)).map((p) => p.id));
  // The lead's own pair: a side the lead leaves out for a person it names as much or more tells another encounter
  // of the side it names ("Lula met Zelensky in New York… Earlier, Lula had met Biden"; Modi's call with Putin, a
  // day after his call with Biden).
  const leadsWith = (participants: readonly string[], weight: number) => {
    for (const p of lead) if (!participants.includes(p) && (personWeight.get(p) ?? 0) >= weight) return true;
    return false;
  };
  // The people of the event the lead tells its news as hours after or before: its encounter with them is background.
  const hoursAfter = new Set<string>();
  if (days.hoursAfter.length) for (const b of storyBlocks.slice(0, LEAD_BLOCKS)) for (const m of analysis.mentions[b] ?? []) {
    const form = foldString(m.form);
    if (m.kind === 'person' && days.hoursAfter.some((clause) => encounteredIn(clause, form))) hoursAfter.add(m.id);
  }
  let states: Set<string> | null = null;
  // States named where the story is told: a later paragraph's list of signatories is its background.
  const articleStates = () => (states ??= new Set(statesNamed(storyBlocks.map((b) => analysis.blocks[b] ?? '').join('\n'), article.language)));

  const candidates = new Set<string>();
  for (const id of people) for (const s of engine.byEntity.get(`p:${id}`) ?? []) candidates.add(s);
  for (const id of topicHits) for (const s of engine.byEntity.get(`t:${id}`) ?? []) candidates.add(s);

  const weights = new Map<string, number>();
  const topicWeight = (topic: string) => {
    let w = weights.get(topic);
    if (w === undefined) {
      w = Math.log(1 + N / Math.max(1, engine.byEntity.get(`t:${topic}`)?.size ?? 1)) * (engine.topics.get(topic)?.generic ? 0.3 : 1);
      weights.set(topic, w);
    }
    return w;
  };

  let articleTopicWeight = 0;
  for (const t of topicHits) articleTopicWeight += topicWeight(t);

  // The days the lead tells its news happened on; failing those, its dateline or the article's own day when it tells
  // its news as days after another event ("trois jours après le tête-à-tête"); failing that, nothing. A day too long
  // before the article's date for it to report that day's event is history ("their first talk since the re-election
  // on 24 April"), not its news day; a day ahead, however far, is the day of an event announced.
  const reportable = (d: number) => !articleSpan || d >= articleSpan.from - AFTER_EVENT_DAYS;
  // Of the days the news is told on, the latest that has come: "at Tuesday's press conference Fiala summed up Monday's
  // talks" is Tuesday's news, Monday its background; a day still to come is an event announced.
  const toldFirst = days.first.filter(reportable);
  const past = articleSpan ? toldFirst.filter((d) => d <= articleSpan.to) : toldFirst;
  const firstDays = past.length > 1 ? [Math.max(...past)] : toldFirst;
  const anchors = firstDays.length ? firstDays : (days.dateline || days.behind.length) && articleSpan ? [articleSpan.from] : [];
  // A day the lead tells is its dateline's day, and a statement's its publisher's: "WASHINGTON — … on Wednesday" is
  // the White House's Wednesday, and "HELSINKI — … on Thursday" its Wednesday or Thursday, not its Friday. A
  // dateline's own date keeps a day's slack either way: a report is written the morning after.
  const zone = firstDays.length ? datelineZone(article.paragraphs[0] ?? '') ?? scriptZone(`${article.title ?? ''}\n${article.paragraphs[0] ?? ''}`) ?? languageZone(article.language) : null;
  const newsDay = days.first[0] ?? articleSpan?.from;
  const hoursBefore = (span: DaySpan) => newsDay !== undefined && span.to >= newsDay - 1 && span.from <= newsDay;
  // The article's own day, where the lead tells none, was a day of writing: a day either way.
  const slackOf = new Map(firstDays.length ? engine.publishers.map((p) => [p.id, daySlack(zone, countryZone(p.country))]) : []);

  // Scoring runs over every candidate (thousands on a big corpus), so it allocates little.
  const scored: Scored[] = [];
  const scoreOne = (id: string, lexicalPart = 0) => {
    const s = engine.statements.get(id)!;
    if (!engine.visible(s)) return;
    let found = 0;
    let foundWeight = 0;
    let inBackground = 0;
    let once = 0;
    let offLead: string | null = null;
    for (const p of s.participants) if (people.has(p)) { found++; foundWeight += personWeight.get(p) ?? 0; if (background.has(p)) inBackground++; if (namedOnce.has(p)) once++; if (!lead.has(p)) offLead = p; }
    // A joint statement's sides may be named by their states ("Britain, Canada, France, Germany, Italy and the
    // United States agreed…"): each such state counts as its leader named once, in the article's people too; only
    // where one side is named too, for states alone are what a page about anything names in passing.
    let byState = 0;
    if (found && s.kind === 'joint statement') for (const p of s.participants) if (!people.has(p) && articleStates().has(engine.people.get(p)?.country ?? '')) byState++;
    found += byState;
    foundWeight += byState;
    // Both ways: the statement's participants named by the article, and the article's people among them
    // (a readout of Putin alone covers half of an article about Putin and Xi).
    const peopleWeight = articlePeopleWeight + byState;
    const foundShare = peopleWeight ? foundWeight / peopleWeight : 0;
    const partCov = (found / s.participants.length) * (0.5 + 0.5 * foundShare);
    let others = 0;
    for (const p of s.people) if (people.has(p) && !s.participants.includes(p)) others++;
    let totalW = 0;
    let sharedW = 0;
    for (const t of s.topics) {
      const w = topicWeight(t);
      totalW += w;
      if (topicHits.has(t)) sharedW += w;
    }
    // Shared topics against the larger of the two sets: one shared topic does not cover a page about ten.
    // A topic in half the corpus (the war itself) weighs little, however well it covers both.
    const topicCov = totalW ? sharedW / Math.max(totalW, articleTopicWeight, MIN_TOPIC_WEIGHT) : 0;
    const span = engine.eventSpan(s);
    // An announcement is news from the day it is made until its event.
    const dist = articleSpan ? spanDistance(articleSpan, s.kind === 'announcement' ? { from: Math.min(publishedDay(s), span.from), to: span.to } : span) : null;
    const onEvent = (d: number) => d >= span.from && d <= span.to;
    // An announcement is dated by the event it announces, and was made on the day it was published.
    const inSpan = (d: number) => onEvent(d) || (s.kind === 'announcement' && d === publishedDay(s));
    const dateNamed = days.told.some(inSpan);
    const namedLater = !dateNamed && days.later.some(inSpan);
    // Near twins (two calls of the same leaders days apart) are told apart by closeness and by the day the lead names.
    const dateScore = 0.6 * (dist === null ? 0 : Math.exp(-Math.abs(dist) / 5)) + 0.4 * (dateNamed ? 1 : namedLater ? 0.5 : 0);
    const slack = (s.publisher && slackOf.get(s.publisher)) || EITHER_WAY;
    // A calendar date further down that is the event's own corrects a lead's weekday a day off (a weekday counted
    // wrong, or on another clock): the date is what the writer looked up.
    const leadElsewhere = (anchors.length > 0 && !anchors.some((d) => d >= span.from - slack.before && d <= span.to + slack.after)
        && !(namedLater && anchors.some((d) => d >= span.from - 1 && d <= span.to + 1)))
      || days.behind.some(([from, to]) => span.from <= to && span.to >= from)
      || (hoursAfter.size > 0 && s.participants.some((p) => hoursAfter.has(p)) && hoursBefore(span));
    // Closeness in time counts for as much as the statement's own people are there to back it.
    // Recency on the scale of months: among thousands of statements of the same leaders, this year's come first.
    const recency = dist === null ? 0 : Math.exp(-Math.abs(dist) / 60);
    // The lexical part is known here only for a statement found by its words alone; the others' is added below.
    const score = 3 * partCov + 0.2 * Math.min(others, 2) + 2.5 * topicCov + 2.5 * dateScore * (0.3 + 0.7 * partCov) + recency + lexicalPart;
    const announcedBefore = s.kind === 'announcement' && !!articleSpan && articleSpan.from - publishedDay(s) > ANNOUNCEMENT_NEWS_DAYS;
    const toCome = days.comingDays.some(onEvent);
    const toldPast = !!articleSpan && days.told.some((d) => onEvent(d) && d < articleSpan.from);
    const otherPair = s.participants.length === 2 && found === 2 && offLead !== null && leadsWith(s.participants, personWeight.get(offLead) ?? 0);
    scored.push({ s, found, inBackground, once, otherPair, foundShare, others, topicCov, dist, dateNamed, namedLater, leadElsewhere, announcedBefore, toCome, toldPast, score });
  };
  for (const id of candidates) scoreOne(id);
  // The lexical part weighs 0.6 of a score near 10 at best: the best candidates without it are mostly the best with it.
  if (readAhead) readAhead([...scored].sort((a, b) => b.score - a.score).slice(0, PASSAGE_CANDIDATES).map((c) => c.s.id));

  const { blockTerms, articleParas } = articleFeatures(article, analysis);
  // Names are weighed by the people features already; the lexical part measures the rest of the text.
  const skip = new Set(engine.commonTerms);
  // Each form once: a long article names the same people by the same few forms hundreds of times.
  const forms = new Set<string>();
  for (const m of analysis.mentions.flat()) if (m.kind === 'person') forms.add(m.form);
  for (const form of forms) for (const t of terms(form)) skip.add(t);
  const q = queryTerms(blockTerms, skip);
  if (q) {
    const hits = engine.lexical.search(q).slice(0, LEXICAL_CANDIDATES);
    const top = hits[0]?.score ?? 1;
    const lexical = new Map(hits.map((h) => [String(h.id), h.score / top]));
    for (const c of scored) c.score += 0.6 * (lexical.get(c.s.id) ?? 0);
    // A statement found by its words alone.
    for (const [id, l] of lexical) if (!candidates.has(id)) scoreOne(id, 0.6 * l);
  }
  scored.sort((a, b) => b.score - a.score);
  return { scored, articleParas, people, topicHits, subjects, days, passageIds: scored.slice(0, PASSAGE_CANDIDATES).map((c) => c.s.id) };
}

/** Passages for the best candidates, strengths, and the list a reader sees. */
export function rankScored(engine: RankingSource, { scored, articleParas, people, topicHits, subjects, days }: ScoredArticle, limit = RANK_LIMIT): RankedStatement[] {
  const out: RankedStatement[] = [];
  for (let rank = 0; rank < scored.length && out.length < limit; rank++) {
    const c = scored[rank];
    const passages = rank < PASSAGE_CANDIDATES ? pairPassages(articleParas, engine.statementParagraphs(c.s)) : [];
    const strength = strengthOf(engine, c, passages, subjects, days);
    if (strength) out.push(describe(engine, c, strength, passages, people, topicHits));
  }
  const best = out.filter((r) => r.strength === 'same-event').sort((a, b) => b.score - a.score)[0];
  // An article looking ahead to the event reports its announcement; the readout that came after is related.
  const ahead = looksAhead(days) || (!!best && !!scored.find((c) => c.s.id === best.id)?.toCome);
  const reports = (kind: string) => !ahead || kind === 'announcement';
  if (best) oneEvent(engine, best, out, scored, (c) => {
    const passages = pairPassages(articleParas, engine.statementParagraphs(c.s));
    return describe(engine, c, 'same-event', passages, people, topicHits);
  }, limit, reports);
  // Same-event first: a report of the event outranks anything merely related.
  return out.sort((a, b) => (a.strength === b.strength ? b.score - a.score : a.strength === 'same-event' ? -1 : 1));
}

/**
 * An article reports one event: every account of the best same-event statement's event is the same event,
 * those ranked too low to list included; statements of the same people on other days (last week's call) are
 * related to it. A statement the grouping left apart that is the same event on its own merits stays so
 * when it shares the event's day (an account the grouping missed).
 */
function oneEvent(engine: RankingSource, best: RankedStatement, out: RankedStatement[], scored: Scored[], listAccount: (c: Scored) => RankedStatement, limit: number, reports: (kind: string) => boolean): void {
  const day = engine.eventSpan(engine.statements.get(best.id)!);
  for (const r of out) {
    if (r.event === best.event && reports(r.kind)) { r.strength = 'same-event'; continue; }
    if (r.strength !== 'same-event') continue;
    const span = engine.eventSpan(engine.statements.get(r.id)!);
    if (span.from > day.to + 1 || span.to < day.from - 1) r.strength = 'related';
  }
  const listed = new Set(out.map((r) => r.id));
  for (const c of scored) if (!listed.has(c.s.id) && engine.eventOf(c.s.id) === best.event && reports(c.s.kind)) out.push(listAccount(c));
  // The accounts take the place of the weakest related statements.
  while (out.length > limit) {
    let weakest = -1;
    out.forEach((r, i) => { if (r.strength === 'related' && (weakest < 0 || r.score < out[weakest].score)) weakest = i; });
    if (weakest < 0) break;
    out.splice(weakest, 1);
  }
}

interface Scored {
  s: StatementRecord;
  /** How many of its participants, and of its other people, the article names. */
  found: number;
  /** How many of those the article names only once, after its first paragraphs. */
  inBackground: number;
  /** How many of those the article names once. */
  once: number;
  /** Of two sides, the lead names one and, instead of the other, someone the article names as much or more. */
  otherPair: boolean;
  /** The share of the article's people (by weight) that are its participants. */
  foundShare: number;
  others: number;
  topicCov: number;
  /** Article date minus event date, in days; null without an article date. */
  dist: number | null;
  /** The article's lead names its day; a date further down names it. */
  dateNamed: boolean;
  namedLater: boolean;
  /** The lead names days, none of them near this statement's, or tells its news as days after this one's event. */
  leadElsewhere: boolean;
  /** An announcement published longer before the article than its news lasts. */
  announcedBefore: boolean;
  /** Its event is on a day the lead tells in words as still to come ("meet on Monday", written on Sunday). */
  toCome: boolean;
  /** Its event is on a day the lead tells as past ("talks on Wednesday in Zurich", written on Friday). */
  toldPast: boolean;
  score: number;
}

// The one met in an encounter the clause tells ("talks with Xi Jinping", "разговора с Путиным", "z Zełenskim"): where
// a language writes no comma after the clause ("Stunden vor der Eröffnung … haben Xi und Putin…"), the sentence's
// subject runs on into it, and is not whom the event was with.
const WITH = /(?<![\p{L}])(?:with|mit|avec|con|com|z|ze|с|со|з|із|зі|met|med|ile)\s+(?:[^\s]+\s+){0,4}$/u;
const encounteredIn = (clause: string, form: string) => {
  const at = clause.indexOf(form);
  return at >= 0 && WITH.test(clause.slice(0, at));
};

/** Kinds with parts one side is absent from (a leader's day in Harbin): a report of one part names one side. */
const VISITS = new Set(['visit', 'state visit']);
/** Kinds whose sides are together throughout, or named together in advance. */
const BOTH_SIDES = new Set(['call', 'talks', 'announcement', 'meeting']);
/** Title and the first three paragraphs that say something: where a story names whom it is about. */
const STORY_BLOCKS = 4;
/**
 * Kinds whose people are whom they speak of, not the sides of an encounter. Two leaders named together within a
 * day of their call are its news; a fact sheet on Biden's answer to Putin's price hike shares nothing with an
 * article naming both unless it shares its content.
 */
const SPOKEN_OF = new Set(['statement', 'fact sheet', 'address', 'remarks', 'message', 'decree', 'interview', 'briefing']);

/** The article looks ahead to its event: in words, or by telling only days after its own date. */
const looksAhead = (days: ArticleDays) => days.preview || days.ahead;

function strengthOf(engine: RankingSource, c: Scored, passages: PassagePair[], subjects: Set<string>, days: ArticleDays): Strength | null {
  const bestPassage = passages[0]?.similarity ?? 0;
  // An undated article that quotes the readout at length is reporting that event.
  const quoted = c.dist === null && passages.filter((p) => p.kind === 'quote').length >= 2;
  // Written days before the event, an article can report only its announcement (a day's slack for time zones).
  const beforeIt = c.dist !== null && c.dist < -1 && c.s.kind !== 'announcement';
  const inWindow = c.dist !== null && c.dist >= -BEFORE_EVENT_DAYS && c.dist <= AFTER_EVENT_DAYS && !beforeIt;
  // Within days of the event, unless the lead anchors the article on another day ("Washington, 17 February").
  const dateOk = quoted || (inWindow && !c.leadElsewhere) || (c.dist === null && c.dateNamed);
  const specific = c.topicCov >= 0.3 || bestPassage >= 0.45;
  const n = c.s.participants.length;
  const participantsOk = n === 1
    // A statement of one person reports the article's event only where that person is what the article is about,
    // and shares its person and its subject with every story about them: a passage pairing
    // on those two alone (half similar) tells nothing; one sharing more (words, the officials it names) does, or
    // topics it is about. A meeting of one person is a leader's with his own officials (a security council, a
    // national security team): only its content tells its story.
    ? c.found === 1 && c.foundShare >= 0.4 && (bestPassage >= 0.6 || (c.s.kind !== 'meeting' && c.topicCov >= 0.3))
    // Its sides must weigh in the article: named once each in a story of two ministers' talks, Erdoğan and Putin
    // are background, and their call four days before is not its event.
    : c.foundShare >= MIN_SIDES_SHARE && (c.found === n || (n >= 3 && c.found >= 2)) && (!SPOKEN_OF.has(c.s.kind) || specific)
      // A visit has parts one side is absent from (a leader's day in Harbin); a call, a meeting or talks have both
      // sides throughout, and their announcement names both, so a report of one names both (by name or title):
      // Johnson's call with Zelensky is not Biden's, a Duma vote on Putin's day is not his talks with Bolsonaro, and
      // Biden's speech in Warsaw is not his meeting with Duda that morning.
      || (!BOTH_SIDES.has(c.s.kind) && c.found >= 1 && c.foundShare >= 0.4 && specific);
  // One of two sides named once, deep in the article, is its background: Biden's remarks the day after his call with
  // Putin mention Zelensky's comment on it, and a Duma vote on the day of Scholz's talks in Moscow mentions Scholz.
  // With three sides or more, two must be named outside the background, except in a visit: Biden's meeting with
  // Kuleba and Reznikov, told in one sentence of a report on his talks with Duda that day, is not its news; nor are
  // Wang Yi's calls with Truss, Borrell and Bonne, told in the last paragraph of a report on a Security Council vote.
  // A side of a call, meeting or talks named once needs the event's content shared (its topics, or a passage): Biden
  // introducing Zelenskyy at an event that day is no news of their meeting, in a story on his news conference.
  const sidesHeld = n === 1 || (n === 2 ? c.inBackground === 0 && (c.once === 0 || !BOTH_SIDES.has(c.s.kind) || specific) && !(c.otherPair && BOTH_SIDES.has(c.s.kind)) : VISITS.has(c.s.kind) || c.found - c.inBackground >= 2);
  // An article looking ahead to an event is the same event as its announcement, while that is news, not as its
  // readout; an event whose day the lead tells as past is reported, whatever else the lead looks ahead to ("agreed
  // that the leaders will hold a virtual meeting", after Wednesday's talks in Zurich).
  const kindOk = !((looksAhead(days) && !c.toldPast) || c.toCome) || (c.s.kind === 'announcement' && !c.announcedBefore);
  if (dateOk && participantsOk && sidesHeld && kindOk) return 'same-event';
  // A topic named once in passing ("an artificial intelligence" in a game's lore, 8,000 words on) ties the page to
  // nothing: related statements share a person, or a topic the article is about.
  const sharesSomething = c.found + c.others > 0 || c.s.topics.some((t) => subjects.has(t) && !engine.topics.get(t)?.generic);
  return sharesSomething && c.score >= 1 ? 'related' : null;
}

function describe(engine: RankingSource, c: Scored, strength: Strength, passages: PassagePair[], people: Set<string>, topicHits: Set<string>): RankedStatement {
  const name = (p: string) => engine.people.get(p)?.name ?? p;
  const found = c.s.participants.filter((p) => people.has(p));
  const others = c.s.people.filter((p) => people.has(p) && !c.s.participants.includes(p));
  const shared = c.s.topics.filter((t) => topicHits.has(t));
  const reasons: Reason[] = [];
  if (found.length) reasons.push({ kind: 'participants', ids: found, text: `Participants named: ${found.map(name).join(', ')}` });
  if (others.length) reasons.push({ kind: 'people', ids: others, text: `Also names: ${others.map(name).join(', ')}` });
  if (shared.length) reasons.push({ kind: 'topics', ids: shared, text: `Shared topics: ${shared.map((t) => engine.topics.get(t)?.label ?? t).join('; ')}` });
  if (c.dateNamed) reasons.push({ kind: 'date', days: 0, text: `The article gives the event's date (${isoOf(engine.eventSpan(c.s).from)})` });
  else if (c.dist !== null) reasons.push({ kind: 'date', days: c.dist, text: `Article dated ${describeDays(c.dist)}` });
  if (passages.length) reasons.push({ kind: 'text', text: `${passages.length} matching passage${passages.length === 1 ? '' : 's'}, best ${Math.round(passages[0].similarity * 100)}% similar` });
  return { id: c.s.id, title: c.s.title, date: c.s.date, source: c.s.source, ...(c.s.publisher ? { publisher: c.s.publisher } : {}), ...(c.s.url ? { url: c.s.url } : {}), kind: c.s.kind, score: Math.round(c.score * 100) / 100, strength, reasons, passages, event: engine.eventOf(c.s.id) };
}
