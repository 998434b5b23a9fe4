import { describe, expect, test } from 'vitest';
import { engine, topicsIn } from '../helpers';

// Sentences written for these tests, one per language for the main topics of the White House, Kremlin and
// President of Ukraine statements: each must name its topic.
const NAMED: [string, Record<string, string>][] = [
  ['grain-deal', {
    en: 'Turkey and the UN brokered the Black Sea Grain Initiative last July.',
    ru: 'Москва вышла из зерновой сделки в июле.',
    uk: 'Кораблі знову пішли зерновим коридором з Одеси.',
    zh: '俄方宣布暂停执行黑海粮食外运协议。',
    de: 'Das Getreideabkommen lief im Juli aus.',
    fr: "Moscou s'est retiré de l'accord céréalier en juillet.",
    es: 'Rusia abandonó el acuerdo de granos en julio.',
    it: "La Russia si è ritirata dall'accordo sul grano.",
    pl: 'Rosja wycofała się z umowy zbożowej w lipcu.',
  }],
  ['zaporizhzhia-npp', {
    en: 'Shelling near the Zaporizhzhia nuclear power plant worried inspectors.',
    ru: 'На Запорожской АЭС снова отключилось внешнее питание.',
    uk: 'Окупанти тримають техніку на Запорізькій АЕС.',
    zh: '扎波罗热核电站再次失去外部电源。',
    de: 'Am AKW Saporischschja fiel erneut der Strom aus.',
    fr: 'La centrale nucléaire de Zaporijjia a perdu son alimentation.',
    es: 'La central nuclear de Zaporiyia volvió a quedarse sin electricidad.',
    it: 'La centrale nucleare di Zaporizhzhia è rimasta senza corrente.',
    pl: 'Zaporoska Elektrownia Atomowa znów straciła zasilanie.',
  }],
  ['military-aid', {
    en: 'The Pentagon announced a new security assistance package with HIMARS ammunition.',
    ru: 'Западные страны увеличили поставки оружия Киеву.',
    uk: 'Партнери обговорили військову допомогу та постачання зброї.',
    zh: '美国宣布新一轮对乌军事援助。',
    de: 'Berlin kündigte weitere Waffenlieferungen und Leopard-Panzer an.',
    fr: "Paris annonce une nouvelle aide militaire et des livraisons d'armes.",
    es: 'Washington aprobó más ayuda militar para Kiev.',
    it: "Il governo ha approvato un nuovo pacchetto di aiuti militari.",
    pl: 'Sojusznicy zapowiedzieli dostawy broni i czołgi Leopard.',
  }],
  ['taiwan-strait', {
    en: 'Warships transited the Taiwan Strait on Sunday.',
    ru: 'Эсминец прошел через Тайваньский пролив.',
    uk: 'Есмінець пройшов Тайванською протокою.',
    zh: '美舰过航台湾海峡。',
    de: 'Ein Zerstörer durchquerte die Taiwanstraße.',
    fr: 'Un destroyer a traversé le détroit de Taïwan.',
    es: 'Un destructor cruzó el estrecho de Taiwán.',
    it: 'Un cacciatorpediniere ha attraversato lo Stretto di Taiwan.',
    pl: 'Niszczyciel przepłynął przez Cieśninę Tajwańską.',
  }],
  ['nato', {
    en: 'Leaders met at the NATO summit in Vilnius.',
    ru: 'Финляндия стала членом НАТО.',
    uk: 'Україна прагне членства в НАТО.',
    zh: '芬兰正式加入北约。',
    de: 'Der Nato-Gipfel in Vilnius begann am Dienstag.',
    fr: "Les alliés se réunissent au sommet de l'OTAN.",
    es: 'Suecia completó su ingreso en la OTAN.',
    it: 'Il vertice NATO si apre a Vilnius.',
    pl: 'Przywódcy spotkali się na szczycie NATO.',
  }],
  ['oil-price-cap', {
    en: 'The G7 agreed an oil price cap on seaborne crude.',
    ru: 'Введен потолок цен на российскую нефть.',
    uk: 'Діє стеля цін на російську нафту.',
    zh: '七国集团对俄罗斯石油设定价格上限，石油价格上限为每桶60美元。',
    de: 'Der Ölpreisdeckel gilt seit Dezember.',
    fr: 'Le plafonnement du prix du pétrole russe est entré en vigueur.',
    es: 'Entró en vigor el tope al precio del petróleo ruso.',
    it: 'È in vigore il tetto al prezzo del petrolio russo.',
    pl: 'Obowiązuje pułap cen ropy z Rosji.',
  }],
  ['war-crimes', {
    en: 'Investigators documented war crimes in the region.',
    ru: 'Прокуроры расследуют военные преступления.',
    uk: 'Слідчі фіксують воєнні злочини окупантів.',
    zh: '国际刑事法院对此展开调查。',
    de: 'Ermittler dokumentieren Kriegsverbrechen in der Region.',
    fr: 'Des enquêteurs documentent des crimes de guerre.',
    es: 'Los investigadores documentan crímenes de guerra.',
    it: 'Gli investigatori documentano crimini di guerra.',
    pl: 'Śledczy dokumentują zbrodnie wojenne.',
  }],
  ['export-controls', {
    en: 'Commerce tightened export controls on advanced computing.',
    ru: 'США ужесточили экспортный контроль.',
    uk: 'США посилили експортний контроль.',
    zh: '美方进一步收紧出口管制。',
    de: 'Washington verschärft die Exportkontrollen.',
    fr: 'Washington renforce les contrôles à l\'exportation.',
    es: 'Washington endurece los controles a la exportación.',
    it: 'Washington inasprisce i controlli sulle esportazioni.',
    pl: 'Waszyngton zaostrza kontrolę eksportu.',
  }],
  ['semiconductors', {
    en: 'The plant will make semiconductors under the CHIPS and Science Act.',
    ru: 'Пекин наращивает производство полупроводников.',
    uk: 'Тайвань виробляє більшість напівпровідників.',
    zh: '美国限制对华出口先进芯片。',
    de: 'Die Halbleiterindustrie wächst.',
    fr: 'La pénurie de semi-conducteurs persiste.',
    es: 'La escasez de semiconductores continúa.',
    it: 'La carenza di semiconduttori continua.',
    pl: 'Niedobór półprzewodników trwa.',
  }],
  ['sanctions', {
    en: 'The EU adopted a new sanctions package.',
    ru: 'ЕС ввел новые санкции против России.',
    uk: 'ЄС запровадив нові санкції.',
    zh: '欧盟宣布对俄实施新一轮制裁。',
    de: 'Die EU beschloss neue Sanktionen.',
    fr: "L'UE adopte de nouvelles sanctions contre la Russie.",
    es: 'La UE aprobó nuevas sanciones.',
    it: "L'Ue ha approvato nuove sanzioni.",
    pl: 'UE przyjęła nowe sankcje.',
  }],
];

