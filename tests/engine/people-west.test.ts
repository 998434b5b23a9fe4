import { describe, expect, test } from 'vitest';
import { engine, peopleIn } from '../helpers';

// The people of the United States, Europe, international organisations and the rest of the world outside
// the east: sentences written for these tests, one row per form or trap. Each text is read as a whole page.

/** Each person mention as "id:form", for rows where it matters which words named whom. */
function who(text: string, date?: string): string[] {
  return [...new Set(engine().mentions([text], { date }).flat().filter((m) => m.kind === 'person').map((m) => `${m.id}:${m.form}`))].sort();
}

describe('namesakes who share a surname: the page decides', () => {
  test.each([
    // Johnson: the Speaker, the British prime minister, and a basketball player who is not in the corpus.
    ['Magic Johnson scored 30 points that night.', []],
    ['Johnson said the bill would pass.', []],
    ['Speaker Johnson said the bill would pass.', ['mike-johnson']],
    ['Mike Johnson, the House speaker, met reporters. Johnson said the aid bill would get a vote.', ['mike-johnson']],
    ['Boris Johnson flew to Kyiv. Johnson promised more weapons.', ['boris-johnson']],
    ['Prime Minister Johnson spoke to reporters.', ['boris-johnson']],
    ['Boris Johnson once met Mike Johnson. Johnson said it went well.', ['boris-johnson', 'mike-johnson']],
    ['Борис Джонсон прибыл в Киев. Джонсон пообещал помощь.', ['boris-johnson']],
    // A common given name before a surname is another bearer's, in German whose nouns all have capitals too.
    ['Bürgermeisterin Heike Scholz überbrachte am Freitag die Glückwünsche der Gemeinde. Scholz lobte die Bäckerei.', []],
    ['Oba gola postigao je ruski vezista Artjom Lavrov. Lavrov je junak utakmice.', []],
    ['Hunter Biden appeared in court on Tuesday.', []],
    // A middle name of the person's own is theirs.
    ['Cumhurbaşkanı Recep Tayyip Erdoğan konuştu. Tayyip Erdoğan daha sonra Putin ile görüştü.', ['recep-tayyip-erdogan', 'vladimir-putin']],
    // Dutch writes Putin as "Poetin".
    ['De Russische president Vladimir Poetin sprak met Xi Jinping. Poetin prees de Spelen.', ['vladimir-putin', 'xi-jinping']],
    // Biden: the President and the First Lady.
    ['Jill Biden visited a school in Romania.', ['jill-biden']],
    ['First Lady Jill Biden spoke. Dr. Biden thanked the teachers.', ['jill-biden']],
    ['Biden said nothing.', []],
    ['Joe Biden spoke. Later Biden added a warning.', ['joe-biden']],
    ['President Biden and Jill Biden arrived in Kyiv.', ['jill-biden', 'joe-biden']],
    // Austin: the Secretary of Defense and the Texan city.
    ['The festival in Austin, Texas, drew crowds.', []],
    ['Lloyd Austin landed in Kyiv. Austin met his counterpart.', ['lloyd-austin']],
    ['Secretary Austin said the aid would arrive.', ['lloyd-austin']],
    ['Ллойд Остин прибыл в Киев.', ['lloyd-austin']],
    // Harris, Sullivan, Burns.
    ['Harris County officials met on Monday.', []],
    ['Vice President Harris met Chancellor Scholz.', ['kamala-harris', 'olaf-scholz']],
    ['National Security Advisor Sullivan met Wang Yi.', ['jake-sullivan', 'wang-yi']],
    ['Jake Sullivan called his counterpart. Sullivan said the call was useful.', ['jake-sullivan']],
    ['CIA Director Burns flew to Moscow.', ['william-burns']],
    ['Nicholas Burns met Qin Gang. Burns said the talks were candid.', ['nicholas-burns', 'qin-gang']],
    // Khan, Rasmussen, Singh: common surnames two people in the corpus share.
    ['Khan said the court would act.', []],
    ['Karim Khan, the ICC prosecutor, sought a warrant. Khan said the evidence was strong.', ['karim-khan']],
    ['Imran Khan was in Moscow on 24 February. Khan met Putin.', ['imran-khan', 'vladimir-putin']],
    ['Anders Fogh Rasmussen wrote to Lars Løkke Rasmussen.', ['anders-fogh-rasmussen', 'lars-lokke-rasmussen']],
    ['Daleep Singh briefed reporters. Singh said the sanctions would bite.', ['daleep-singh']],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual([...expected].sort());
  });

  test('a surname two people on the page share names neither of them', () => {
    expect(who('Boris Johnson once met Mike Johnson. Johnson said it went well.')).toEqual(['boris-johnson:Boris Johnson', 'mike-johnson:Mike Johnson']);
    expect(who('President Biden and Jill Biden arrived. Biden said little.')).toEqual(['jill-biden:Jill Biden', 'joe-biden:President Biden']);
    expect(who('Jake Sullivan met John Sullivan. Sullivan said little.')).toEqual(['jake-sullivan:Jake Sullivan', 'john-sullivan:John Sullivan']);
    expect(who('Imran Khan met Karim Khan. Khan said little.')).toEqual(['imran-khan:Imran Khan', 'karim-khan:Karim Khan']);
  });

  test('a bare surname names the namesake the page names in full', () => {
    expect(who('Mike Johnson spoke. Johnson said more.')).toEqual(['mike-johnson:Johnson', 'mike-johnson:Mike Johnson']);
    expect(who('Boris Johnson spoke. Johnson said more.')).toEqual(['boris-johnson:Boris Johnson', 'boris-johnson:Johnson']);
  });
});

