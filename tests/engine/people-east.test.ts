import { describe, expect, test } from 'vitest';
import { engine, peopleIn } from '../helpers';

// Russia, Ukraine, Belarus, China and their neighbours: sentences written for these tests, read as whole pages.

describe('names in every script and spelling', () => {
  test.each([
    ['Russian Foreign Minister Sergei Lavrov met Sergey Lavrov.', ['sergey-lavrov']],
    ['Переговоры с Лавровым прошли в Анкаре.', ['sergey-lavrov']],
    ['Сергій Лавров заявив', ['sergey-lavrov']],
    ['拉夫罗夫表示', ['sergey-lavrov']],
    ['Kremlin spokesman Dmitry Peskov told reporters; Peskov added more.', ['dmitry-peskov']],
    ['Дмитрий Песков ответил журналистам', ['dmitry-peskov']],
    ['слова Пескова', ['dmitry-peskov']],
    ['Yuri Ushakov and Yury Ushakov', ['yury-ushakov']],
    ['Юрий Ушаков сообщил', ['yury-ushakov']],
    ['Volodymyr Zelenskyy', ['volodymyr-zelenskyy']],
    ['Volodymyr Zelensky, Wolodymyr Selenskyj and Wołodymyr Zełenski', ['volodymyr-zelenskyy']],
    ['Володимир Зеленський підписав указ', ['volodymyr-zelenskyy']],
    ['встреча с Владимиром Зеленским', ['volodymyr-zelenskyy']],
    ['泽连斯基表示', ['volodymyr-zelenskyy']],
    // Adjectival surnames in oblique cases: the automatic stem alone ("Зеленски-") would miss them.
    ['переговоры с Владимиром Зеленским и визит Владимира Зеленского', ['volodymyr-zelenskyy']],
    ['зустріч Володимира Зеленського', ['volodymyr-zelenskyy']],
    ['по словам Мединского', ['vladimir-medinsky']],
    ['заявление Светланы Тихановской', ['sviatlana-tsikhanouskaya']],
    ['речь Юлии Навальной', ['yulia-navalnaya']],
    ['наказ Олександра Сирського', ['oleksandr-syrskyi']],
    ['澤倫斯基表示', ['volodymyr-zelenskyy']],
    ['Andriy Yermak, Andrii Yermak and Andrij Jermak', ['andriy-yermak']],
    ['зустріч з Андрієм Єрмаком', ['andriy-yermak']],
    ['Олександр Лукашенко', ['alexander-lukashenko']],
    ['Alexander Lukashenko and Aliaksandr Lukashenka', ['alexander-lukashenko']],
    ['Александр Лукашенко встретился с Путиным', ['alexander-lukashenko', 'vladimir-putin']],
    ['переговоры Лукашенко и Токаева', ['alexander-lukashenko', 'kassym-jomart-tokayev']],
    ['卢卡申科与普京会晤', ['alexander-lukashenko', 'vladimir-putin']],
    ['Kassym-Jomart Tokayev', ['kassym-jomart-tokayev']],
    ['Шавкат Мирзиёев и Садыр Жапаров', ['sadyr-japarov', 'shavkat-mirziyoyev']],
    ['李强总理会见', ['li-qiang']],
    ['Premier Li Qiang met Li Keqiang.', ['li-keqiang', 'li-qiang']],
    ['中国政府欧亚事务特别代表李辉', ['li-hui']],
    ['Mikhail Mishustin, Михаил Мишустин', ['mikhail-mishustin']],
    ['Сергей Шойгу, Шойгу', ['sergei-shoigu']],
    ['Nikol Pashinyan and Ilham Aliyev', ['ilham-aliyev', 'nikol-pashinyan']],
    // Japanese and Korean news write foreign leaders in katakana and hangul.
    ['モリソン首相と野党のアンソニー・アルバニージー党首', ['anthony-albanese', 'scott-morrison']],
    ['ルカシェンコ大統領とトカエフ大統領が会談した', ['alexander-lukashenko', 'kassym-jomart-tokayev']],
    ['스콧 모리슨 총리와 라브로프 장관', ['scott-morrison', 'sergey-lavrov']],
    ['秦剛外相は16日、ウクライナのクレバ外相と電話会談した。', ['dmytro-kuleba', 'qin-gang']],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual([...expected].sort());
  });

  // The press of more languages names the leaders by their office and surname, and the Chinese by its own spelling.
  test.each([
    ['Ukrajinský prezident Zelenskyj řekl, že Ukrajina vydrží.', ['volodymyr-zelenskyy']],
    ['Cumhurbaşkanı Zelenskiy, Ukrayna Devlet Başkanı olarak konuştu.', ['volodymyr-zelenskyy']],
    ['Președintele Zelenski a vorbit cu presa.', ['volodymyr-zelenskyy']],
    ['राष्ट्रपति ज़ेलेंस्की ने कहा कि यूक्रेन लड़ेगा।', ['volodymyr-zelenskyy']],
    ['रक्षा मंत्री राजनाथ सिंह ने अपने रूसी समकक्ष सर्गेई शोइगु से मुलाकात की।', ['sergei-shoigu']],
    ['قال الرئيس الأوكراني زيلينسكي إن بلاده ستصمد.', ['volodymyr-zelenskyy']],
    ['Čínský prezident Si Ťin-pching hovořil s Vladimirem Putinem.', ['vladimir-putin', 'xi-jinping']],
    ['Hszi Csin-ping kínai elnök fogadta.', ['xi-jinping']],
  ])('%s', (text, expected) => {
    expect(peopleIn(text, '2023-06-01')).toEqual(expected);
  });

  test('a name after an Arabic conjunction is lit whole, without the conjunction ("وبوتين": and Putin)', () => {
    const forms = engine().mentions(['وصل الرئيس الروسي فلاديمير بوتين إلى بكين. واستقبل شي جين بينغ وبوتين الوفود.']).flat().map((m) => m.form);
    expect(forms).toEqual(['الرئيس الروسي فلاديمير بوتين', 'شي جين بينغ', 'بوتين']);
  });

  test('a Korean form is lit without the particle written onto its word', () => {
    const marks = engine().mentions(['윤석열 대통령은 우크라이나 전쟁에 대해 말했다.']).flat().filter((m) => m.kind === 'topic');
    expect(marks.map((m) => [m.form, m.id])).toEqual([['우크라이나 전쟁', 'ukraine-crisis']]);
  });

  test('a katakana name inside a longer katakana word is that word ("クレバー", clever; "クレバス", a crevasse)', () => {
    expect(peopleIn('ドミトロ・クレバ外相の会見。彼はクレバーな戦略家で、クレバスを越えた。')).toEqual(['dmytro-kuleba']);
    expect(engine().mentions(['ドミトロ・クレバ外相の会見。彼はクレバーな戦略家で、クレバスを越えた。']).flat().map((m) => m.form)).toEqual(['ドミトロ・クレバ']);
    expect(peopleIn('彼はクレバーな戦略家だ。クレバスを越えた。')).toEqual([]);
  });
});

