import { describe, expect, test } from 'vitest';
import { engine } from '../helpers';
import { articleDays, leadBlocks } from '../../engine/rank/article-days';
import { countryZone, datelineZone, daySlack, languageZone, scriptZone } from '../../engine/rank/dateline';
import { relativeDays } from '../../engine/text/relative-days';
import { foldString } from '../../engine';
import { parseIsoSpan } from '../../engine';

const day = (iso: string) => parseIsoSpan(iso)!.from;
/** The days of a page (title first) written on `written`. */
const daysOf = (blocks: string[], written: string, language?: string) => articleDays(blocks.map((b) => engine().scan(b)), parseIsoSpan(written), language);

describe('the days an article\'s lead tells', () => {
  test('a weekday written beside a date is that date, and so is the same weekday bare elsewhere in the lead', () => {
    // "прибуде" (will arrive) makes "у четвер" the coming Thursday; the date beside it says so too.
    const d = daysOf(['Ердоган у четвер прибуде до Києва', 'Президент Туреччини у четвер, 3 лютого, прибуде до Києва з офіційним візитом і проведе переговори.'], '2022-02-02', 'uk');
    expect(d.told).toEqual([day('2022-02-03'), day('2022-02-03')]);
    expect(d.ahead).toBe(true);
    const after = daysOf(['', 'Sunday, April 24, is the day of the second round, the commission said in a long statement.'], '2022-04-22');
    expect(after.told).toEqual([day('2022-04-24')]);
  });

  test('a dateline is the article\'s own date: told only by the days its news happened on', () => {
    const d = daysOf(['', 'MOSCOW, April 11 - The Austrian chancellor met the Russian president near Moscow on Monday and spoke of tough talks.'], '2022-04-11');
    expect(d.lead).toEqual([day('2022-04-11'), day('2022-04-11')]);
    expect(d.told).toEqual([day('2022-04-11')]);
    expect(d.dateline).toBe(true);
    expect(d.ahead).toBe(false);
    const only = daysOf(['', 'Washington, February 17. The president has no plans to call his Russian counterpart, he told reporters.'], '2022-02-17');
    expect(only.lead).toEqual([day('2022-02-17')]);
    expect(only.told).toEqual([]);
  });

  test('the news is told in the first block that tells a day; the blocks after give its background', () => {
    const d = daysOf(['Ministers meet in Berlin', 'The new defence minister received his American counterpart in Berlin on Thursday, hours after taking office.', 'His predecessor had resigned on Monday after months of criticism over the pace of deliveries.'], '2023-01-20');
    expect(d.first).toEqual([day('2023-01-19')]);
    expect(d.told).toEqual([day('2023-01-19'), day('2023-01-16')]);
    const background = daysOf(['Leaders speak', 'The two leaders discussed the talks by phone and agreed to keep in touch.', 'Their advisers had met in Paris on January 26 for the first time since 2019.'], '2022-01-29');
    expect(background.first).toEqual([]);
    expect(background.told).toEqual([day('2022-01-26')]);
  });

  test('a Chinese lead sentence of two dozen characters is a lead (each counts as two letters)', () => {
    const d = daysOf(['利马会晤', '习近平与拜登11月16日在秘鲁首都利马会晤。'], '2024-11-15', 'zh');
    expect(d.told).toEqual([day('2024-11-16')]);
    expect(d.ahead).toBe(true);
  });

  test('a headline\'s infinitive looks ahead; the same words in a sentence do not', () => {
    expect(daysOf(['Biden to speak with Xi on Tuesday', 'The call was arranged last week, officials said.'], '2023-11-12').preview).toBe(true);
    expect(daysOf(['Sullivan and Ushakov speak again', 'The adviser spoke by phone on Monday and said Washington was prepared to talk on several tracks.'], '2021-12-21').preview).toBe(false);
  });

  test('a headline printed again above the story takes no place in its lead', () => {
    const title = 'Chinese and Ukrainian ministers speak ahead of a leaders\' call';
    const d = daysOf([title, `${title} 1 min read . Updated: 16 Mar 2023`, 'A summary line the page adds under its headline, in a list.', 'The two foreign ministers spoke by phone on Thursday about the war.'], '2023-03-16');
    expect(d.first).toEqual([]);
    expect(d.told).toEqual([day('2023-03-16')]);
  });

  test('words of the future in the lead\'s later paragraph, on another day than the news\'s, tell what comes next', () => {
    const next = daysOf(['Leaders meet at the White House', 'The two presidents met in the Oval Office on Thursday and discussed a plan to end the war.', 'The president will host a meeting of the allies in Germany on Oct. 12 to review it, officials said.'], '2024-09-26');
    expect(next.first).toEqual([day('2024-09-26')]);
    expect(next.preview).toBe(false);
    // On the news's own day, they tell the news itself, still to come.
    const same = daysOf(['Leaders to talk', 'A photo of the two leaders at an earlier summit in Bali, with their interpreters behind them.', 'The White House said the president will hold talks with his Chinese counterpart on the 18th at 9 a.m.'], '2022-03-18');
    expect(same.preview).toBe(true);
  });

  test('a lead that tells days before and after its date does not only look ahead', () => {
    const d = daysOf(['', 'The leaders spoke by phone on Tuesday and agreed to meet in Brussels on March 24, officials said after the call.'], '2022-03-16');
    expect(d.told).toEqual([day('2022-03-24'), day('2022-03-15')]);
    expect(d.ahead).toBe(false);
  });
});