describe('surnames that are also ordinary words count only with support', () => {
  test.each([
    ['The power plant was shut down.', []],
    ['Power was restored in Kyiv.', []],
    ['Samantha Power visited Kyiv. Power announced new aid.', ['samantha-power']],
    ['He played his trump card.', []],
    ['An elephant tusk was seized.', []],
    ['Tusk said nothing.', []],
    ['Donald Tusk met Olaf Scholz. Tusk said Europe must act.', ['donald-tusk', 'olaf-scholz']],
    ['Ci sono molti modi diversi.', []],
    ['The park was closed and the moon was full.', []],
    ['Brown and Kirby were names on a list.', []],
    ['John Kirby briefed reporters. Kirby said the talks continued.', ['john-kirby']],
    ['on the brink of war', []],
    ['Ambassador Bridget Brink visited Irpin. Brink said', ['bridget-brink']],
    ['A store in Oslo.', []],
    ['Prime Minister Jonas Gahr Støre met Stoltenberg.', ['jens-stoltenberg', 'jonas-gahr-store']],
    ['Harris Teeter and Austin Powers', []],
    // Surnames that would inflect into ordinary words count only as written, with support.
    ['Two miles down the road, a mile away.', []],
    ['un melone e due meloni', []],
    ['Miller and Millet', []],
    ['a stubborn child; boric acid', []],
    ['куртка и факт, миллион и таяние, драгун и трамплин, мода и рубин', []],
    ['des pompes et un séjourner', []],
    ['Javier Milei won. Milei said the peso would float.', ['javier-milei']],
    ['Giorgia Meloni spoke. Meloni said the coalition held.', ['giorgia-meloni']],
    ['Альбин Курти и Мусса Факи', ['albin-kurti', 'moussa-faki-mahamat']],
    // Forms that mixed Latin letters with Chinese or Japanese once matched 'NATO', 'JD' or 'W' alone.
    ['NATO allies met; JD and W were initials on a list.', []],
    // An honorific before a longer name is not a title form of a namesake's prefix.
    ['Mr. Miller met Ms. Harrison and Mr. Sanders; Mr. Rubin and Mr. Powers agreed.', []],
    ['The deal adds 5 M costs.', []],
    ['General Miller commanded the mission.', []],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual([...expected].sort());
  });
});

