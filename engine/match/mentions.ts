import type { AliasClass, AliasEntry, Gazetteer, PersonInfo } from '../gazetteer/types';
import type { AliasSource } from '../gazetteer/alias-rows';
import { parseIsoSpan, type DaySpan } from '../text/dates';
import { fold } from '../text/normalize';
import { sentenceSpans } from '../text/sentences';
import givenNames from '../gazetteer/given-names.json';
import type { BlockScan, Candidate } from './scan';

export interface Mention {
  /** Which text of the page (paragraph) it is in. */
  block: number;
  /** Offsets in that text. */
  start: number;
  end: number;
  /** The text as written on the page. */
  form: string;
  kind: 'person' | 'topic';
  id: string;
  /** How it was recognised: full name, title form, short form, role description, phrase. */
  via: AliasClass;
  /** A person named by a name of several words (or in a script without spaces), not by a surname alone or a title. */
  full?: boolean;
  /**
   * Topics named by phrases inside this topic's phrase, or running on from it: "China's Position on the Political
   * Settlement of the Ukraine Crisis" speaks of the settlement and of the crisis too, "the 75th anniversary of
   * diplomatic relations between China and Russia" of their relations. They count as the page's topics; the page
   * lights this one, the one that starts first.
   */
  inner?: string[];
}

export interface Block { text: string; scan: BlockScan }

interface Item {
  kind: 'person' | 'topic' | 'role';
  id: string;
  cls: AliasClass;
  c: Candidate;
  fStart: number;
  fEnd: number;
  start: number;
  end: number;
  /** Namesakes who share this surname or title form ("Johnson"): the page decides which one it is. */
  alts?: string[];
  /** The alias that decided it. */
  alias: AliasEntry;
  /** Other topics' phrases inside this topic's phrase or overlapping it. */
  inner?: Item[];
}

const STRENGTH: Record<AliasClass, number> = { name: 5, title: 4, role: 3, phrase: 3, short: 1, weak: 1 };
/** Common given names of many languages, as folded (a list of its own: not the gazetteer's people). */
const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames as string[]);

/**
 * Words before a role description that point to someone other than its holder on the day: former, then, future, in
 * the gazetteer's languages and their inflections ("o antigo primeiro-ministro português" is not Portugal's prime
 * minister of the day), folded as the matcher folds them.
 */
const NOT_CURRENT = new Set([
  'former ex then late previous next future incoming onetime erstwhile',
  'ehemalige ehemaliger ehemaligen ehemaligem frühere früherer früheren früherem damalige damaliger damaligen künftige künftiger künftigen designierte designierter designierten',
  'ancien ancienne anciens futur prochain exministro antiguo antigua entonces futuro antigo antiga então allora precedente',
  'były byłego byłemu byłym była byłej ówczesny ówczesnego przyszły eski sabık önceki voormalig voormalige toenmalig toenmalige',
  'бывший бывшего бывшему бывшим бывшая бывшей экс тогдашний тогдашнего будущий будущего',
  'колишній колишнього колишньому колишнім колишня колишньої тодішній тодішнього майбутній майбутнього екс',
  'bývalý bývalého bývalému bývalým bývalá bývalé tehdejší budoucí fostul fosta fostului fostei förre förra tidigare volt egykori korábbi πρώην पूर्व',
].flatMap((line) => fold(line).text.split(/\s+/)));
/** Arabic, Persian and Hebrew say "former" after the office ("الرئيس الأمريكي السابق"). */
const NOT_CURRENT_AFTER = new Set(fold('السابق السابقة سابق לשעבר').text.split(/\s+/));

/**
 * A topic phrase of one word, or with a number of its own ("energy", "SCO", "Chapter 7"): an ordinary word or a
 * name elsewhere. A coined word of letters and digits ("G20") is no ordinary word.
 */
function thin(a: AliasEntry): boolean {
  if (a.unspaced) return false;
  if (a.tokens.length === 1) return !(/\d/.test(a.tokens[0]) && /\p{L}/u.test(a.tokens[0]));
  return a.tokens.some((t) => /^\d+$/.test(t));
}