// Each sentence is read as a line of a diplomatic news page: one that names someone in full. A one-word phrase
// needs that evidence (tests/engine/true-mentions.test.ts); what is tested here is each language's phrases.
const ON_A_PAGE = 'Foreign Minister Wang Yi was asked about it.';

describe('new topics, one sentence per language', () => {
  test.each(NAMED.flatMap(([topic, bylang]) => Object.entries(bylang).map(([lang, text]) => [`${topic} ${lang}`, topic, text] as const)))('%s', (_name, topic, text) => {
    expect(topicsIn(`${text}\n${ON_A_PAGE}`)).toContain(topic);
  });

  test.each([
    ['The Kremlin warned against NATO enlargement and nuclear threats.', ['nato-expansion', 'nuclear-threats']],
    ['Refugees fled Mariupol through a humanitarian corridor.', ['humanitarian-corridors', 'mariupol', 'refugees']],
    ['Sham referendums preceded the annexation of four regions.', ['annexation']],
    ['A prisoner exchange freed 200 prisoners of war.', ['prisoner-exchange']],
    ['Talks on the Minsk agreements in the Normandy format stalled.', ['minsk-agreements', 'normandy-format']],
    ['Die Explosion an Nord Stream bleibt ungeklärt.', ['nord-stream']],
    ['ОДКБ направила миротворцев после беспорядков в Казахстане.', ['csto-kazakhstan']],
    ['中美两军恢复沟通，重启军事热线。', ['mil-mil-communication']],
    ['The leaders discussed AUKUS, the Quad summit and the Indo-Pacific.', ['aukus', 'indo-pacific', 'quad']],
    ['Xi and Biden agreed to cooperate on fentanyl and climate change.', ['climate', 'fentanyl']],
    ['The Security Council acted under Chapter VII.', ['chapter-vii']],
    ['They met on the sidelines of the SCO summit; SCO members signed a declaration.', ['sco']],
    ['Le sommet de l\'OCS s\'ouvre à Astana.', ['sco']],
    // Korean writes particles onto the word: the form is matched without them.
    ['윤석열 대통령은 우크라이나 전쟁에 대해 말했다. 우크라이나 전쟁은 3년째다.', ['ukraine-crisis']],
    // British papers write an acronym said as a word with one capital.
    ['Jens Stoltenberg said Ukraine would join Nato one day; Nato leaders met in Vilnius.', ['nato']],
    ['Anthony Albanese spoke of Aukus before the Brics and Asean summits.', ['asean', 'aukus', 'brics']],
  ])('%s', (text, expected) => {
    const found = topicsIn(text);
    for (const t of expected) expect(found).toContain(t);
  });
});