// A name split by its capitals ("Mc" and "Faul") inflects as the whole word it is, however short its last piece.
describe('names take their inflections: split by an inner capital, or a short name beside the other', () => {
  test.each([
    ['grupa ekspertów kierowana przez Michaela McFaula', ['michael-mcfaul']],
    ['rozmowa z Michaelem McFaulem', ['michael-mcfaul']],
    ['spotkanie z Brettem McGurkiem', ['brett-mcgurk']],
    ['Brett McGurk met Faulkner and Gurkha veterans.', ['brett-mcgurk']],
    // A short surname after the given name inflects too; alone, or after another word, it does not.
    ['spotkanie prezydenta Andrzeja Dudy z premierem', ['andrzej-duda']],
    ['wizyta Zbigniewa Raua w Kijowie', ['zbigniew-rau']],
    ['Raua i Dudy nie było', []],
    // So does a short given name before its surname; the surname alone, of a name others bear too, still does not.
    ['premiér se v pondělí setkal s prezidentem Joem Bidenem', ['joe-biden']],
    ['rozhovor s Jakem Sullivanem a dopis Olafa Scholze', ['jake-sullivan', 'olaf-scholz']],
    ['jednání s Bidenem bylo dlouhé', []],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual([...expected].sort());
  });
});

describe('Cyrillic and Chinese forms of the most named', () => {
  test.each([
    ['Джо Байден и Энтони Блинкен', ['antony-blinken', 'joe-biden']],
    ['Байдена поддержал Блинкен', ['antony-blinken', 'joe-biden']],
    ['Байдену позвонил Макрон', ['emmanuel-macron', 'joe-biden']],
    ['Джо Байден і Ентоні Блінкен', ['antony-blinken', 'joe-biden']],
    ['拜登与布林肯', ['antony-blinken', 'joe-biden']],
    ['拜登同马克龙通电话', ['emmanuel-macron', 'joe-biden']],
    ['Олаф Шольц и Эммануэль Макрон', ['emmanuel-macron', 'olaf-scholz']],
    ['Шольца и Макрона', ['emmanuel-macron', 'olaf-scholz']],
    ['朔尔茨和马克龙', ['emmanuel-macron', 'olaf-scholz']],
    ['Урсула фон дер Ляйен и Шарль Мишель', ['charles-michel', 'ursula-von-der-leyen']],
    ['Єнс Столтенберг та Антоніу Гутерреш', ['antonio-guterres', 'jens-stoltenberg']],
    ['古特雷斯和斯托尔滕贝格', ['antonio-guterres', 'jens-stoltenberg']],
    ['Дональд Трамп и Камала Харрис', ['donald-trump', 'kamala-harris']],
    ['特朗普和贺锦丽', ['donald-trump', 'kamala-harris']],
    ['Рафаэль Гросси посетил ЗАЭС', ['rafael-grossi']],
    ['Реджеп Тайип Эрдоган и Нарендра Моди', ['narendra-modi', 'recep-tayyip-erdogan']],
    ['Джейк Салливан', ['jake-sullivan']],
    // Ambiguous surnames match in their Russian and Ukrainian cases too, with the page's support.
    ['Борис Джонсон прилетел в Киев. Журналисты спросили Джонсона о помощи.', ['boris-johnson']],
    ['Журналисты спросили Джонсона о помощи.', []],
    ['Ллойд Остін прибув до Києва. Міністр зустрівся з Остіном.', ['lloyd-austin']],
    ['Джейк Салливан провел переговоры. Салливану ответили.', ['jake-sullivan']],
    ['沙利文表示', []],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual([...expected].sort());
  });

  // Chinese and Japanese write a title after the name: "バイデン大統領" is President Biden on its own, where a bare
  // "バイデン" (Jill, Hunter) and "バイデン氏" (Mr or Ms) need the page to name him.
  test.each([
    ['バイデン大統領は21日、岸田首相と会談した。', '2024-09-21', ['fumio-kishida', 'joe-biden']],
    ['マルコス大統領が来日した。', '2024-04-10', ['ferdinand-marcos-jr']],
    ['クリントン国務長官が訪中した。', '2012-01-01', ['hillary-clinton']],
    // Korean writes the title after the name too, with a space.
    ['존슨 총리가 키이우를 방문했다.', '2022-04-09', ['boris-johnson']],
    ['블링컨 장관은 말했다.', '2023-06-18', ['antony-blinken']],
    ['ジョンソン首相はキーウを訪れた。', '2022-04-09', ['boris-johnson']],
    ['ハリス副大統領が演説した。', '2023-02-18', ['kamala-harris']],
    ['バイデン氏は述べた。', '2024-09-21', []],
    ['バイデン大統領が到着した。バイデン氏は述べた。', '2024-09-21', ['joe-biden']],
  ])('%s', (text, date, expected) => {
    expect(peopleIn(text, date)).toEqual([...expected].sort());
  });
});

