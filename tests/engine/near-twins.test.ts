import { describe, expect, test } from 'vitest';
import { engine } from '../helpers';

const BIDEN_ZELENSKYY_0224 = '2022-02-24-white-house-statement-by-president-joe-biden-on-phone-call-with-president-volodymyr-zelenskyy';
const NEHAMMER_KYIV = '2022-04-09-president-ua-74213-at-a-meeting-in-kyiv-volodymyr-zelenskyy-and';
const ERDOGAN_KYIV = '2022-02-03-president-ua-72709-volodymyr-zelenskyy-historical-visit-of-turkish-president-demonstrates';
const SCHOLZ_0117 = '2023-01-17-white-house-readout-of-president-joe-bidens-call-with-chancellor-olaf-scholz-of-germany';
const MACRON_ZELENSKYY_0129 = '2022-01-28-president-ua-72601-volodymyr-zelenskyy-had-a-phone-conversation-with-emmanuel';
const BLINKEN_KYIV_0119 = '2022-01-19-president-ua-72441-president-of-ukraine-met-with-the-us-secretary';
const PUTIN_ERDOGAN_0306 = '2022-03-06-kremlin-67917-telephone-conversation-with-president-of-turkey-recep-tayyip';
const BIDEN_PUTIN_0212 = '2022-02-12-white-house-readout-of-president-bidens-call-with-president-vladimir-putin-of-russia';
const MACRON_PUTIN_0503 = '2022-05-03-kremlin-68348-telephone-conversation-with-president-of-france-emmanuel-macron';
const BIDEN_XI_BALI = '2022-11-14-white-house-readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the';
const BIDEN_XI_BALI_ANNOUNCED = '2022-11-14-white-house-statement-by-white-house-press-secretary-karine-jean-pierre-on-the-meeting';
const SULLIVAN_YANG_ZURICH = '2021-10-06-white-house-readout-of-national-security-advisor-jake-sullivans-meeting-with-politburo-member-yang';
const SENATE_PASSAGE = '2024-04-23-white-house-statement-from-president-joe-biden-on-senate-passage-of-the-national-security';
const ZELENSKYY_VISIT_ANNOUNCED = '2024-09-26-white-house-statement-from-press-secretary-karine-jean-pierre-on-the-visit-of-president';
const WOODSIDE_ANNOUNCED = '2023-11-15-white-house-statement-from-press-secretary-karine-jean-pierre-on-the-u-s-prc';
const MELONI_ANNOUNCED = '2024-03-01-white-house-statement-from-white-house-press-secretary-karine-jean-pierre-on-the-visit';
const NORDIC_CALL = '2022-05-13-white-house-readout-of-president-bidens-call-with-prime-minister-andersson-of-sweden-and';
const PRICE_HIKE_FACT_SHEET = '2022-05-11-white-house-fact-sheet-president-biden-announces-new-actions-to-address-putins-price-hike';
const KISHIDA_PUTIN_0217 = '2022-02-17-kremlin-67798-telephone-conversation-with-prime-minister-of-japan-fumio';
const BIDEN_KISHIDA_TOKYO = '2022-05-23-white-house-readout-of-president-bidens-meeting-with-prime-minister-kishida-of-japan-2';
const ZELENSKYY_ON_BIDEN_PUTIN = '2021-12-08-president-ua-71929-volodymyr-zelenskyy-on-the-conversation-between-the-presidents';
const PUTIN_BOLSONARO_TALKS = '2022-02-16-kremlin-67778-talks-with-president-of-brazil-jair-bolsonaro';
const SWIFT_JOINT_STATEMENT = '2022-02-26-white-house-joint-statement-on-further-restrictive-economic-measures';

/** The strength a statement gets for an article written for these tests, or null when it is not listed. */
function strengthFor(id: string, title: string, paragraphs: string[], date: string, language?: string): string | null {
  return engine().xref({ title, paragraphs, date, language }).statements.find((s) => s.id === id)?.strength ?? null;
}
const sameEvents = (title: string, paragraphs: string[], date: string) => engine().xref({ title, paragraphs, date }).statements.filter((s) => s.strength === 'same-event');

