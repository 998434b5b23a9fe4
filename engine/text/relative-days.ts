import { dayNumber, isoOf } from './dates';
import { escapeRegExp } from './regex';

// The day a text speaks of, in words relative to the day it was written: "today", "yesterday", "on
// Thursday", "вчера", "у четвер", "周五". News and readouts rarely write the date of the event itself.

export interface DayHint {
  /** Day number (days since 1970-01-01). */
  day: number;
  /** The words that said it, as folded, and where they start in the text. */
  words: string;
  at: number;
  /** A weekday read by a word beside it ("next", "will", "last", "la semaine prochaine"), not by the rule alone. */
  sure?: boolean;
}

// Matched on folded text (lower case, no accents). Words that mean something else in another language
// ("hier" is "here" in German, "morgen" also "morning") are listed only for the language that owns them.
const OFFSETS: [number, string[], string?][] = [
  [0, ['today', 'σημερα', 'tonight', 'this morning', 'this afternoon', 'this evening', 'сегодня', 'сьогодні', 'heute', "aujourd'hui", 'aujourd hui', 'hoy', 'oggi', 'dzisiaj', 'dzis', 'hoje', 'astazi', 'dnes', 'vandaag', 'tanaan', 'bugun', 'idag', 'i dag']],
  // "накануне" and "напередодні" alone are the day before the writing ("Накануне Путин провёл…").
  [-1, ['yesterday', 'χθεσ', 'χτεσ', 'вчера', 'вчора', 'учора', 'накануне', 'напередодні', 'gestern', 'ayer', 'ieri', 'wczoraj', 'ontem', 'vcera', 'juce', 'jucer', 'јуче', 'امس', 'دیروز', 'אתמול', 'tegnap', 'gisteren', 'eilen', 'igar', 'i gar']],
  [-1, ['dun'], 'tr'],
  [-1, ['hier'], 'fr'],
  [-2, ['day before yesterday', 'позавчера', 'позавчора', 'позаучора', 'vorgestern', 'avant-hier', 'anteayer', "l'altro ieri"]],
  [1, ['tomorrow', 'завтра', 'domani', 'jutro', 'amanha', 'αυριο']],
  [1, ['demain'], 'fr'],
  [1, ['morgen'], 'de'],
  [1, ['manana'], 'es'],
];
const UNSPACED_OFFSETS: [number, string[]][] = [
  [0, ['今天', '今日']],
  [-1, ['昨天', '昨日']],
  [-2, ['前天']],
  [1, ['明天', '明日']],
];