// Ordinary words that look like topic words: none of these pages is about any topic.
describe('traps that must not light a topic', () => {
  test.each([
    'He is an energetic speaker with boundless energy.',
    'Energy Control tests pills at music festivals.',
    'Es handelt sich um einen Irrtum, schreibt das Handelsblatt.',
    'Die Händler handeln mit Gebrauchtwagen.',
    'Bullying at school harms children.',
    'Ce soir sur OCS, un film inédit.',
    'SCO/Linux lawsuits dragged on for years.',
    'The SCO Group sued IBM.',
    'Read Chapter 7 of the book before class.',
    'Chapter VII of the novel is the best one.',
    'È nato a Roma nel 1950.',
    'Nato a Milano nel 1950, Sergio Mattarella ha studiato a Roma.',
    'Кримінальна справа закрита.',
    'Российские газеты пишут о погоде.',
    'Polskie gazety piszą o pogodzie.',
    'She is a true patriot and threw the javelin; a leopard slept nearby.',
    'Students relaxed on the quad.',
    'An Arctic blast brings snow to Chicago.',
    'We went diving in the Red Sea.',
    'Potato chips and grain bowls for lunch.',
    'The price cap on energy bills rises in April.',
    'Dieses Gericht gilt als Krimi-Klassiker.',
    'Сирий овоч корисний.',
    'The officially sanctioned race starts at noon.',
    'A hotline for customers opens on Monday.',
    'India beat Australia in the ICC World Cup final.',
    'She knitted an afghan for the couch.',
    'Smetanas Die Moldau erklang im Konzert.',
    'Sirio es la estrella más brillante.',
    'Jennifer Jett reported from Hong Kong.',
    'This package makes no security guarantees for untrusted input.',
  ])('%s', (text) => {
    expect(topicsIn(text)).toEqual([]);
  });

  test('Zhongnanhai is not the South China Sea', () => {
    expect(topicsIn('他们在中南海会谈。')).not.toContain('south-china-sea');
  });
});

describe('a topic phrase holding another topic\'s phrase', () => {
  test('names both topics and lights once: the longest phrase is the highlight, the ones inside it count too', () => {
    const text = 'Xi Jinping presented China\'s Position on the Political Settlement of the Ukraine Crisis in February.';
    expect(topicsIn(text)).toEqual(['political-settlement', 'position-paper', 'ukraine-crisis']);
    const marks = engine().mentions([text]).flat().filter((m) => m.kind === 'topic');
    expect(marks.map((m) => [m.form, m.id, m.inner])).toEqual([["China's Position on the Political Settlement of the Ukraine Crisis", 'position-paper', ['political-settlement', 'ukraine-crisis']]]);
  });
});

describe('topic phrases that overlap', () => {
  test('the one that starts first is lit, and the other still names its topic', () => {
    const text = 'Xi Jinping and Vladimir Putin marked the 75th anniversary of diplomatic relations between China and Russia.';
    const marks = engine().mentions([text]).flat().filter((m) => m.kind === 'topic');
    expect(marks.map((m) => m.form)).toEqual(['75th anniversary of diplomatic relations']);
    expect(topicsIn(text)).toEqual(['bilateral-relations', 'diplomatic-ties-anniversary']);
  });
});