/** Number words (two to twelve) of the gazetteer's languages, folded as the matcher folds them. */
const NUMBER_WORDS = new Set([
  'two three four five six seven eight nine ten eleven twelve', 'deux trois quatre cinq six sept huit neuf dix onze douze',
  'dos tres cuatro cinco seis siete ocho nueve diez once doce', 'due tre quattro cinque sei sette otto nove dieci undici dodici',
  'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf', 'dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć',
  'два три четыре пять шесть семь восемь девять десять', 'два три чотири пʼять шість сім вісім девʼять десять',
].flatMap((line) => fold(line).text.split(/\s+/)));

/**
 * A phrase that is a number and one noun ("five points", "cinq points", "пять пунктов"): any list, any game, any
 * recipe has them. It names the topic only on a page that shows it is about the corpus's world.
 */
function counted(a: AliasEntry): boolean {
  return !a.unspaced && a.tokens.length === 2 && NUMBER_WORDS.has(a.tokens[0]);
}

/** A name of more than one word, or written without spaces ("习近平"): more than a surname alone. */
const fullForm = (a: AliasEntry) => a.unspaced || a.tokens.length > 1;

/**
 * A surname cut to its stem so that its inflections match ("abel" of "Abela": "Abeli", "Abelę") is, bare, another
 * word or name: "Abel Tasman" is not Robert Abela. Every language that inflects the name gives it an ending.
 */
function bareStem(a: AliasEntry, c: Candidate): boolean {
  if (a.unspaced || a.tokens.length !== 1 || !a.stem[0]) return false;
  return c.lastToken === a.tokens[0] && fold(a.form).text.trim() !== a.tokens[0];
}

/**
 * What the words around a thin phrase say it is not: a capitalised word run into a name ("Energy Control",
 * "Sergio Coronado"), or an acronym joined to another word ("SCO/Linux").
 */
function partOfName(c: Candidate, a: AliasEntry, titleCase: boolean): boolean {
  if (a.caseRule[0] === 2) return /^[/+&@-]/.test(c.gapAfter) || /[/+&@-]$/.test(c.gapBefore);
  if (titleCase || !c.capitalised) return false;
  return besideCapitalised(c);
}

/** A capitalised word runs into the match, with only spaces between. */
function besideCapitalised(c: Candidate): boolean {
  return (c.prevCapitalised && /^[ \t]+$/.test(c.gapBefore)) || (c.nextCapitalised && /^[ \t]+$/.test(c.gapAfter));
}

/** The years (as spans of days) the sentence around an offset names: four digits from 1800 to 2099, alone or
 * with 年. */
function yearsAround(text: string, at: number): DaySpan[] {
  const span = sentenceSpans(text).find(([s, e]) => s <= at && at < e);
  if (!span) return [];
  const out: DaySpan[] = [];
  for (const m of text.slice(span[0], span[1]).matchAll(/(?<![\p{L}\p{N}.,])(1[89]\d\d|20\d\d)(?=年|(?![\p{L}\p{N}]|[.,]\d))/gu)) {
    const y = parseIsoSpan(m[1]);
    if (y) out.push(y);
  }
  return out;
}