describe('Turkish', () => {
  const count = (text: string, id: string) => engine().mentions([text], { date: '2022-05-01' }).flat().filter((m) => m.id === id).length;

  test('a case ending after the apostrophe leaves a surname a name ("Zaharova\'nın", "Kliçko\'ya"); "Xi\'an" is a city', () => {
    expect(count('Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova açıklama yaptı. Zaharova\'nın sözleri Ankara\'da yankı uyandırdı.', 'maria-zakharova')).toBe(2);
    expect(count('Kiev Belediye Başkanı Vitali Kliçko konuştu. Kliçko\'ya göre şehirde elektrik yok.', 'vitali-klitschko')).toBe(2);
    expect(count('Chinese President Xi Jinping visited Xi\'an on Tuesday.', 'xi-jinping')).toBe(1);
  });

  test('names as the Turkish press writes them', () => {
    expect(peopleIn('Ukrayna Başbakanı Denis Şmigal ile Rusya Savunma Bakanı Sergey Şoygu')).toEqual(expect.arrayContaining(['denys-shmyhal', 'sergei-shoigu']));
  });
});

describe('namesakes and look-alike surnames', () => {
  test.each([
    // The first lady is not the president, in either direction, in any script.
    ['Olena Zelenska visited the school.', ['olena-zelenska']],
    ['Olena Zelenska visited the school. Zelenska said children need help.', ['olena-zelenska']],
    ['Олена Зеленська відвідала школу. Зеленська сказала', ['olena-zelenska']],
    ['First Lady Olena Zelenska and President Volodymyr Zelenskyy arrived; Zelenskyy spoke.', ['olena-zelenska', 'volodymyr-zelenskyy']],
    ['President Zelensky spoke.', ['volodymyr-zelenskyy']],
    ['Zelenska spoke.', []],
    // Alexei Navalny and his widow.
    ['Yulia Navalnaya spoke in Munich. Navalnaya said', ['yulia-navalnaya']],
    ['Alexei Navalny died in prison. Navalny had been jailed since 2021.', ['alexei-navalny']],
    // Two Patrushevs: the bare surname is whichever the page names in full, and nobody if it names both.
    ['Nikolai Patrushev met officials. Patrushev said', ['nikolai-patrushev']],
    ['Dmitry Patrushev, the deputy prime minister. Patrushev said', ['dmitry-patrushev']],
    ['Patrushev said nothing.', []],
    // Two Tymoshenkos, two Kostins, two Berdimuhamedovs.
    ['Kyrylo Tymoshenko reported. Tymoshenko added', ['kyrylo-tymoshenko']],
    ['Yulia Tymoshenko spoke in the Rada.', ['yulia-tymoshenko']],
    ['Andrei Kostin of VTB. Kostin said', ['andrei-kostin']],
    ['Prosecutor General Andriy Kostin. Kostin said', ['andriy-kostin']],
    ['Serdar Berdimuhamedov met Gurbanguly Berdimuhamedov.', ['gurbanguly-berdimuhamedov', 'serdar-berdimuhamedov']],
    // Common words and other people.
    ['Daniil Medvedev won in Melbourne; Medvedev served well.', []],
    ['the Order of Ushakov and Admiral Ushakov', []],
    ['Taras Shevchenko park', []],
    ['An Antonov An-124 landed.', []],
    ['Novak Djokovic won.', []],
    ['Wang Wenbin said. Wang added', ['wang-wenbin']],
    ['Li Hui visited Kyiv. Li said', ['li-hui']],
    // China's top foreign-policy official until 2022, whom the White House's readouts of Sullivan's talks name.
    ['Jake Sullivan met Yang Jiechi in Zurich; Yang said', ['jake-sullivan', 'yang-jiechi']],
    ['杰克·沙利文与杨洁篪在苏黎世会晤', ['jake-sullivan', 'yang-jiechi']],
    ['Джейк Салливан встретился с Ян Цзечи', ['jake-sullivan', 'yang-jiechi']],
    ['Yang Liwei flew again; Yang said the mission went well.', []],
    ['Li said nothing.', []],
    ['Kim Jong Un and Kim Yo Jong', ['kim-jong-un', 'kim-yo-jong']],
    ['Kim said nothing.', []],
    ['Mykolaiv governor Vitaliy Kim said. Kim added', ['vitaliy-kim']],
    ['Kim Jong Un met Vitaliy Kim. Kim said', ['kim-jong-un', 'vitaliy-kim']],
    ['Ivan Fedorov, the mayor of Melitopol. Fedorov said', ['ivan-fedorov']],
    ['Minister Mykhailo Fedorov. Fedorov said', ['mykhailo-fedorov']],
    // Surnames whose automatic stem would be an ordinary word are short forms: capitalised, with support.
    ['We make progress and raise funds; children (малюки) play.', []],
    ['Wang Yang and Wang Xiaohong met Wang Yi.', ['wang-xiaohong', 'wang-yang', 'wang-yi']],
    ['Mao Ning said. Mao Zedong wrote. Mao smiled.', ['mao-ning', 'mao-zedong']],
    ['汪洋大海', []],
    // A common surname after an honorific could be anyone: it needs the page to name the person.
    ['Mr Miller told reporters at the State Department.', []],
    ['Alexei Miller of Gazprom spoke. Mr Miller said', ['alexei-miller']],
    ['пан Шевченко сказав', []],
    ['Mr Lavrov said.', ['sergey-lavrov']],
    ['扩张军备', []],
    ['布莱希特的戏剧和雷琴演奏', []],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual([...expected].sort());
  });

  test('Ludmila Putina, in full, is Putin\'s former wife and not Putin', () => {
    expect(peopleIn('Ludmila Putina was seen in Moscow.')).toEqual(['lyudmila-putina']);
    expect(peopleIn('Людмила Путина')).toEqual(['lyudmila-putina']);
  });

  // Engine behaviour, reported to the lead: an unambiguous surname stems automatically ("Путин" + "а"), and a
  // full-name alias outranks a namesake's short form, so a bare "Putina" reads as Vladimir Putin even on a page
  // about his former wife. When the engine learns to prefer the page's named person, this test starts failing:
  // turn it back into a plain test.
  // A female surname ending in a vowel is cut to its stem so that its cases match; the bare stem, with no ending,
  // is a male namesake ("Lyubimova" -> "Lyubimov", the theatre director), not her.
  test('a male namesake of a female surname is not her (the stem without an ending)', () => {
    expect(peopleIn('The director Yury Lyubimov staged Hamlet.')).toEqual([]);
  });
  test('a daughter is not her father: a surname with another ending after another given name is another person', () => {
    expect(peopleIn('Saida Mirziyoyeva, the head of the presidential administration, spoke.')).toEqual([]);
  });
  // Full names match whatever their case: "песков", a genitive plural of "песок" (sand), reads as Peskov.
  test.fails('a lower-case common word that equals a surname is not the person (engine: names ignore case)', () => {
    expect(peopleIn('среди зыбучих песков пустыни')).toEqual([]);
  });
  // Chinese has no spaces: "泽连斯基夫人" (Mrs Zelenskyy) holds the president's name.
  test.fails('"Mrs Zelenskyy" in Chinese is the first lady (engine: unspaced forms match inside longer words)', () => {
    expect(peopleIn('泽连斯基夫人访问学校')).toEqual(['olena-zelenska']);
  });

  test.fails('a bare "Putina" after her full name is her, not Vladimir Putin (engine: stemming outranks her)', () => {
    expect(peopleIn('Ludmila Putina was seen in Moscow. Putina said nothing.')).toEqual(['lyudmila-putina']);
  });
});