describe('a weekday in news', () => {
  test('bare, five or six days back it is the coming one; nearer, the last', () => {
    expect(daysOf(['', 'Am Dienstag trifft er im Kreml den russischen Präsidenten Wladimir Putin.'], '2022-02-13', 'de').told).toEqual([day('2022-02-15')]);
    expect(daysOf(['', 'The two presidents spoke by phone on Monday about the talks in Geneva.'], '2022-02-16').told).toEqual([day('2022-02-14')]);
  });

  test('a word beside it decides, before or after it, however far back the last one is', () => {
    expect(daysOf(['', 'Last Tuesday the foreign ministers met in Geneva and agreed to talk again.'], '2022-02-13').told).toEqual([day('2022-02-08')]);
    expect(daysOf(['', 'Le président avait appelé son homologue russe samedi dernier, sans résultat.'], '2022-02-10', 'fr').told).toEqual([day('2022-02-05')]);
    expect(daysOf(['', 'В понедельник президент проведёт переговоры с канцлером в Кремле.'], '2022-02-09', 'ru').told).toEqual([day('2022-02-14')]);
    expect(daysOf(['', '两国元首上周五通电话，双方同意下周一举行会谈。'], '2024-11-14', 'zh').told).toEqual([day('2024-11-08'), day('2024-11-18')]);
  });

  test('Chinese, Japanese and Korean tell the day by its number: the nearest such day of the month of writing or beside it', () => {
    expect(daysOf(['', '岸田文雄首相は23日、ロシアに対する制裁を科すと表明した。'], '2022-02-23', 'ja').told).toEqual([day('2022-02-23')]);
    const preview = daysOf(['バイデン大統領、22日来日へ', 'バイデン大統領は22日に来日し、23日に岸田首相と首脳会談を行う予定だ。'], '2022-05-20', 'ja');
    expect(preview.told).toEqual([day('2022-05-22'), day('2022-05-22'), day('2022-05-23')]);
    expect(preview.preview).toBe(true);
    expect(preview.ahead).toBe(true);
    expect(daysOf(['', '习近平30日同俄罗斯总统普京举行视频会晤。'], '2023-01-02', 'zh').told).toEqual([day('2022-12-30')]);
    expect(daysOf(['', '윤석열 대통령은 21일 바이든 대통령과 정상회담을 했다.'], '2022-05-22', 'ko').told).toEqual([day('2022-05-21')]);
    // A date with its month is a date, and a span of days is no day.
    expect(daysOf(['', '两国元首5月21日在首尔会晤，此前双方进行了3日间的磋商，15日前已商定议程。'], '2022-05-22', 'zh').told).toEqual([day('2022-05-21')]);
  });

  test('an itinerary runs forward: a later weekday of a sentence whose earlier one is to come is that week\'s', () => {
    expect(daysOf(['', 'Am Montag trifft er in Kiew Selenskyj, am Dienstag folgt im Kreml ein Gespräch mit Putin.'], '2022-02-12', 'de').told).toEqual([day('2022-02-14'), day('2022-02-15')]);
    expect(daysOf(['', 'He met the chancellor on Thursday and the president on Friday, officials said.'], '2022-02-12').told).toEqual([day('2022-02-10'), day('2022-02-11')]);
  });

  test('after a verb of saying it is the day of saying, whatever future the words said hold', () => {
    expect(daysOf(['', 'President Joe Biden said on Monday that he will travel to Poland next month.'], '2022-02-16').told).toEqual([day('2022-02-14')]);
    expect(daysOf(['', 'Путин заявил в понедельник, что проведёт переговоры с канцлером.'], '2022-02-16', 'ru').told).toEqual([day('2022-02-14')]);
    expect(daysOf(['', 'On Monday, President Biden will welcome the Chancellor to the White House.'], '2022-02-16').told).toEqual([day('2022-02-21')]);
  });

  test('a week named earlier in the paragraph gives its bare weekdays, and the headline\'s same weekday is that day', () => {
    const d = daysOf(['Scholz reist am Montag nach Kiew', 'Der Kanzler bricht in der kommenden Woche auf: am Montag ist er in Kiew, am Dienstag beim Präsidenten in Moskau.'], '2022-02-11', 'de');
    expect(d.told).toEqual([day('2022-02-14'), day('2022-02-14'), day('2022-02-15')]);
    expect(d.comingDays).toEqual([day('2022-02-14'), day('2022-02-14'), day('2022-02-15')]);
    expect(d.first).toEqual([day('2022-02-14')]);
  });
});