describe('role descriptions name whoever held the role on the article\'s date', () => {
  test.each([
    ['The British prime minister spoke.', '2022-03-01', ['boris-johnson']],
    ['The British prime minister spoke.', '2022-10-01', ['liz-truss']],
    ['The British prime minister spoke.', '2023-06-01', ['rishi-sunak']],
    ['The British prime minister spoke.', '2024-08-01', ['keir-starmer']],
    ['премьер Великобритании заявил', '2022-04-09', ['boris-johnson']],
    ['The US secretary of state arrived.', '2023-06-18', ['antony-blinken']],
    ['The US secretary of state arrived.', '2025-03-01', ['marco-rubio']],
    ['госсекретарь США заявил', '2022-01-21', ['antony-blinken']],
    ['美国国务卿访华', '2023-06-18', ['antony-blinken']],
    ['The US president spoke.', '2022-02-12', ['joe-biden']],
    ['The US president spoke.', '2019-07-01', ['donald-trump']],
    ['The US president spoke.', '2025-03-01', ['donald-trump']],
    ['The former US president spoke.', '2022-02-12', []],
    // Former, then, future, in other languages and inflected: another holder than the day's.
    ['O primeiro-ministro português chegou a Moscovo.', '2022-04-27', ['antonio-costa']],
    ['O antigo primeiro-ministro português chegou a Moscovo.', '2022-04-27', []],
    ['Były prezydent USA przemawiał.', '2022-02-12', []],
    ['Der frühere Bundeskanzler sprach.', '2022-06-01', []],
    ["L'allora premier britannico parlò.", '2022-04-09', []],
    ['Il premier britannico parlò.', '2022-04-09', ['boris-johnson']],
    ['президент США Джо Байден', '2022-02-12', ['joe-biden']],
    ['The German chancellor spoke.', '2021-06-01', ['angela-merkel']],
    ['The German chancellor spoke.', '2022-06-01', ['olaf-scholz']],
    ['The German chancellor spoke.', '2025-06-01', ['friedrich-merz']],
    ['канцлер Германии заявил', '2022-02-15', ['olaf-scholz']],
    ['The NATO chief spoke.', '2023-07-11', ['jens-stoltenberg']],
    ['The NATO chief spoke.', '2025-06-24', ['mark-rutte']],
    ['the UN chief said', '2022-04-26', ['antonio-guterres']],
    ['The IAEA chief visited the plant.', '2022-09-01', ['rafael-grossi']],
    ['The Japanese prime minister spoke.', '2022-05-23', ['fumio-kishida']],
    ['The Japanese prime minister spoke.', '2025-01-10', ['shigeru-ishiba']],
    ['The Japanese prime minister spoke.', '2021-06-01', ['yoshihide-suga']],
    ['The Austrian chancellor spoke.', '2021-11-01', ['alexander-schallenberg']],
    ['The Austrian chancellor spoke.', '2022-04-11', ['karl-nehammer']],
    ['The Danish foreign minister spoke. Rasmussen said more.', '2023-05-01', ['lars-lokke-rasmussen']],
    ['The White House press secretary said', '2021-12-01', ['jen-psaki']],
    ['The White House press secretary said', '2023-12-01', ['karine-jean-pierre']],
    ['the French president said', '2022-02-07', ['emmanuel-macron']],
    // A possessive role is not its holder: "French President's Diplomatic Advisor" is Emmanuel Bonne, not Macron.
    ['Wang Yi called French President\'s Diplomatic Advisor Emmanuel Bonne.', '2023-03-23', ['emmanuel-bonne', 'wang-yi']],
    ['美国总统国家安全事务助理沙利文表示', '2023-05-11', ['jake-sullivan']],
    ['美国总统拜登同法国总统马克龙通电话', '2022-02-12', ['emmanuel-macron', 'joe-biden']],
    ['The Turkish president said', '2022-03-10', ['recep-tayyip-erdogan']],
    ['the Polish president said', '2022-02-22', ['andrzej-duda']],
  ])('%s (%s)', (text, date, expected) => {
    expect(peopleIn(text, date)).toEqual([...expected].sort());
  });
});