/** Words that join the parts of an institution's name ("Center for Health and Human Rights", "Office of …"). */
const NAME_JOINS = /(?:^|\s)\p{Lu}[\p{L}\p{M}.'’-]*\s+(?:(?:of|for|and|on|the|&)\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)?){1,3}$/u;

/**
 * A topic's common phrase ("human rights", "climate change") written with capitals in running text, beside other
 * capitalised words, is a part of a name: a university's "Center for Health and Human Rights", "Human Rights Watch".
 */
function capitalisedInName(a: AliasEntry, c: Candidate, text: string, start: number, end: number): boolean {
  if (a.unspaced || a.tokens.length < 2 || a.form !== a.form.toLowerCase()) return false;
  const written = text.slice(start, end);
  if (!written.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return false;
  return besideCapitalised(c) || NAME_JOINS.test(text.slice(Math.max(0, start - 80), start));
}

export class MentionResolver {
  private people = new Map<string, PersonInfo>();
  private holders = new Map<string, { person: string; from: number; to: number }[]>();
  /** Broad topics (energy, trade, the UN): their one-word phrases are the most ordinary words. */
  private broad: Set<string>;

  constructor(private g: Gazetteer, private forms: AliasSource) {
    this.broad = new Set(g.topics.filter((t) => t.generic).map((t) => t.id));
    for (const p of g.people) {
      this.people.set(p.id, p);
      for (const r of p.roles) {
        const from = parseIsoSpan(r.from)?.from ?? -Infinity;
        const to = r.to ? parseIsoSpan(r.to)?.from ?? Infinity : Infinity;
        const list = this.holders.get(r.role) ?? [];
        list.push({ person: p.id, from, to });
        this.holders.set(r.role, list);
      }
    }
  }

  private heldEver(person: string, role: string): boolean {
    return (this.holders.get(role) ?? []).some((h) => h.person === person);
  }

  private toItems(cands: Candidate[]): Item[] {
    const items: Item[] = [];
    for (const c of cands) {
      let best: Item | null = null;
      let bestRank = -1;
      let namesakes: Set<string> | null = null;
      for (const id of c.aliases) {
        const a = this.forms.get(id);
        // Of forms of one strength, one written as the text has it beats a stem matched bare ("Prigojin" as written,
        // not "Prigojine" cut to "prigojin"), whatever their order: a bare stem is no name (bareStem).
        const rank = STRENGTH[a.cls] * 2 + (bareStem(a, c) ? 0 : 1);
        if (!best || rank > bestRank) {
          best = { kind: a.kind, id: a.id, cls: a.cls, c, fStart: c.fStart, fEnd: c.fEnd, start: c.start, end: c.end, alias: a };
          bestRank = rank;
          namesakes = null;
        } else if (a.kind === 'person' && best.kind === 'person' && rank === bestRank && a.id !== best.id) (namesakes ??= new Set([best.id])).add(a.id);
      }
      // A form two people share identifies neither by itself: it needs the page's support.
      if (best && namesakes) { best.alts = [...namesakes]; best.cls = 'short'; }
      if (best) items.push(best);
    }
    items.sort((a, b) => a.fStart - b.fStart || b.fEnd - a.fEnd);
    return items;
  }

  /** Overlapping matches become one mention: the longest, or a title and a name of the same person joined. */
  private merge(items: Item[], text: string): Item[] {
    const out: Item[] = [];
    for (const it of items) {
      const last = out[out.length - 1];
      const overlaps = last && it.fStart < last.fEnd;
      const between = last ? text.slice(last.end, it.start) : '';
      const adjacent = last && !overlaps && (/^\s{1,2}$/.test(between) || /^\s*,\s*(the\s+)?$/i.test(between));
      if (last && (overlaps || adjacent)) {
        const joined = this.join(last, it, overlaps === true);
        if (joined) { out[out.length - 1] = joined; continue; }
        if (overlaps) {
          if (last.kind === 'topic' && it.kind === 'topic' && it.id !== last.id && it.cls === 'phrase') (last.inner ??= []).push(it);
          continue;
        }
      }
      out.push(it);
    }
    return out;
  }

  private join(a: Item, b: Item, overlaps: boolean): Item | null {
    const span = (k: Item): Item => ({ ...k, fStart: Math.min(a.fStart, b.fStart), fEnd: Math.max(a.fEnd, b.fEnd), start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
    const upgrade = (k: Item): Item => (k.cls === 'short' ? { ...k, cls: 'title' } : k);
    if (a.kind === b.kind && a.id === b.id) return overlaps ? span(STRENGTH[a.cls] >= STRENGTH[b.cls] ? a : b) : null;
    if (a.kind === 'role' && b.kind === 'person' && this.heldEver(b.id, a.id)) return upgrade(span(b));
    if (a.kind === 'person' && b.kind === 'role' && this.heldEver(a.id, b.id)) return upgrade(span(a));
    return null;
  }

  /** Who held a role on a day (ISO); null when nobody, or several, did. */
  holder(role: string, date: string): string | null {
    return this.holderAt(role, parseIsoSpan(date), new Set());
  }

  /**
   * Without a day, a role names nobody in particular: "the U.S. president" of an undated page is whoever held the
   * office when it was written. Only a holder the page names too is meant.
   */
  private holderAt(role: string, date: DaySpan | null, anchors: Set<string>): string | null {
    const list = this.holders.get(role) ?? [];
    let cands = date
      ? list.filter((h) => h.from <= date.to && date.from < h.to)
      : list.filter((h) => anchors.has(h.person));
    if (cands.length > 1) {
      const anchored = cands.filter((h) => anchors.has(h.person));
      if (anchored.length === 1) cands = anchored;
    }
    const people = new Set(cands.map((h) => h.person));
    return people.size === 1 ? [...people][0] : null;
  }

  /**
   * A role's holder in the time its sentence speaks of: "in 1947 … the British monarch" is 1947's, not the
   * page's. A sentence that names the page's own year, or none, speaks of the page's day.
   */
  private roleHolder(it: Item, text: string, date: DaySpan | null, anchors: Set<string>): string | null {
    const years = yearsAround(text, it.start);
    if (years.length === 0 || (date && years.some((y) => y.from <= date.from && date.from <= y.to))) return this.holderAt(it.id, date, anchors);
    const who = new Set(years.map((y) => this.holderAt(it.id, y, anchors)));
    return who.size === 1 ? [...who][0] : null;
  }

  /** Applies the page-level rules to every block's matches; returns the mentions per block. */
  resolve(blocks: Block[], opts: { date?: string | null } = {}): Mention[][] {
    const date = parseIsoSpan(opts.date ?? null);
    const perBlock = blocks.map((b) => this.merge(this.toItems(b.scan.candidates), b.text));
    const anchors = new Set<string>();
    // Whether the page is about the corpus's world at all: a person named in full, or a topic in a phrase of several
    // words. A broad topic (energy, trade, the UN), whatever its phrase, and a number with a noun ("five points") ask for
    // more: a name, or two other topics in phrases of their own ("natural gas" in a city's pipes beside "climate change"
    // is no energy diplomacy; "the United Nations Office on Drugs" in a drug report is no UN diplomacy).
    let named = false;
    const phrased = new Set<string>();
    const otherBearers = new Set<string>();
    for (let bi = 0; bi < perBlock.length; bi++) {
      const titleCase = blocks[bi].scan.titleCase;
      perBlock[bi] = perBlock[bi].filter((it) => {
        if (it.kind === 'topic' && thin(it.alias) && partOfName(it.c, it.alias, titleCase)) return false;
        if (it.kind === 'topic' && !titleCase && capitalisedInName(it.alias, it.c, blocks[bi].text, it.start, it.end)) return false;
        if (it.kind === 'person' && bareStem(it.alias, it.c)) return false;
        if (it.kind === 'person' && it.cls === 'name' && this.otherBearer(it, titleCase)) { otherBearers.add(it.id); return false; }
        return true;
      });
    }
    // Once the page names another bearer of the surname in full ("Олексій Кулеба"), the surname alone is theirs,
    // unless the page names the person too.
    if (otherBearers.size) {
      const inFull = new Set(perBlock.flat().filter((it) => it.kind === 'person' && (it.cls === 'title' || fullForm(it.alias))).map((it) => it.id));
      for (let bi = 0; bi < perBlock.length; bi++) perBlock[bi] = perBlock[bi].filter((it) => !(it.kind === 'person' && otherBearers.has(it.id) && !inFull.has(it.id)));
    }
    for (let bi = 0; bi < perBlock.length; bi++) {
      for (const it of perBlock[bi]) {
        if (it.kind === 'person' && (it.cls === 'name' || it.cls === 'title')) { anchors.add(it.id); named = true; }
        if (it.kind === 'topic' && it.cls === 'phrase' && !thin(it.alias) && !counted(it.alias)) {
          phrased.add(it.id);
        }
      }
    }
    const evidence = named || phrased.size >= 1;
    // Two topics other than its own: a page on the utility's gas pipes and climate change is not one on energy diplomacy.
    const broadEvidence = (id: string) => named || phrased.size - (phrased.has(id) ? 1 : 0) >= 2;
    // "energy", "bullying", "OCS", "Chapter 7" alone say nothing of diplomacy: the page must show it is about that.
    const holds = (it: Item) => {
      if (this.broad.has(it.id) || counted(it.alias)) return broadEvidence(it.id);
      return !thin(it.alias) || evidence;
    };
    // A weak form ("sanction", "SCO") needs a phrase of its topic that holds on the page.
    const strongTopics = new Set<string>();
    for (const items of perBlock) for (const it of items) if (it.kind === 'topic' && it.cls === 'phrase' && holds(it)) strongTopics.add(it.id);
    // A role description names its holder on the article's date; such a mention supports short forms too.
    const roleOf = new Map<Item, string>();
    perBlock.forEach((items, bi) => { for (const it of items) {
      if (it.kind !== 'role' || NOT_CURRENT.has(it.c.prevWord) || NOT_CURRENT_AFTER.has(it.c.nextWord)) continue;
      // "White House press secretary Josh Earnest": a role before a name is that person's, whoever holds it today.
      if (!blocks[bi].scan.titleCase && it.c.nextCapitalised && /^[ \t]+$/.test(it.c.gapAfter)) continue;
      const who = this.roleHolder(it, blocks[bi].text, date, anchors);
      if (who) roleOf.set(it, who);
    } });
    for (const who of roleOf.values()) anchors.add(who);

    return perBlock.map((items, bi) => {
      const titleCase = blocks[bi].scan.titleCase;
      const out: Mention[] = [];
      for (const it of items) {
        let kind: 'person' | 'topic';
        let id = it.id;
        if (it.kind === 'role') {
          const who = roleOf.get(it);
          if (!who) continue;
          kind = 'person'; id = who;
        } else kind = it.kind;
        if (it.cls === 'short') {
          const holder = this.shortHolder(it, anchors, titleCase);
          if (!holder) continue;
          id = holder;
        }
        if (it.cls === 'weak' && !strongTopics.has(it.id)) continue;
        if (it.kind === 'topic' && it.cls === 'phrase' && !holds(it)) continue;
        const m: Mention = { block: bi, start: it.start, end: it.end, form: blocks[bi].text.slice(it.start, it.end), kind, id, via: it.cls };
        const inner = it.inner?.filter((x) => holds(x) && x.id !== it.id).map((x) => x.id);
        if (inner?.length) m.inner = [...new Set(inner)];
        if (it.kind === 'person' && it.cls === 'name' && fullForm(it.alias)) m.full = true;
        out.push(m);
      }
      return out;
    });
  }

  /**
   * A surname alone, with an ending its form does not have, after a capitalised word: "Ludmilla Putina" is
   * someone else of the family. Languages that inflect names ("Putinului", "с Путиным") put no given name before them.
   */
  private otherBearer(it: Item, titleCase: boolean): boolean {
    const a = it.alias;
    if (a.tokens.length !== 1 || !it.c.prevInitial || !/^[ \t]+$/.test(it.c.gapBefore)) return false;
    const p = this.people.get(it.id);
    // One of the person's own given names before it is theirs ("Vladimir Putina": a misspelling, not a wife).
    if (!p || this.givenName(it.id, it.c.prevWord)) return false;
    // A common given name before it is another bearer's, in a headline too, and in German, whose nouns all have
    // capitals ("Bürgermeisterin Heike Scholz", "Hunter Biden").
    if (GIVEN_NAMES.has(it.c.prevWord)) return true;
    if (titleCase) return false;
    // Another person's given name before it is another bearer's: "Олексій Кулеба", Ukraine's minister for
    // communities, is not Dmytro Kuleba, whatever the case of either word.
    if (this.someonesGivenName(it.c.prevWord)) return true;
    // The surname as written in the corpus is the person's own; only another ending can be another bearer's.
    return !!a.stem[0] && it.c.lastToken !== fold(a.form).text.trim();
  }

  /**
   * First words of people's full names that are no one's surname ("Olaf", "Олексій"; not "Xi" of "Xi Jinping"), by
   * their first three letters: as written, or as a stem with an ending of two letters at most ("Олексія"), so that
   * "Germany" is not "German" Gref's and "Bolster" not Bola Tinubu's.
   */
  private givenByPrefix: Map<string, { g: string; stemmed: boolean }[]> | null = null;
  private someonesGivenName(word: string): boolean {
    if (!this.givenByPrefix) {
      const firsts = new Map<string, boolean>();
      const surnames = new Set<string>();
      for (const id of this.people.keys()) for (const f of this.forms.of('person', id)) {
        if (f.unspaced) continue;
        if (f.tokens.length === 1) surnames.add(f.tokens[0]);
        // Cut to its stem where it ended in a vowel ("олексі" of "Олексій"), it takes endings; whole, it is written so.
        else if (f.cls === 'name') firsts.set(f.tokens[0], (firsts.get(f.tokens[0]) ?? false) || (f.stem[0] > 0 && !fold(f.form).text.trim().startsWith(`${f.tokens[0]} `)));
      }
      this.givenByPrefix = new Map();
      for (const [g, stemmed] of firsts) {
        if (g.length < 3 || surnames.has(g)) continue;
        const key = g.slice(0, 3);
        (this.givenByPrefix.get(key) ?? this.givenByPrefix.set(key, []).get(key)!).push({ g, stemmed });
      }
    }
    return (this.givenByPrefix.get(word.slice(0, 3)) ?? []).some(({ g, stemmed }) => word === g || (stemmed && word.startsWith(g) && word.length - g.length <= 2));
  }

  private givenNames = new Map<string, Set<string>>();
  private givenName(id: string, word: string): boolean {
    let set = this.givenNames.get(id);
    if (!set) {
      const own = new Set<string>();
      // Every word before the surname: "Recep Tayyip Erdoğan" is Erdoğan after "Tayyip" too.
      for (const a of this.forms.of('person', id)) a.tokens.slice(0, -1).forEach((t, i) => { if (i === 0 || t.length >= 3) own.add(t); });
      this.givenNames.set(id, (set = own));
    }
    for (const g of set) if (word.startsWith(g)) return true;
    return false;
  }

  /**
   * A short form ("Xi", "Wang", "Truss") counts only as the name of a person the page names in full; one that
   * namesakes share ("Johnson") names the one of them the page names in full, and nobody if it names several.
   */
  private shortHolder(it: Item, anchors: Set<string>, titleCase: boolean): string | null {
    const named = (it.alts ?? [it.id]).filter((id) => anchors.has(id));
    return named.length === 1 && this.shortHolds(it, named[0], titleCase) ? named[0] : null;
  }

  private shortHolds(it: Item, id: string, titleCase: boolean): boolean {
    const c = it.c;
    const p = this.people.get(id);
    if (p?.notBefore.includes(c.nextWord)) return false;
    // "Xi'an", "O'Neill": an apostrophe joining letters other than a possessive s or a Turkish case ending.
    if (c.gapAfter === "'" && c.nextWord !== 's' && !CASE_ENDING.test(c.nextWord)) return false;
    // "Wang Qiang", "Qin Shi Huang", "Han Chinese": followed by another capitalised name word.
    if (!titleCase && c.nextCapitalised && /^\s+$/.test(c.gapAfter)) return false;
    return true;
  }
}

/**
 * The case endings Turkish and Azerbaijani write after a name's apostrophe ("Zaharova'nın", "Kliçko'ya",
 * "Sisi'den"), folded (ı and ü as i and u).
 */
const CASE_ENDING = /^(?:n?[iu]n|y?[ae]|n[ae]|n?[dt][ae]n?|[dt][ae]ki|y?l[ae]|[ny]?[iu]|l[ae]r|[dt][iu]r)$/;

/** The people ("p:id") and topics ("t:id") a paragraph names: passages pair on these across languages. */
export function entityKeys(mentions: Pick<Mention, 'kind' | 'id' | 'inner'>[]): Set<string> {
  const keys = new Set<string>();
  for (const m of mentions) {
    keys.add(`${m.kind === 'person' ? 'p' : 't'}:${m.id}`);
    if (m.inner) for (const id of m.inner) keys.add(`t:${id}`);
  }
  return keys;
}

/** The topics a mention names: its own and those of phrases inside it or running on from it. */
export function topicsOf(m: Pick<Mention, 'kind' | 'id' | 'inner'>): string[] {
  return m.kind !== 'topic' ? [] : m.inner ? [m.id, ...m.inner] : [m.id];
}