// Weekday names, Monday first; forms of the cases news uses ("в среду", "у п'ятницю", "am Donnerstag").
const WEEKDAYS: string[][] = [
  // Also Portuguese (with "-feira": "segunda" alone is "second"), Romanian (not "luni", also "months"), Czech,
  // Hungarian (with "-n", on the day), Dutch, Finnish (with "-na"), Swedish, Danish and Norwegian, Turkish (not
  // "pazar", also "market"). Greek names four days by ordinals ("τρίτη", third): only its last three are here.
  ['monday', 'понедельник', 'понеділок', 'montag', 'lundi', 'lunes', 'lunedi', 'poniedzialek', 'segunda-feira', 'pondeli', 'hetfo', 'hetfon', 'maandag', 'maanantai', 'maanantaina', 'mandag', 'pazartesi'],
  ['tuesday', 'вторник', 'вівторок', 'dienstag', 'mardi', 'martes', 'martedi', 'wtorek', 'terca-feira', 'marti', 'utery', 'kedd', 'kedden', 'dinsdag', 'tiistai', 'tiistaina', 'tisdag', 'tirsdag'],
  ['wednesday', 'среду', 'среда', 'середу', 'середа', 'mittwoch', 'mercredi', 'miercoles', 'mercoledi', 'srode', 'sroda', 'quarta-feira', 'miercuri', 'stredu', 'streda', 'szerda', 'szerdan', 'woensdag', 'keskiviikko', 'keskiviikkona', 'onsdag', 'carsamba'],
  ['thursday', 'четверг', 'четвер', 'donnerstag', 'jeudi', 'jueves', 'giovedi', 'czwartek', 'quinta-feira', 'joi', 'ctvrtek', 'csutortok', 'csutortokon', 'donderdag', 'torstai', 'torstaina', 'torsdag', 'persembe'],
  ['friday', 'παρασκευη', 'пятницу', 'пятница', "п'ятницю", "п'ятниця", 'пятницю', 'freitag', 'vendredi', 'viernes', 'venerdi', 'piatek', 'sexta-feira', 'vineri', 'patek', 'pentek', 'penteken', 'vrijdag', 'perjantai', 'perjantaina', 'fredag', 'cuma'],
  ['saturday', 'σαββατο', 'субботу', 'суббота', 'суботу', 'субота', 'samstag', 'samedi', 'sabado', 'sabato', 'sobote', 'sobota', 'sambata', 'sobotu', 'szombat', 'szombaton', 'zaterdag', 'lauantai', 'lauantaina', 'lordag', 'cumartesi'],
  ['sunday', 'κυριακη', 'воскресенье', 'неділю', 'неділя', 'sonntag', 'dimanche', 'domingo', 'domenica', 'niedziele', 'niedziela', 'duminica', 'nedeli', 'nedele', 'vasarnap', 'zondag', 'sunnuntai', 'sunnuntaina', 'sondag'],
];
/**
 * German and Dutch write a weekday's part of the day into one word ("am Dienstagnachmittag", "dinsdagavond"), as
 * folded.
 */