describe('a dateline', () => {
  test('gives its city\'s clock, in any of the forms agencies write, and nothing else does', () => {
    expect(datelineZone('WASHINGTON — President Joe Biden spoke with the chancellor.')).toBe(-5);
    expect(datelineZone('KYIV, Feb 20 (Reuters) - Ukraine\'s president spoke again.')).toBe(2);
    expect(datelineZone('МОСКВА, 31 декабря — Владимир Путин провёл разговор.')).toBe(3);
    expect(datelineZone('BEIJING (AP) — China said on Thursday.')).toBe(8);
    expect(datelineZone('HELSINKI, May 12 — Finland said.')).toBe(2);
    expect(datelineZone('WASHINGTON.— El presidente López Obrador se reunió este martes con Joe Biden.')).toBe(-5);
    expect(datelineZone('CIUDAD DE MÉXICO. — El presidente habló con Biden.')).toBe(-6);
    expect(datelineZone('MOSKAU. Nach rund drei Stunden im Kreml traten Scholz und Putin vor die Presse.')).toBe(3);
    expect(datelineZone('NATO. The alliance met.')).toBeNull();
    expect(datelineZone('Washington has said it will send more aid.')).toBeNull();
    expect(datelineZone('NATO - the alliance met in Brussels.')).toBeNull();
    expect(datelineZone('GOTHAM CITY, May 12 — nobody knows this clock.')).toBeNull();
  });

  test('without a dateline, a lead in Korean, Japanese or Chinese is read on Seoul\'s, Tokyo\'s or Beijing\'s clock; any other script on none', () => {
    expect(scriptZone('조 바이든 미국 대통령이 20일 한국을 찾았다. 尹 대통령')).toBe(9);
    expect(scriptZone('岸田首相は23日、ゼレンスキー大統領と電話で会談した。')).toBe(9);
    expect(scriptZone('习近平15日同俄罗斯总统普京通电话。')).toBe(8);
    expect(scriptZone('Le président Macron a parlé à Vladimir Poutine mardi.')).toBeNull();
    expect(scriptZone('Володимир Зеленський провів розмову з Джо Байденом.')).toBeNull();
    // A stray character in a Latin text is not its script.
    expect(scriptZone('Xi Jinping (习) met Joe Biden on Tuesday.')).toBeNull();
  });

  test('a language read in one region gives its clock; one read under several their span; one under too many none', () => {
    expect(languageZone('de')).toBe(1);
    expect(languageZone('uk')).toBe(2);
    expect(languageZone('tr')).toBe(3);
    expect(languageZone('ar')).toEqual([0, 4]);
    for (const many of ['en', 'ru', undefined]) expect(languageZone(many)).toBeNull();
    // Arabic news is written within four hours of Moscow: a Kremlin day told in Arabic is the Kremlin's own.
    expect(daySlack(languageZone('ar'), countryZone('RU'))).toEqual({ before: 0, after: 0 });
    // Spanish is written from Mexico City to Madrid, all of it within six hours of Washington, and far west of Moscow.
    expect(daySlack(languageZone('es'), countryZone('US'))).toEqual({ before: 0, after: 0 });
    expect(daySlack(languageZone('es'), countryZone('RU'))).toEqual({ before: 1, after: 0 });
  });

  test('weekdays and "the day before" in more languages: Portuguese, Romanian, Hungarian, Czech, Dutch, Finnish, Swedish, Turkish, Russian, Greek', () => {
    const written = parseIsoSpan('2022-06-16')!.from; // a Thursday
    const days = (text: string, language?: string) => relativeDays(foldString(text), written, language).map((h) => new Date(h.day * 86_400_000).toISOString().slice(0, 10));
    expect(days('O presidente abriu nesta terça-feira o debate')).toEqual(['2022-06-14']);
    expect(days('Președintele s-a întâlnit miercuri dimineață cu Macron')).toEqual(['2022-06-15']);
    expect(days('Orbán Viktor csütörtökön fogadta a brazil elnököt')).toEqual(['2022-06-16']);
    expect(days('Premiér ve středu jednal s prezidentem')).toEqual(['2022-06-15']);
    expect(days('De premier sprak dinsdag met de president')).toEqual(['2022-06-14']);
    expect(days('Presidentti soitti keskiviikkona Putinille')).toEqual(['2022-06-15']);
    expect(days('Statsministern talade i går med presidenten')).toEqual(['2022-06-15']);
    expect(days('Cumhurbaşkanı dün Kiev\'de konuştu', 'tr')).toEqual(['2022-06-15']);
    expect(days('Накануне Путин провёл пресс-конференцию')).toEqual(['2022-06-15']);
    expect(days('Scholz und Putin traten am Dienstagnachmittag vor die Presse')).toEqual(['2022-06-14']);
    expect(days('De premier sprak maandagavond met de president')).toEqual(['2022-06-13']);
    // Swedish, Danish and Norwegian with the article ("på söndagen"); Ukrainian's other "yesterday" (у/в alternate).
    expect(days('Presidenten meddelade på söndagen att landet söker medlemskap')).toEqual(['2022-06-12']);
    expect(days('Statsministeren talte om tirsdagen med præsidenten')).toEqual(['2022-06-14']);
    expect(days('Президент учора ввечері провів телефонну розмову')).toEqual(['2022-06-15']);
    // Czech weekdays as adjectives; Serbian and Croatian in both alphabets.
    expect(days('Premiér na úterní tiskové konferenci shrnul výsledky pondělního jednání')).toEqual(['2022-06-14', '2022-06-13']);
    expect(days('Predsednik je izjavio u nedelju uveče')).toEqual(['2022-06-12']);
    expect(days('Председник је јуче разговарао са Путином')).toEqual(['2022-06-15']);
    // Greek: the days it names (its first four are ordinals), "yesterday", and "θα", which makes a weekday the coming one.
    expect(days('Ο πρόεδρος μίλησε χθες με τον Πούτιν')).toEqual(['2022-06-15']);
    expect(days('Ο Πούτιν θα έχει την Παρασκευή τηλεδιάσκεψη με τον Σι')).toEqual(['2022-06-17']);
    expect(days('Οι δύο ηγέτες συναντήθηκαν την Κυριακή')).toEqual(['2022-06-12']);
    // Arabic with its article, Persian, Hebrew.
    expect(days('قال المتحدث اليوم الأربعاء إن اللقاء الذي جرى أمس كان إيجابياً')).toEqual(['2022-06-15', '2022-06-15']);
    expect(days('رئیس جمهور روز سه‌شنبه با پوتین گفتگو کرد')).toEqual(['2022-06-14']);
    expect(days('ראש הממשלה נפגש ביום שני עם הנשיא')).toEqual(['2022-06-13']);
    // Hindi, Indonesian, Japanese and Korean.
    expect(days('प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को पुतिन से बात की')).toEqual(['2022-06-14']);
    expect(days('Presiden bertemu Biden pada hari Rabu di Gedung Putih')).toEqual(['2022-06-15']);
    expect(days('岸田首相は火曜日、バイデン大統領と会談した')).toEqual(['2022-06-14']);
    expect(days('윤 대통령은 월요일에 정상회담을 했다')).toEqual(['2022-06-13']);
    // A weekday in a name is no day: "the Good Friday Agreement", "Black Friday", "Viernes Santo", "Страстная пятница".
    expect(days('Biden and Truss pledge to protect the Good Friday Agreement; Black Friday sales; el Viernes Santo; в Страстную пятницу')).toEqual([]);
    // "luni" is also "months", "segunda" also "second", "pazar" also "market": none is a day.
    expect(days('acum trei luni, a doua oară; segunda vez; pazar yeri')).toEqual([]);
  });

  test('the day after an event, in Russian as folded (й is и) and in more languages: that event is behind the news', () => {
    const behind = (lead: string) => daysOf(['', lead], '2022-04-13').behind.map(([from, to]) => [from, to].map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)));
    expect(behind('Лукашенко на следующий день после поездки на космодром рассказал о переговорах.')).toEqual([['2022-04-11', '2022-04-12']]);
    expect(behind('Statsministern höll en pressträff, dagen efter mötet med Biden.')).toEqual([['2022-04-11', '2022-04-12']]);
    expect(behind('Premiér den po schůzce s Bidenem řekl novinářům…')).toEqual([['2022-04-11', '2022-04-12']]);
    expect(behind('Через пять дней после переговоров министр заявил журналистам…')).toEqual([['2022-04-07', '2022-04-09']]);
    expect(behind('Presiden menegaskan politik bebas aktif, sehari setelah bertemu Presiden Joe Biden di Gedung Putih.')).toEqual([['2022-04-11', '2022-04-12']]);
    // The other way round: what came a day earlier than the news.
    expect(behind('Modi spoke with Putin on Wednesday. A day earlier, he had spoken with Biden about Ukraine.')).toEqual([['2022-04-11', '2022-04-12']]);
    expect(behind('मोदी ने बुधवार को पुतिन से बात की। इससे एक दिन पहले उन्होंने बाइडेन से बात की थी।')).toEqual([['2022-04-11', '2022-04-12']]);
    expect(behind('Моди в среду поговорил с Путиным, а днем ранее — с Байденом.')).toEqual([['2022-04-11', '2022-04-12']]);
  });

  test('a live blog\'s lead is its headline\'s entry, not its latest ones', () => {
    const blog = [
      'Ukraine-Krieg im Liveblog: Scholz telefoniert mit Putin – erstes Gespräch seit Ende März',
      '+++ Dieser Liveblog wird laufend aktualisiert, alle Entwicklungen im Überblick +++',
      '18.12 Uhr – Finnland: Präsident und Regierungschefin wollen am Sonntag die Entscheidung über einen Nato-Antrag bekanntgeben.',
      '16.47 Uhr – G7-Außenminister: Zum Auftakt des Treffens an der Ostsee warnt die Außenministerin vor einer Getreidekrise.',
      '15.40 Uhr – Scholz und Putin telefonieren 75 Minuten\nDer Bundeskanzler hat am Freitag erstmals seit Ende März wieder mit dem Kremlchef telefoniert.',
      'Scholz habe auf einen Waffenstillstand gedrungen, teilte ein Regierungssprecher mit.',
      '14.02 Uhr – Selenskyj spricht vor Studenten.',
    ];
    const scans = blog.map((b) => engine().scan(b));
    expect([...leadBlocks(scans)]).toEqual([0, 4, 5]);
    expect(daysOf(blog, '2022-05-13', 'de').first).toEqual([day('2022-05-13')]);
    // An entry sharing no two words with its headline leaves the lead as on any page.
    const other = [blog[0].replace('Scholz telefoniert mit Putin – erstes Gespräch seit Ende März', 'alle Entwicklungen'), ...blog.slice(1)];
    expect([...leadBlocks(other.map((b) => engine().scan(b)))]).toEqual([0, 1, 2]);
  });

  test('hours after, before or earlier: the clause that follows is read, to the next comma or stop', () => {
    const d = daysOf(['', 'Macron flew to Berlin straight from Kyiv, where hours earlier he had talked with Zelensky. The leaders met on Tuesday.'], '2022-02-08');
    expect(d.hoursAfter).toEqual([' he had talked with zelensky']);
    expect(daysOf(['', 'Macron przyleciał do Berlina prosto z Kijowa, gdzie kilka godzin wcześniej rozmawiał z Zełenskim.'], '2022-02-08').hoursAfter).toEqual([' rozmawial z zelenskim']);
    expect(daysOf(['', 'Quelques heures plus tôt, il avait rencontré Zelensky à Kyiv.'], '2022-02-08').hoursAfter).toEqual([' il avait rencontre zelensky a kyiv']);
    // Office hours, hours of talks: no event after or before.
    expect(daysOf(['', 'After six hours of talks in the Kremlin, the two presidents spoke to the press.'], '2022-02-08').hoursAfter).toEqual([]);
  });

  test('a day told east of the publisher may be a day after its own, west of it a day before, on its clock neither', () => {
    expect(daySlack(2, countryZone('US'))).toEqual({ before: 0, after: 1 });
    expect(daySlack(-5, countryZone('RU'))).toEqual({ before: 1, after: 0 });
    expect(daySlack(-5, countryZone('US'))).toEqual({ before: 0, after: 0 });
    expect(daySlack(1, countryZone('US'))).toEqual({ before: 0, after: 0 });
    expect(daySlack(null, countryZone('US'))).toEqual({ before: 0, after: 1 });
    expect(daySlack(null, countryZone('CN'))).toEqual({ before: 1, after: 0 });
    expect(daySlack(null, countryZone('RU'))).toEqual({ before: 1, after: 1 });
    // A few hours apart, only the small hours change a day: London's Thursday is Kyiv's.
    expect(daySlack(0, countryZone('UA'))).toEqual({ before: 0, after: 0 });
  });
});