// Articles about an event next to one a statement reports: the same people, a day or two apart, named in the
// background. Each is told apart by a mechanism, not by its words.
describe('near twins', () => {
  test('a call has both sides throughout: another leader\'s call the same night is not it', () => {
    const text = ['LONDON, Feb 24 - British Prime Minister Boris Johnson spoke by phone with Ukrainian President Volodymyr Zelenskyy in the early hours of Thursday, after Russia launched its attack, and promised a decisive response.', 'Johnson said he would talk to G7 leaders during the day about a massive package of sanctions against Russia, and accused Vladimir Putin of choosing bloodshed.'];
    expect(strengthFor(BIDEN_ZELENSKYY_0224, 'Johnson speaks to Zelenskyy as Russia attacks', text, '2022-02-24')).toBe('related');
    const biden = ['WASHINGTON, Feb 24 - President Joe Biden spoke by phone with Ukrainian President Volodymyr Zelenskyy on Thursday and promised sanctions on Russia.'];
    expect(strengthFor(BIDEN_ZELENSKYY_0224, 'Biden speaks to Zelenskyy', biden, '2022-02-24')).toBe('same-event');
  });

  // Each article reports the statement's event, and names other days: its statement comes first, the same event.
  test.each([
    ['a day told only in the background does not anchor the news', MACRON_ZELENSKYY_0129, 'Zelenskyy and Macron agree to speed up Normandy talks', '2022-01-29', [
      'Volodymyr Zelenskyy spoke by phone with Emmanuel Macron; the Normandy format talks were the main subject.',
      'The leaders welcomed the meeting of the Normandy Four advisers held in Paris on January 26, the first since 2019 to agree a joint text.',
    ]],
    ['a day the lead tells too long before the article for it to report is history, not its news day', MACRON_PUTIN_0503, 'Macron and Putin talk again', '2022-05-04', [
      'Emmanuel Macron spoke with Vladimir Putin by phone, their first conversation since the French president was re-elected on April 24.',
      'Macron asked for the evacuation of the Azovstal steel plant in Mariupol to go on and raised the risk of a global food crisis; Putin said the West should stop arming Kyiv.',
    ]],
  ])('%s', (_name, id, title, date, paragraphs) => {
    const r = engine().xref({ title, paragraphs, date });
    expect(r.statements[0].id).toBe(id);
    expect(r.statements[0].strength).toBe('same-event');
  });

  // Each article is about another event than the statement's, which its background names: related, never the same.
  test.each([
    ['the day the lead tells decides, not the dateline beside it', NEHAMMER_KYIV, 'Nehammer meets Putin', '2022-04-11', [
      'MOSCOW, April 11 - Austrian Chancellor Karl Nehammer met Russian President Vladimir Putin near Moscow on Monday and said the talks were tough.',
      'Nehammer, who met Volodymyr Zelenskyy in Kyiv at the weekend, said he had raised the killings of civilians in Bucha and that sanctions would stay.',
    ]],
    ['the day of the news is the first the lead tells, not a day in its background', SCHOLZ_0117, 'Pistorius receives Austin', '2023-01-20', [
      'Berlin. Defence Minister Boris Pistorius received US Defense Secretary Lloyd Austin in Berlin on Thursday, hours after taking office; both promised Ukraine more support.',
      'Pistorius succeeds Christine Lambrecht, who resigned on Monday. Chancellor Olaf Scholz, who spoke with Joe Biden by phone this week, wants tanks delivered only together with the United States.',
    ]],
    ['a dateline alone anchors the news within a day', BLINKEN_KYIV_0119, 'Lavrov and Blinken meet in Geneva', '2022-01-21', [
      'GENEVA, January 21 - Russian Foreign Minister Sergey Lavrov and US Secretary of State Antony Blinken held talks in Geneva for about ninety minutes and agreed to keep talking.',
      'Blinken, who met Volodymyr Zelenskyy in Kyiv earlier in the week, said Washington would answer Moscow in writing; Lavrov said Russia wanted guarantees.',
    ]],
    ['a dateline alone still anchors the news on its day, days after a call it recalls', BIDEN_PUTIN_0212, 'Biden has no plans to call Putin', '2022-02-17', [
      'Washington, February 17. President Joe Biden has no plans to call Vladimir Putin soon, he told reporters, and said the threat of an invasion was very high.',
    ]],
    ['a statement\'s sides named only in passing do not make its event the article\'s', PUTIN_ERDOGAN_0306, 'Kuleba and Lavrov meet in Antalya', '2022-03-10', [
      'Ukraine\'s Foreign Minister Dmytro Kuleba and Russia\'s Foreign Minister Sergey Lavrov met in Antalya with Turkey\'s foreign minister as host, and agreed on no ceasefire.',
      'Kuleba said Lavrov had come with no mandate to agree to anything. Lavrov repeated Russia\'s demands; Kuleba said Ukraine would not surrender.',
      'Turkish President Recep Tayyip Erdoğan had pressed Vladimir Putin for a ceasefire in a call on Sunday.',
    ]],
  ])('%s', (_name, id, title, date, text) => {
    expect(strengthFor(id, title, text, date)).toBe('related');
  });

  test('a day told under the dateline of the publisher\'s own capital has no time zone\'s slack', () => {
    const signed = ['WASHINGTON — President Joe Biden on Wednesday signed into law the national security package with aid for Ukraine, Israel, Gaza and the Indo-Pacific, and said the first weapons would ship within hours.'];
    expect(strengthFor(SENATE_PASSAGE, 'Biden signs the aid package', signed, '2024-04-24')).toBe('related');
    const hailed = ['WASHINGTON — President Joe Biden on Tuesday hailed the Senate\'s passage of the national security package with aid for Ukraine, Israel, Gaza and the Indo-Pacific, and said he would sign it into law the next day.'];
    expect(strengthFor(SENATE_PASSAGE, 'Biden hails the Senate\'s vote', hailed, '2024-04-24')).toBe('same-event');
  });

  test('a day told under a dateline east of the publisher is its day or the next, never the one before', () => {
    const thursday = ['HELSINKI, May 12 — Finnish President Sauli Niinistö said on Thursday that Finland must apply to join NATO without delay, and that he had kept Sweden\'s Prime Minister Magdalena Andersson and U.S. President Joe Biden informed.'];
    expect(strengthFor(NORDIC_CALL, 'Finland to seek NATO membership', thursday, '2022-05-12')).toBe('related');
    const friday = ['HELSINKI, May 13 — Finnish President Sauli Niinistö and Swedish Prime Minister Magdalena Andersson spoke with U.S. President Joe Biden by phone on Friday about their countries\' path to NATO.'];
    expect(strengthFor(NORDIC_CALL, 'Nordic leaders call Biden', friday, '2022-05-13')).toBe('same-event');
    const saturday = ['HELSINKI, May 14 — Finnish President Sauli Niinistö and Swedish Prime Minister Magdalena Andersson spoke with U.S. President Joe Biden by phone on Saturday about their countries\' path to NATO.'];
    expect(strengthFor(NORDIC_CALL, 'Nordic leaders call Biden', saturday, '2022-05-14')).toBe('same-event');
  });

  test('a day a Japanese lead tells is Tokyo\'s, a day ahead of Washington\'s or level with it, with no dateline', () => {
    const twelfth = ['フィンランドのニーニスト大統領は12日、北大西洋条約機構（NATO）への加盟を遅滞なく申請すべきだとの考えを示し、スウェーデンのアンデション首相とバイデン米大統領にも伝えたと明らかにした。'];
    expect(strengthFor(NORDIC_CALL, 'フィンランド大統領、NATO加盟申請を表明', twelfth, '2022-05-12')).toBe('related');
    const fourteenth = ['フィンランドのニーニスト大統領とスウェーデンのアンデション首相は14日未明、バイデン米大統領と電話で会談し、両国のNATO加盟への道筋について協議した。'];
    expect(strengthFor(NORDIC_CALL, '北欧2首脳、バイデン氏と電話会談', fourteenth, '2022-05-14')).toBe('same-event');
  });

  test('a day a German lead tells is Berlin\'s, which is Moscow\'s: Wednesday\'s call is not Tuesday\'s, with no dateline', () => {
    const strength = (paragraphs: string[], language?: string) => engine().xref({ title: 'Macron telefoniert mit Putin', paragraphs, date: '2022-05-04', language }).statements.find((s) => s.id === MACRON_PUTIN_0503)?.strength ?? null;
    const wednesday = ['Frankreichs Präsident Emmanuel Macron hat am Mittwoch erneut mit Kremlchef Wladimir Putin telefoniert und ihn zu einem Waffenstillstand in der Ukraine aufgefordert.'];
    expect(strength(wednesday, 'de')).toBe('related');
    const tuesday = ['Frankreichs Präsident Emmanuel Macron hat am Dienstag erneut mit Kremlchef Wladimir Putin telefoniert und ihn zu einem Waffenstillstand in der Ukraine aufgefordert.'];
    expect(strength(tuesday, 'de')).toBe('same-event');
  });

  test('an event the lead tells its news as days after is its background, and its news is of the article\'s day', () => {
    const twoDays = ['Two days after Joe Biden met Xi Jinping in Bali, American and Chinese officials are still arguing over what the two leaders said about Taiwan and about export controls.'];
    expect(strengthFor(BIDEN_XI_BALI, 'What Biden and Xi agreed', twoDays, '2022-11-16')).toBe('related');
    const troisJours = ['Trois jours après sa rencontre avec Xi Jinping à Bali, Joe Biden n\'a toujours pas dit ce que les deux dirigeants avaient décidé au sujet de Taïwan.'];
    expect(strengthFor(BIDEN_XI_BALI, 'Biden et Xi, trois jours après', troisJours, '2022-11-17')).toBe('related');
    // Weeks on, in any language the lead says it: "a week after", "a una semana de", "hace una semana", "vor einer Woche".
    const aWeekAfter = ['A week after Joe Biden met Xi Jinping in Bali, American and Chinese officials are still arguing over what the two leaders said about Taiwan and about export controls.'];
    expect(strengthFor(BIDEN_XI_BALI, 'What Biden and Xi agreed', aWeekAfter, '2022-11-21')).toBe('related');
    const haceUnaSemana = ['Hace una semana, Joe Biden y Xi Jinping se reunieron en Bali durante tres horas; desde entonces, Washington y Pekín discuten lo que se dijo sobre Taiwán.'];
    expect(strengthFor(BIDEN_XI_BALI, 'Biden y Xi, una semana después', haceUnaSemana, '2022-11-21')).toBe('related');
    const vorEinerWoche = ['Vor einer Woche trafen sich Joe Biden und Xi Jinping auf Bali; seither streiten Washington und Peking darüber, was zu Taiwan gesagt wurde.'];
    expect(strengthFor(BIDEN_XI_BALI, 'Biden und Xi', vorEinerWoche, '2022-11-21')).toBe('related');
    const reported = ['Joe Biden met Xi Jinping in Bali for three hours and said afterwards that he saw no imminent threat to Taiwan, as both leaders sought to steady relations.'];
    expect(strengthFor(BIDEN_XI_BALI, 'Biden and Xi meet in Bali', reported, '2022-11-15')).toBe('same-event');
  });

  test('a meeting of one leader with his own officials is the news of an article that tells its content, not of every one naming him and its topic', () => {
    const FENTANYL_MEETING = '2023-11-21-white-house-readout-of-president-joe-bidens-national-and-homeland-security-meeting-to-combat';
    const ports = [
      'MEXICO CITY — Customs officers at the Pacific ports of Manzanillo and Lázaro Cárdenas say they have seen no change since Joe Biden and Xi Jinping agreed to curb the export of fentanyl precursors.',
      'Mexican officials say most of the chemicals used to make illicit fentanyl still arrive in containers from Asia, and that inspections remain too few.',
      'President Andrés Manuel López Obrador, who met Biden in San Francisco, has said the fentanyl crisis is a problem of consumption in the United States.',
    ];
    expect(strengthFor(FENTANYL_MEETING, 'Fentanyl precursors still reach Mexican ports', ports, '2023-11-22')).not.toBe('same-event');
    const told = [
      'WASHINGTON — President Biden met with his national and homeland security leadership on Tuesday to discuss progress against illicit fentanyl and how to build on last week\'s commitments from China and Mexico to crack down on the precursors, production and trafficking of the drug.',
      'Secretary Blinken, Secretary Mayorkas, Attorney General Garland and DEA Administrator Milgram briefed the President, who urged Congress to reauthorize Section 702 of the Foreign Intelligence Surveillance Act before it expires.',
    ];
    expect(strengthFor(FENTANYL_MEETING, 'Biden meets security team on fentanyl', told, '2023-11-22')).toBe('same-event');
  });

  test('a statement of one person, or a meeting of two, is not the news of every article naming one of them and its subject on its day', () => {
    const ONE_YEAR_FACT_SHEET = '2023-02-21-white-house-fact-sheet-one-year-of-supporting-ukraine';
    const speech = [
      'WARSAW — President Joe Biden told thousands of people gathered in the gardens of the Royal Castle on Tuesday evening that Ukraine would never be a victory for Russia, a day after his unannounced visit to Kyiv.',
      'Biden said the commitment of the United States to defend every inch of NATO territory was unwavering, and that the West was not plotting to attack Russia.',
      'Many in the crowd were refugees from Ukraine, some wrapped in blue and yellow flags.',
    ];
    expect(strengthFor(ONE_YEAR_FACT_SHEET, 'Biden in Warsaw: Ukraine will never be a victory for Russia', speech, '2023-02-21')).toBe('related');
    // Nor is his meeting with Duda that day, which a report of it names both sides of.
    const BIDEN_DUDA = '2023-02-21-white-house-readout-of-president-bidens-meeting-with-president-andrzej-duda-of-poland-3';
    expect(strengthFor(BIDEN_DUDA, 'Biden in Warsaw: Ukraine will never be a victory for Russia', speech, '2023-02-21')).toBe('related');
    const met = ['WARSAW — President Joe Biden met Polish President Andrzej Duda at the Presidential Palace on Tuesday and said NATO needed Poland as much as Poland needed NATO.'];
    expect(strengthFor(BIDEN_DUDA, 'Biden meets Duda in Warsaw', met, '2023-02-21')).toBe('same-event');
  });

  test('a statement that speaks of two leaders is not the news of every article naming them: it must share its content', () => {
    const text = ['HELSINKI, May 12 — Finnish President Sauli Niinistö said on Thursday that Finland must apply to join NATO without delay, and that Vladimir Putin had only himself to blame.', 'U.S. President Joe Biden has said Washington would welcome the application.'];
    expect(strengthFor(PRICE_HIKE_FACT_SHEET, 'Finland to seek NATO membership', text, '2022-05-12')).not.toBe('same-event');
  });

  test('one of two sides named once, after the story\'s first paragraphs, is its background', () => {
    const remarks = [
      'WASHINGTON — President Joe Biden said on Wednesday that he had told Vladimir Putin a day earlier that Russia would pay a heavy economic price for an invasion, and that sending American troops to Ukraine was not being considered.',
      'Biden spoke to reporters on the South Lawn before leaving for a trip to promote the infrastructure law.',
      'He said allies in Europe agreed with him on the sanctions that would follow, and that talks with Moscow on its security demands could begin soon.',
      'Republicans in Congress said the president should have sent more weapons to Kyiv months ago.',
      'Biden added that he would also speak with Volodymyr Zelenskyy about the conversation.',
    ];
    expect(strengthFor(ZELENSKYY_ON_BIDEN_PUTIN, 'Biden rules out sending troops to Ukraine', remarks, '2021-12-08')).not.toBe('same-event');
    const told = [
      'KYIV — Volodymyr Zelenskyy said on Wednesday that Joe Biden\'s conversation with Vladimir Putin showed the personal role of the American president in ending the war in Donbas, and that he would speak with Biden on Thursday.',
      'Zelenskyy spoke after meeting the Croatian prime minister in Kyiv, and said the Trilateral Contact Group was meeting the same day.',
    ];
    expect(strengthFor(ZELENSKYY_ON_BIDEN_PUTIN, 'Zelenskyy on the Biden-Putin conversation', told, '2021-12-08')).toBe('same-event');
  });

  test('a joint statement\'s sides may be named by their states', () => {
    const agreed = [
      'The United States, Britain, Canada, France, Germany and Italy agreed on Saturday to cut selected Russian banks off the SWIFT payments system and to restrict the reserves of Russia\'s central bank.',
      'The allies said in a joint statement that they would also limit the sale of citizenship to wealthy Russians and set up a task force to hunt down the assets of sanctioned oligarchs. Italy\'s prime minister, Mario Draghi, had told Kyiv he would back the move.',
    ];
    expect(strengthFor(SWIFT_JOINT_STATEMENT, 'Allies cut Russian banks from SWIFT', agreed, '2022-02-27')).toBe('same-event');
    // States alone, with none of its leaders named, are what a page about anything names in passing; and a week on,
    // the same states are background.
    expect(strengthFor(SWIFT_JOINT_STATEMENT, 'Allies cut Russian banks from SWIFT', agreed.map((p) => p.replace(/ Italy's prime minister.*$/, '')), '2022-02-27')).not.toBe('same-event');
    const later = ['Germany and France said on Friday that the sanctions had hit the rouble hard, and Mario Draghi said Europe would need months to replace Russian gas.'];
    expect(strengthFor(SWIFT_JOINT_STATEMENT, 'Europe weighs the cost of sanctions', later, '2022-03-04')).not.toBe('same-event');
  });

  test('a joint statement\'s states listed in a later paragraph are its background', () => {
    const speech = [
      'BERLIN — Chancellor Olaf Scholz told a special session of the Bundestag on Sunday that Germany would put 100 billion euros into its armed forces and spend more than two percent of its output on defence every year.',
      'Scholz called the Russian attack on Ukraine a turning point, and said two terminals for liquefied gas would be built to end the dependence on Russian supplies.',
      'Opposition leader Friedrich Merz promised his support. Tens of thousands marched against the war outside.',
      'On Saturday evening the United States, Britain, Canada, France, Germany, Italy and the European Commission had agreed to cut selected Russian banks off SWIFT.',
    ];
    expect(strengthFor(SWIFT_JOINT_STATEMENT, 'Scholz announces a fund for the armed forces', speech, '2022-02-27')).not.toBe('same-event');
  });

  test('a side named in one paragraph only, after the story\'s first ones, is its background, however often it is named there', () => {
    const CALL_1016 = '2024-10-16-white-house-readout-of-president-bidens-call-with-president-zelenskyy-of-ukraine-15';
    const lead = [
      'KYIV — President Volodymyr Zelenskiy set out his plan for ending the war to Ukraine\'s lawmakers on Wednesday, asking for an invitation to join NATO now and for long-range strikes on military targets in Russia.',
      'The plan has secret parts shown only to some allies, Zelenskiy told the Verkhovna Rada, and foresees Ukrainian troops replacing some American ones in Europe after the war.',
      'Moscow dismissed it. NATO\'s new secretary general called it a strong signal but set no date for an invitation.',
    ];
    const aside = 'In the evening, the White House said President Joe Biden had called Zelenskiy and announced $425 million in new air defence; Biden had called off a trip to Germany because of a hurricane.';
    expect(strengthFor(CALL_1016, 'Zelenskiy presents his plan to parliament', [...lead, aside], '2024-10-16')).toBe('related');
    // Named in a paragraph of the story and again later, Biden is a side of its news.
    const told = [lead[0], `${aside} Zelenskiy briefed him on the plan.`, lead[1], lead[2], 'Biden said the United States would study the plan with its allies.'];
    expect(strengthFor(CALL_1016, 'Zelenskiy presents his plan to parliament and to Biden', told, '2024-10-16')).toBe('same-event');
  });

  test('a lead that pairs one side with someone else tells another encounter: the other side\'s call the day before is its background', () => {
    const MELONI_0110 = '2025-01-10-white-house-readout-of-president-bidens-call-with-prime-minister-meloni-of-italy';
    const pope = [
      'ROME — President Joe Biden telephoned Pope Francis on Saturday after calling off his trip to Rome, and told him he would receive the Presidential Medal of Freedom.',
      'The call lasted about half an hour; the Vatican said Pope Francis thanked Biden and spoke of peace in Ukraine and the Middle East.',
      'The cancelled trip was also to include talks with Italian Prime Minister Giorgia Meloni. Biden spoke with Meloni by phone on Friday instead, thanking Italy for its leadership of the G7 and its support for Ukraine.',
    ];
    expect(strengthFor(MELONI_0110, 'Biden calls the Pope after cancelling Rome trip', pope, '2025-01-11')).toBe('related');
    // Where the lead pairs the two sides, it is their call, whoever else the article names.
    const meloni = [
      'ROME — President Joe Biden spoke by phone with Italian Prime Minister Giorgia Meloni on Friday after calling off his trip to Rome, thanking Italy for its leadership of the G7 and its support for Ukraine.',
      'Meloni said the two leaders agreed to keep working together in NATO and the G7; Biden is to call Pope Francis on Saturday.',
      pope[1],
    ];
    expect(strengthFor(MELONI_0110, 'Biden and Meloni speak after Rome trip is cancelled', meloni, '2025-01-10')).toBe('same-event');
  });

  test('news told as hours after an encounter has that encounter for background; what it names after "hours after" tells which', () => {
    const remarks = [
      'PARIS — Hours after a two-hour telephone conversation with Vladimir Putin, President Emmanuel Macron told reporters on Tuesday that he saw no will in Moscow to end the war and that Europe had to prepare for a long one.',
      'Macron spoke of the evacuation of civilians from Mariupol and of the grain blocked in Ukraine\'s ports, and said he would keep talking to Putin because someone had to.',
      'Macron will travel to Berlin next week to meet the new chancellor.',
    ];
    expect(strengthFor(MACRON_PUTIN_0503, 'Macron sees no will for peace in Moscow, hours after his call with Putin', remarks, '2022-05-03')).toBe('related');
    // What comes after "hours after" is the background: here the strikes, and the call is the news.
    const call = [
      'PARIS — Hours after new strikes on Odesa, President Emmanuel Macron held a two-hour telephone conversation with Vladimir Putin on Tuesday, urging him to let civilians leave Mariupol.',
      remarks[1],
    ];
    expect(strengthFor(MACRON_PUTIN_0503, 'Macron and Putin speak for two hours', call, '2022-05-03')).toBe('same-event');
    const russian = [
      'Через несколько часов после телефонного разговора с Владимиром Путиным президент Франции Эмманюэль Макрон заявил журналистам во вторник, что не видит в Москве желания закончить войну.',
      'Макрон говорил об эвакуации мирных жителей из Мариуполя и о зерне в украинских портах.',
    ];
    expect(strengthFor(MACRON_PUTIN_0503, 'Макрон: Москва не хочет мира', russian, '2022-05-03')).toBe('related');
    // Hours earlier: the evening's meeting in Berlin is the news, the afternoon's talks in Kyiv its background.
    const MACRON_KYIV = '2022-02-08-president-ua-72745-president-of-ukraine-began-a-meeting-with-the';
    const weimar = [
      'Prezydent Andrzej Duda, prezydent Francji Emmanuel Macron i kanclerz Niemiec Olaf Scholz spotkali się we wtorek wieczorem w Berlinie w formacie Trójkąta Weimarskiego.',
      'Macron przyleciał do Berlina prosto z Kijowa, gdzie kilka godzin wcześniej rozmawiał z prezydentem Ukrainy Wołodymyrem Zełenskim.',
      '„Musimy zapobiec wojnie w Europie” — mówił Scholz przed kolacją; Duda i Macron mówili o jedności Zachodu.',
    ];
    expect(strengthFor(MACRON_KYIV, 'Duda, Macron i Scholz w Berlinie', weimar, '2022-02-09')).toBe('related');
    // German writes no comma after the clause: the sentence's subject runs on into it, and is not whom the event was with.
    const TALKS_0204 = '2022-02-04-kremlin-67712-russian-chinese-talks';
    const beijing = [
      'Wenige Stunden vor der Eröffnung der Olympischen Winterspiele haben Chinas Staatschef Xi Jinping und der russische Präsident Wladimir Putin in Peking ihre enge Partnerschaft beschworen.',
      'Bei ihren Gesprächen am Freitag unterzeichneten Xi und Putin eine gemeinsame Erklärung über die internationalen Beziehungen und Verträge über Gaslieferungen.',
    ];
    expect(strengthFor(TALKS_0204, 'Xi und Putin demonstrieren Einigkeit', beijing, '2022-02-04')).toBe('same-event');
  });

  test('a leader\'s news conference the day after his meeting, told on a clock six hours off Washington\'s, is not the meeting', () => {
    const FIALA_0415 = '2024-04-15-white-house-readout-of-president-bidens-meeting-with-prime-minister-petr-fiala-of-the';
    const presser = [
      'Premiér Petr Fiala na úterní tiskové konferenci ve Washingtonu shrnul výsledky svého pondělního jednání s americkým prezidentem Joem Bidenem v Bílém domě.',
      'Biden podle Fialy ocenil českou iniciativu na nákup dělostřelecké munice pro Ukrajinu a pogratuloval Čechům k 25 letům členství v NATO.',
      'Fiala s Bidenem hovořili také o situaci na Blízkém východě.',
    ];
    expect(strengthFor(FIALA_0415, 'Fiala po schůzce s Bidenem: muniční iniciativa pokračuje', presser, '2024-04-16', 'cs')).toBe('related');
    const meeting = [presser[0].replace('na úterní tiskové konferenci ve Washingtonu shrnul výsledky svého pondělního jednání', 'v pondělí jednal'), presser[1], presser[2]];
    expect(strengthFor(FIALA_0415, 'Fiala jednal s Bidenem v Bílém domě', meeting, '2024-04-16', 'cs')).toBe('same-event');
  });

  test('a calendar date further down that is the event\'s own corrects the lead\'s weekday a day off', () => {
    const tokyo = [
      'TOKYO — President Joe Biden met Prime Minister Fumio Kishida on Sunday at the Akasaka Palace, where the two leaders agreed to deepen their alliance and to keep pressure on Russia over Ukraine.',
      'Kishida said Japan would increase its defence spending substantially; Biden backed a permanent seat for Japan on a reformed Security Council.',
      'The two leaders also discussed North Korea\'s missile launches and the Quad summit to be held in Tokyo.',
    ];
    // Tokyo is a day ahead of Washington or level with it, never behind: Sunday there is not Monday's meeting.
    expect(strengthFor(BIDEN_KISHIDA_TOKYO, 'Biden and Kishida meet in Tokyo', tokyo, '2022-05-23')).toBe('related');
    const dated = [...tokyo, 'A joint statement released after the talks, dated May 23, 2022, listed the agreements.'];
    expect(strengthFor(BIDEN_KISHIDA_TOKYO, 'Biden and Kishida meet in Tokyo', dated, '2022-05-23')).toBe('same-event');
  });

  test('a side named once after the lead is its background: the morning\'s meeting is not the evening\'s news', () => {
    const MACRON_KYIV = '2022-02-08-president-ua-72745-president-of-ukraine-began-a-meeting-with-the';
    const weimar = [
      'BERLIN — Chancellor Olaf Scholz, President Emmanuel Macron and President Andrzej Duda called on Russia on Tuesday evening to pull back from Ukraine\'s border, meeting in the Weimar format for the first time in a decade.',
      'The three leaders spoke briefly before dinner at the chancellery and took no questions. Scholz warned again that an attack would carry a heavy price.',
      'Macron had flown in from Kyiv, where he held talks with Volodymyr Zelenskyy in the afternoon, a day after six hours with Vladimir Putin in Moscow.',
      'Duda said Europe faced its gravest crisis in decades.',
    ];
    expect(strengthFor(MACRON_KYIV, 'Weimar leaders urge Russia to step back', weimar, '2022-02-08')).not.toBe('same-event');
    // Named twice where the story tells his part, he is a side of its news: Macron's day in Kyiv.
    const kyiv = [weimar[0].replace('BERLIN', 'KYIV').replace('Chancellor Olaf Scholz, President Emmanuel Macron and President Andrzej Duda called', 'President Emmanuel Macron called'),
      'In Kyiv, Macron and Volodymyr Zelenskyy held talks at the Mariinsky Palace; Zelenskyy said afterwards that the Normandy format was the way to peace.', weimar[3]];
    expect(strengthFor(MACRON_KYIV, 'Macron in Kyiv', kyiv, '2022-02-08')).toBe('same-event');
  });

  test('a meeting\'s side named once needs the meeting\'s content shared: the same day\'s news conference is not it', () => {
    const BIDEN_ZELENSKYY_0711 = '2024-07-11-white-house-readout-of-president-bidens-meeting-with-president-zelenskyy-of-ukraine-3';
    const presser = [
      'WASHINGTON — President Joe Biden took questions for an hour at the close of the NATO summit on Thursday evening, telling reporters he was staying in the race and that the alliance was stronger than ever.',
      'Earlier in the day he had mixed up names at an event with Volodymyr Zelenskyy, and he spent much of the evening defending his record against Donald Trump.',
      'Democrats in Congress watched closely; several called on him afterwards to step aside.',
    ];
    expect(strengthFor(BIDEN_ZELENSKYY_0711, 'Biden insists he is staying in the race', presser, '2024-07-11')).not.toBe('same-event');
    const met = [
      'WASHINGTON — President Joe Biden met Volodymyr Zelenskyy on Thursday on the sidelines of the NATO summit and announced another package of security assistance for Ukraine, with a Patriot air defense system, interceptors and HIMARS ammunition.',
      'The two leaders reviewed the summit\'s outcomes for Ukraine, from F-16s to the Ukraine Compact, and agreed to repair the country\'s energy infrastructure.',
    ];
    expect(strengthFor(BIDEN_ZELENSKYY_0711, 'Biden meets Zelenskyy at NATO summit', met, '2024-07-11')).toBe('same-event');
  });

  test('a statement of several sides told in one later paragraph is background, whatever its kind', () => {
    const FIVE_POINTS = '2022-02-25-wang-yi-five-point-position';
    const vote = [
      'NEW YORK — Russia vetoed a Security Council resolution on Friday evening that deplored its attack on Ukraine and demanded the withdrawal of its troops; China, India and the United Arab Emirates abstained.',
      'Eleven members voted in favour. The American ambassador said Moscow could veto the text but not the truth.',
      'China\'s ambassador said the sovereignty of all countries must be respected but that Russia\'s security concerns deserved attention after NATO\'s five rounds of expansion.',
      'His words followed closely the five points that Foreign Minister Wang Yi had set out hours earlier in calls with Liz Truss, Josep Borrell and Emmanuel Bonne.',
    ];
    expect(strengthFor(FIVE_POINTS, 'Russia vetoes UN resolution, China abstains', vote, '2022-02-26')).not.toBe('same-event');
  });

  test('a meeting of three needs two of them named outside one later paragraph: a same-day meeting told in passing is not the news', () => {
    const KULEBA_REZNIKOV_WARSAW = '2022-03-26-white-house-readout-of-president-bidens-meeting-with-foreign-minister-kuleba-and-defense-minister';
    const stadium = [
      'WARSAW — President Joe Biden visited refugees from Ukraine at the National Stadium in Warsaw on Saturday, holding children and listening to mothers who had fled the shelling of Kharkiv and Mariupol.',
      'Biden called Vladimir Putin a butcher after the visit, and praised Poland for taking in more than two million people since the invasion.',
      'Aid workers told him the country was running short of housing and of teachers for the children.',
      'Earlier in the day Biden and his secretaries of state and defence met Ukraine\'s foreign minister Dmytro Kuleba and defence minister Oleksii Reznikov at a hotel in the city.',
    ];
    expect(strengthFor(KULEBA_REZNIKOV_WARSAW, 'Biden meets refugees in Warsaw', stadium, '2022-03-26')).not.toBe('same-event');
    const met = [
      'WARSAW — President Joe Biden met Ukraine\'s foreign minister Dmytro Kuleba and defence minister Oleksii Reznikov in Warsaw on Saturday, the first time he sat down with members of Zelenskiy\'s cabinet since the invasion.',
      'Kuleba said afterwards that the talks had brought new promises of weapons; Reznikov asked for air defence.',
    ];
    expect(strengthFor(KULEBA_REZNIKOV_WARSAW, 'Biden meets Ukraine\'s ministers in Warsaw', met, '2022-03-26')).toBe('same-event');
  });

  test('talks have both sides throughout: a report of the host\'s other business that day names only him', () => {
    const council = [
      'MOSCOW — Vladimir Putin told his government on Wednesday to expand trade and energy cooperation with partners in Asia and Latin America, and said bilateral relations built over decades would not be held hostage by Western sanctions.',
      'Putin said gas deliveries under long-term contracts would continue, and that state visits planned for the spring would go ahead despite the pandemic.',
    ];
    expect(strengthFor(PUTIN_BOLSONARO_TALKS, 'Putin orders more trade with Asia and Latin America', council, '2022-02-16')).not.toBe('same-event');
    const talks = ['MOSCOW — Vladimir Putin received Brazil\'s President Jair Bolsonaro in the Kremlin on Wednesday; the two leaders discussed trade, fertiliser supplies and energy, and Bolsonaro said Brazil stood in solidarity with Russia.'];
    expect(strengthFor(PUTIN_BOLSONARO_TALKS, 'Putin receives Bolsonaro', talks, '2022-02-16')).toBe('same-event');
  });

  test('an announcement is news on its day and the next, whenever the event it announces', () => {
    const sameDay = ['WASHINGTON, Sept 19 - President Joe Biden will meet Ukrainian President Volodymyr Zelenskyy at the White House on Thursday, Sept. 26, the White House said, and Vice President Kamala Harris will meet him the same day.'];
    expect(strengthFor(ZELENSKYY_VISIT_ANNOUNCED, 'Biden to host Zelenskyy next week', sameDay, '2024-09-19')).toBe('same-event');
    const twoDaysOn = ['President Joe Biden will meet Chinese President Xi Jinping near San Francisco on Wednesday, their first meeting in a year, as both sides try to steady relations.'];
    expect(strengthFor(WOODSIDE_ANNOUNCED, 'Biden and Xi to meet on Wednesday', twoDaysOn, '2023-11-12')).toBe('related');
  });

  test('an event whose day the lead tells as past is reported, whatever else the lead looks ahead to', () => {
    const text = ['Jake Sullivan and Yang Jiechi held six hours of talks in Zurich on Wednesday, and the two sides agreed that Joe Biden and Xi Jinping will hold a virtual meeting before the end of the year.', 'Sullivan raised Xinjiang, Hong Kong and the South China Sea, and human rights, officials said.'];
    expect(strengthFor(SULLIVAN_YANG_ZURICH, 'U.S. and China agree on a virtual summit after Zurich talks', text, '2021-10-08')).toBe('same-event');
  });

  test('an event the lead tells as still to come is not reported, nor is its announcement of days before', () => {
    const text = ['President Joe Biden said on Sunday that he would lay out his red lines to Xi Jinping when the two leaders meet in Bali on Monday, their first meeting in person as presidents.'];
    expect(strengthFor(BIDEN_XI_BALI, 'Biden heads to Bali for talks with Xi', text, '2022-11-13')).toBe('related');
    expect(strengthFor(BIDEN_XI_BALI_ANNOUNCED, 'Biden heads to Bali for talks with Xi', text, '2022-11-13')).toBe('related');
  });

  test('an announcement is the same event while it is news: the day it is made, not days later', () => {
    const told = ['President Joe Biden will welcome Italian Prime Minister Giorgia Meloni to the White House on March 1, the White House said on Friday.', 'The leaders will discuss their support for Ukraine and the G7 agenda, the press secretary said.'];
    expect(strengthFor(MELONI_ANNOUNCED, 'Biden to host Meloni on March 1', told, '2024-02-23')).toBe('same-event');
    const later = ['Italian Prime Minister Giorgia Meloni will be received at the White House by President Joe Biden on Friday, her first visit since Italy took over the G7 presidency.', 'Support for Ukraine and the situation in the Middle East will top the agenda, officials said.'];
    expect(strengthFor(MELONI_ANNOUNCED, 'Meloni at the White House on Friday', later, '2024-02-27')).toBe('related');
  });

  test('an article that tells only days after its own date looks ahead, whatever its verbs', () => {
    const text = ['Turkish President Recep Tayyip Erdoğan arrives in Kyiv on Thursday, February 3, for talks with Volodymyr Zelenskyy and a meeting of the High-Level Strategic Council.'];
    expect(strengthFor(ERDOGAN_KYIV, 'Erdoğan to visit Kyiv on Thursday', text, '2022-02-02')).toBe('related');
    expect(strengthFor(ERDOGAN_KYIV, 'Erdoğan visits Kyiv', ['Turkish President Recep Tayyip Erdoğan held talks with Volodymyr Zelenskyy in Kyiv on Thursday.'], '2022-02-03')).toBe('same-event');
  });

  test('Chinese, Japanese and Korean tell the day by its number, the news\'s and a preview\'s', () => {
    const sanctions = ['岸田首相は23日、ロシアがウクライナ東部の二つの地域の独立を承認したことを受け、制裁を発表した。', '首相は17日にプーチン大統領と電話で会談し、外交による解決を求めていた。'];
    expect(strengthFor(KISHIDA_PUTIN_0217, '岸田首相、対ロ制裁を発表', sanctions, '2022-02-23')).toBe('related');
    expect(strengthFor(KISHIDA_PUTIN_0217, '岸田首相、プーチン大統領と電話会談', ['岸田首相は17日、プーチン大統領と電話で会談し、外交による解決を求めた。'], '2022-02-18')).toBe('same-event');
    const preview = ['バイデン大統領は22日に来日し、23日に東京で岸田首相と首脳会談を行う予定だ。', '両首脳はインド太平洋地域の安全保障やウクライナ情勢について話し合う見通しだ。'];
    expect(strengthFor(BIDEN_KISHIDA_TOKYO, 'バイデン大統領、きょう来日', preview, '2022-05-22')).toBe('related');
  });

  test('an article written days before an event does not report it', () => {
    // Macron's re-election (April 24) brought the Kremlin's congratulations the next day; an article of the 22nd
    // can report neither.
    const text = ['Emmanuel Macron faces the second round of the French presidential election, and Vladimir Putin has no call with him planned, the Kremlin said.'];
    expect(sameEvents('No Putin-Macron call planned', text, '2022-04-22').filter((s) => s.date > '2022-04-23')).toEqual([]);
  });
});

// A page about something else that names a topic twice, in asides, is tied to no statement by it; a short piece
// that names it twice is about it.
describe('what a page is about', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `Crews opened manhole ${i + 1} on the avenue after a small fire, and the utility said the cables under the street were old and would be replaced this winter.`);
  test('a topic named twice in a long page about something else relates nothing', () => {
    const paragraphs = [...filler(20), 'Engineers say climate change brings more freeze and thaw.', ...filler(20), 'Heavier rain, which climate change makes likelier, floods the vaults.', ...filler(20)];
    expect(engine().xref({ title: 'Why the manholes burn', paragraphs, date: '2019-02-21' }).statements).toEqual([]);
  });
  test('the same topic twice in a short piece is its subject', () => {
    const paragraphs = ['Engineers say climate change brings more freeze and thaw.', ...filler(3), 'Heavier rain, which climate change makes likelier, floods the vaults.'];
    const r = engine().xref({ title: 'Why the manholes burn', paragraphs, date: '2019-02-21' });
    expect(r.statements.length).toBeGreaterThan(0);
    expect(r.statements.every((s) => s.strength === 'related')).toBe(true);
  });
});