const DAY_PARTS: [days: string[], parts: string[]][] = [
  [['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'], ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht']],
  [['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'], ['ochtend', 'middag', 'avond', 'nacht']],
];
for (const [days, parts] of DAY_PARTS) days.forEach((day, i) => WEEKDAYS[i].push(...parts.map((part) => day + part)));
/** More forms of each weekday, Monday first; a form listed already is skipped. */
function addWeekdays(forms: string[][]): void {
  forms.forEach((list, i) => WEEKDAYS[i].push(...list.filter((f) => !WEEKDAYS[i].includes(f))));
}
// Czech writes the day of an event as an adjective ("na úterní tiskové konferenci", "pondělního jednání"), as folded.
addWeekdays(['pondelni', 'uterni', 'stredecni', 'ctvrtecni', 'patecni', 'sobotni', 'nedelni'].map((day) => ['', 'ho', 'm', 'mu', 'ch'].map((end) => day + end)));
// Serbian and Croatian, in Latin and Cyrillic letters, with the accusative of "on Sunday" ("u nedelju").
addWeekdays([['ponedeljak', 'ponedjeljak', 'понедељак'], ['utorak', 'уторак'], ['sreda', 'sredu', 'srijeda', 'srijedu', 'среда', 'среду'], ['cetvrtak', 'четвртак'], ['petak', 'петак'], ['subota', 'subotu', 'субота', 'суботу'], ['nedelja', 'nedelju', 'nedjelja', 'nedjelju', 'недеља', 'недељу']]);
// Arabic, with its article ("الأربعاء", as folded); Persian (its zero-width joiner folded away: "سه‌شنبه"); Hebrew
// with "on the day" ("ביום שני": "שני" alone is also "second").
addWeekdays([['الاثنين', 'دوشنبه', 'ביום שני'], ['الثلاثاء', 'سهشنبه', 'ביום שלישי'], ['الاربعاء', 'چهارشنبه', 'ביום רביעי'], ['الخميس', 'پنجشنبه', 'ביום חמישי'], ['الجمعة', 'جمعه', 'ביום שישי'], ['السبت', 'شنبه', 'בשבת'], ['الاحد', 'یکشنبه', 'ביום ראשון']]);
// Hindi; Indonesian and Malay ("Minggu", Sunday, is also "week": not here).
addWeekdays([['सोमवार', 'senin'], ['मंगलवार', 'selasa'], ['बुधवार', 'rabu'], ['गुरुवार', 'बृहस्पतिवार', 'kamis'], ['शुक्रवार', 'jumat', "jum'at"], ['शनिवार', 'sabtu'], ['रविवार']]);
// Swedish, Danish and Norwegian write the day of an event with its article ("på söndagen", "om mandagen"), as folded.
addWeekdays([['mandagen'], ['tisdagen', 'tirsdagen'], ['onsdagen'], ['torsdagen'], ['fredagen'], ['lordagen'], ['sondagen']]);
const UNSPACED_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
/** Russian and Ukrainian verbs whose form says the event is to come ("проведёт", "відбудеться"), as folded. */
export const FUTURE_VERBS = ['проведут', 'проведет', 'проведуть', 'проведе', 'состоится', 'встретятся', 'поговорят', 'созвонятся', 'посетит', 'прибудет', 'відбудеться', 'зустрінуться', 'поговорять', 'відвідає', 'прибуде'];
// Words that put a weekday after the day of writing: before it ("next", "will … on Wednesday"), or after it in the
// same clause ("в понедельник проведёт", "am Montag … geplant").
const FUTURE_WORDS = ['next|coming|will|θα|wird|werden|nachsten|kommenden|prochain|proximo|prossimo|следующ\\p{L}*|наступн\\p{L}*|geplant|erwartet|attendu|prevista|previsto', ...FUTURE_VERBS].join('|');
const FUTURE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${FUTURE_WORDS})(?![\\p{L}])[^.;!?]{0,60}$`, 'u');
const FUTURE_AFTER = new RegExp(`^[^.;!?]{0,50}?(?<![\\p{L}])(?:${FUTURE_WORDS})(?![\\p{L}])`, 'u');
/**
 * A weekday right after a verb of saying is the day it was said ("said on Monday that he will travel", "заявил в
 * понедельник, что проведёт"): what follows is what was said, and its future is not the weekday's. The words after a
 * weekday are read up to a "that" for the same reason.
 */
const SAID_BEFORE = /(?<![\p{L}])(?:said|says|told(?: \p{L}+)?|announced|stated|added|wrote|tweeted|заявил\p{L}*|сообщил\p{L}*|сказал\p{L}*|заявив\p{L}*|повідомив\p{L}*|сказав\p{L}*|sagte|erklarte|teilte \p{L}+ mit|a declare|a dit|a annonce|ha detto|ha dichiarato|dijo|declaro|powiedzial)\s+(?:on |am |в |во |у |le |el |il |w )?$/u;
const THAT = /(?<![\p{L}])(?:that|dass|que|qu|что|чтобы|що|che|ze)(?![\p{L}])/u;
/** Words beside a weekday that put it before the day of writing, however far ("last Friday", "samedi dernier", "в прошлую пятницу", "上周五"). */
const PAST_BEFORE = /(?<![\p{L}])(?:last|past|previous|vergangenen|letzten|прошл\p{L}*|минул\p{L}*|ostatni\p{L}*)\s+$/u;
const PAST_AFTER = /^\s+(?:dernier|passe|scorso|pasado|passato)(?![\p{L}])/u;
/** A week named earlier in the same paragraph: its bare weekdays are that week's ("next week … on Monday … on Tuesday"). */
const WEEK = /(?<![\p{L}])(?:(next|coming) week|(week ahead)|(?:in der )?(kommenden|nachsten) woche|la (?:semaine|semana|settimana) (prochaine|que viene|prossima)|la (prochaine|proxima|prossima) (?:semaine|semana|settimana)|(?:на )?(следующеи|наступн\p{L}*) (?:неделе|недели|тижня|тижні)|w (przyszlym) tygodniu|(last|past) week|(?:in der )?(vergangenen|letzten) woche|la (?:semaine|semana|settimana) (derniere|pasada|scorsa)|(?:на )?(прошлои|минулого|минулому) (?:неделе|тижні|тижня)|w (zeszlym|ubieglym) tygodniu)(?![\p{L}])|(来週|下周|下週)|(先週|上周|上週)/gu;
const WEEK_AHEAD = new Set(['next', 'coming', 'week ahead', 'kommenden', 'nachsten', 'prochaine', 'que viene', 'prossima', 'proxima', 'следующеи', 'przyszlym', '来週', '下周', '下週']);

/** Whether the week named last before `at` is the coming one (true), the last one (false), or none is named (null). */
function weekBefore(folded: string, at: number): boolean | null {
  let ahead: boolean | null = null;
  for (const m of folded.matchAll(WEEK)) {
    if (m.index! >= at) break;
    const word = m.slice(1).find((g) => g !== undefined)!;
    ahead = WEEK_AHEAD.has(word) || word.startsWith('наступн');
  }
  return ahead;
}
/**
 * In news, a bare weekday five or six days back is the coming one: a report that far after its event writes "last
 * Tuesday" or the date, while a preview two days ahead writes "on Tuesday" ("Am Dienstag trifft er Putin"). A
 * readout, written after its event, means the last one.
 */
const NEAR_PAST_DAYS = 4;

const BOUND = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

function wordRe(words: string[]): RegExp {
  return new RegExp(`${BOUND}(${words.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})${END}`, 'gu');
}

const OFFSET_RES = OFFSETS.map(([off, words, lang]) => ({ off, lang, re: wordRe(words) }));
const WEEKDAY_RE = wordRe(WEEKDAYS.flat());
const WEEKDAY_OF = new Map(WEEKDAYS.flatMap((forms, i) => forms.map((f) => [f, i] as const)));
const UNSPACED_WEEKDAY_RE = /(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])/g;
/** Japanese "金曜日" and Korean "금요일", Monday first; a particle follows unspaced ("금요일에"). */
const JA_KO_WEEKDAY_RE = /([月火水木金土日])曜|([월화수목금토일])요일/gu;
const JA_WEEKDAYS = '月火水木金土日';
const KO_WEEKDAYS = '월화수목금토일';
/**
 * Chinese, Japanese and Korean news tell the day by its number alone ("岸田首相は23日", "习近平15日同…通电话", "21일
 * 정상회담"): a day of the month of writing, or of the month before or after, whichever is nearest. Not after a month
 * ("5月21日" is a date), nor a span of days ("3日間", "5日以内", "3일간", "15日前").
 */
const DAY_OF_MONTH_RE = /(?<![\d月월]\s?|\d)(\d{1,2})\s?(?:日(?![間间内後后前ぶ連连])|일(?!간|째|\s?동안))/gu;

function nearestDayOfMonth(n: number, written: number): number | null {
  const [y, mo] = isoOf(written).split('-').map(Number);
  let best: number | null = null;
  for (const m of [mo - 1, mo, mo + 1]) {
    const day = dayNumber(y, m, n);
    // The 31st of a month of 30 days is no day of it.
    if (+isoOf(day).slice(8) !== n) continue;
    if (best === null || Math.abs(day - written) < Math.abs(best - written)) best = day;
  }
  return best;
}

// A weekday in the name of a day of the year or of an agreement ("the Good Friday Agreement", "Black Friday", "Super
// Tuesday", "Viernes Santo", "Страстная пятница") is no day of the week the news happened on.
const NAMED_BEFORE = /(?<![\p{L}])(?:good|black|holy|maundy|ash|super|cyber|bloody|palm|easter|whit|страст?н\p{L}*|чист\p{L}*|вербн\p{L}*|прощен\p{L}*|велик\p{L}*)\s+$/u;
const NAMED_AFTER = /^\s+(?:sant[oa]\p{L}*|saint|sainte)(?![\p{L}])/u;
const namedDay = (folded: string, at: number, length: number) => NAMED_BEFORE.test(folded.slice(Math.max(0, at - 20), at)) || NAMED_AFTER.test(folded.slice(at + length, at + length + 12));

/** Monday = 0. */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Days a (folded) text points to relative to the day it was written, in the order they appear. A weekday
 * is the last such day on or before the day of writing (news reports what happened), or the next one
 * with "next", "will", "следующий"… beside it, or in news (`news`) when the last one is five or six days back.
 */
export function relativeDays(folded: string, written: number, language?: string, news = false): DayHint[] {
  const out: { at: number; hint: Omit<DayHint, 'at'> }[] = [];
  for (const { off, lang, re } of OFFSET_RES) {
    if (lang && lang !== language) continue;
    for (const m of folded.matchAll(re)) out.push({ at: m.index!, hint: { day: written + off, words: m[0] } });
  }
  for (const [off, words] of UNSPACED_OFFSETS) for (const w of words) {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) out.push({ at: i, hint: { day: written + off, words: w } });
  }
  for (const m of folded.matchAll(DAY_OF_MONTH_RE)) {
    const day = nearestDayOfMonth(+m[1], written);
    if (day !== null) out.push({ at: m.index!, hint: { day, words: m[0], sure: true } });
  }
  const weekdays: { at: number; wd: number; hint: Omit<DayHint, 'at'> }[] = [];
  const byWeekday = (at: number, wd: number, words: string, prefix = '') => {
    const back = (weekdayOf(written) - wd + 7) % 7;
    const before = folded.slice(Math.max(0, at - 60), at);
    const rest = folded.slice(at + words.length, at + words.length + 60);
    const said = SAID_BEFORE.test(before);
    const that = rest.search(THAT);
    const after = that < 0 ? rest : rest.slice(0, that);
    // A word beside the weekday first; failing one, the week its paragraph named; failing that, how far back it is.
    const pastBeside = said || prefix === '上' || PAST_BEFORE.test(before) || PAST_AFTER.test(rest);
    const futureBeside = !pastBeside && (prefix === '下' || FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(after));
    const week = pastBeside || futureBeside ? null : weekBefore(folded, at);
    const sure = pastBeside || futureBeside || week !== null;
    const future = futureBeside || week === true || (!sure && news && back > NEAR_PAST_DAYS);
    weekdays.push({ at, wd, hint: { day: future ? written + ((7 - back) % 7) : written - back, words, ...(sure ? { sure: true } : {}) } });
  };
  for (const m of folded.matchAll(WEEKDAY_RE)) if (!namedDay(folded, m.index!, m[0].length)) byWeekday(m.index!, WEEKDAY_OF.get(m[1])!, m[0]);
  for (const m of folded.matchAll(JA_KO_WEEKDAY_RE)) byWeekday(m.index!, m[1] ? JA_WEEKDAYS.indexOf(m[1]) : KO_WEEKDAYS.indexOf(m[2]), m[0]);
  for (const m of folded.matchAll(UNSPACED_WEEKDAY_RE)) byWeekday(m.index!, m[1] === '天' ? 6 : UNSPACED_WEEKDAYS.indexOf(m[1]), m[0], folded[m.index! - 1]);
  // An itinerary runs forward: a later weekday of a sentence whose earlier one is still to come is that week's too
  // ("am Montag trifft er in Kiew Selenskyj, am Dienstag folgt Putin").
  weekdays.sort((a, b) => a.at - b.at).forEach((w, i) => {
    const prev = weekdays[i - 1];
    if (prev && !w.hint.sure && prev.hint.day > written && w.wd > prev.wd && !/[.!?;。]/.test(folded.slice(prev.at, w.at))) w.hint = { ...w.hint, day: prev.hint.day + w.wd - prev.wd };
    out.push({ at: w.at, hint: w.hint });
  });
  return out.sort((a, b) => a.at - b.at).map((x) => ({ ...x.hint, at: x.at }));
}