describe('role descriptions follow the date', () => {
  test.each([
    ['The Russian defence minister arrived.', '2022-03-01', ['sergei-shoigu']],
    ['The Russian defence minister arrived.', '2024-09-01', ['andrei-belousov']],
    ['The Russian prime minister spoke.', '2015-05-01', ['dmitry-medvedev']],
    ['The Russian prime minister spoke.', '2022-05-01', ['mikhail-mishustin']],
    ['Kremlin spokesman said so.', '2022-03-01', ['dmitry-peskov']],
    ['пресс-секретарь Кремля заявил', '2023-06-01', ['dmitry-peskov']],
    ['глава МИД России заявил', '2023-06-01', ['sergey-lavrov']],
    ["Russia's top diplomat spoke.", '2023-06-01', ['sergey-lavrov']],
    ['міністр закордонних справ України заявив', '2022-03-01', ['dmytro-kuleba']],
    ['міністр закордонних справ України заявив', '2024-10-01', ['andrii-sybiha']],
    ['The Ukrainian president spoke.', '2022-03-01', ['volodymyr-zelenskyy']],
    ['The Ukrainian president spoke.', '2016-03-01', ['petro-poroshenko']],
    ["Ukraine's defence minister spoke.", '2022-06-01', ['oleksii-reznikov']],
    ["Ukraine's defence minister spoke.", '2024-06-01', ['rustem-umerov']],
    ['The head of the Office of the President of Ukraine spoke.', '2022-06-01', ['andriy-yermak']],
    ['The Chinese premier spoke.', '2022-06-01', ['li-keqiang']],
    ['The Chinese premier spoke.', '2024-06-01', ['li-qiang']],
    ['The Chinese defence minister spoke.', '2023-06-01', ['li-shangfu']],
    ['The Chinese defence minister spoke.', '2024-06-01', ['dong-jun']],
    ['俄罗斯外长表示', '2023-06-01', ['sergey-lavrov']],
    ['The Belarusian leader spoke.', '2022-06-01', ['alexander-lukashenko']],
    ['The Kazakh president spoke.', '2022-06-01', ['kassym-jomart-tokayev']],
    ["Iran's president spoke.", '2023-06-01', ['ebrahim-raisi']],
    ["Iran's president spoke.", '2024-09-01', ['masoud-pezeshkian']],
    ['The Taiwanese president spoke.', '2023-06-01', ['tsai-ing-wen']],
    ['The Taiwanese president spoke.', '2024-06-01', ['lai-ching-te']],
    ['The Ukrainian commander-in-chief spoke.', '2023-06-01', ['valerii-zaluzhnyi']],
    ['The former Russian defence minister spoke.', '2024-09-01', []],
  ])('%s (%s)', (text, date, expected) => {
    expect(peopleIn(text, date)).toEqual([...expected].sort());
  });
});

describe('title forms', () => {
  test('a title and a namesake surname pick the role holder', () => {
    const ms = engine().mentions(['Foreign Ministry Spokesperson Wang Wenbin answered. Spokesperson Wang said'], { date: '2022-05-01' }).flat();
    expect([...new Set(ms.filter((m) => m.kind === 'person').map((m) => m.id))]).toEqual(['wang-wenbin']);
  });
});
