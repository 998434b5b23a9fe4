import { describe, expect, test } from 'vitest';
import { compileCorpus, ReadoutEngine } from '../../engine';
import { corpusCopy, engine, peopleIn, topicsIn } from '../helpers';

// One row per form a page may use, and one per trap; the text is read as a whole page.
describe('people, in any form', () => {
  test.each([
    ['Chinese President Xi Jinping spoke.', ['xi-jinping']],
    ['President Xi spoke with Mr Putin.', ['vladimir-putin', 'xi-jinping']],
    ['Xi Jinping arrived. Later Xi said the talks went well.', ['xi-jinping']],
    ['rf president vladimir putin arrived', ['vladimir-putin']],
    ['Vladimir Vladimirovich Putin', ['vladimir-putin']],
    ["Putin's spokesman", ['vladimir-putin']],
    ['Foreign Minister Kuleba', ['dmytro-kuleba']],
    ['Dmitry Kuleba and Dmitro Kuleba and Dmytro Kuleba', ['dmytro-kuleba']],
    ['follow @DmytroKuleba for updates', ['dmytro-kuleba']],
    ['Ms Truss met the ambassador', ['liz-truss']],
    ['British Foreign Secretary Truss', ['liz-truss']],
    ['French Presidential Adviser Bona', ['emmanuel-bonne']],
    ['Emmanuel Bonne, diplomatic adviser', ['emmanuel-bonne']],
    ['josep borrellThe EU said', ['josep-borrell']],
    ['Borrel (sic) said', ['josep-borrell']],
    ['Vice-President Han Zheng attended. Han said', ['han-zheng']],
    ['Си Цзиньпин и Владимир Путин', ['vladimir-putin', 'xi-jinping']],
    ['переговоры с Путиным и Си Цзиньпином', ['vladimir-putin', 'xi-jinping']],
    ['Дмитрий Кулеба заявил', ['dmytro-kuleba']],
    ['Жозеп Боррель і Ван І', ['josep-borrell', 'wang-yi']],
    ['Ван И встретился с Борреля', ['josep-borrell', 'wang-yi']],
    ['Ντμίτρο Κουλέμπα και Γουάνγκ Γι', ['dmytro-kuleba', 'wang-yi']],
    ['वांग यी और जोसेप बोरेल', ['josep-borrell', 'wang-yi']],
    ['习近平同普京举行视频会晤', ['vladimir-putin', 'xi-jinping']],
    ['王毅同布林肯通電話', ['antony-blinken', 'wang-yi']],
    ['시진핑 주석과 푸틴은', ['vladimir-putin', 'xi-jinping']],
    ['ولادیمیر پوتین و شی جین‌پینگ', ['vladimir-putin', 'xi-jinping']],
    ['Qin Gang met Kuleba; Mr Gang said', ['dmytro-kuleba', 'qin-gang']],
    ['🇨🇳President Xi Jinping', ['xi-jinping']],
    ['Putinului i-a spus', ['vladimir-putin']],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual([...expected].sort());
  });
});

describe('short forms count only where the page supports them', () => {
  test.each([
    ['Han Chinese make up most of the population.', []],
    ['the Han dynasty and the Qin dynasty', []],
    ['Qin Shi Huang unified China.', []],
    ['Qin Gang spoke. Qin Shi Huang is buried in Xi\'an.', ['qin-gang']],
    ['The roof trusses were replaced.', []],
    ['Truss said nothing.', []],
    ['Liz Truss resigned. Truss said she had no regrets; the trusses held.', ['liz-truss']],
    ['Wang Qiang won in straight sets.', []],
    ['Wang Yi met Wang Qiang.', ['wang-yi']],
    ['Penny Wong met Wang Yi. Wong said', ['wang-yi']],
    ['A weekend in Xi\'an with President Xi', ['xi-jinping']],
    ['Xi said the plan would work.', []],
    ['Mr Wang said the meeting was useful.', []],
    ['Foreign Minister Wang said the meeting was useful.', ['wang-yi']],
    // "Vladimir" alone is not Vladimir Putin: these name Zelenskyy (Russian spelling) and Peskov, never Putin.
    ['Vladimir Zelensky and Dmitry Peskov', ['dmitry-peskov', 'volodymyr-zelenskyy']],
    ['Владимир Зеленский', ['volodymyr-zelenskyy']],
    ['the Putinist camp', []],
    ['Bonne année à tous', []],
    ['в Бонне', []],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual([...expected].sort());
  });
});

describe('role descriptions name whoever held the role on the article\'s date', () => {
  test.each([
    ['The Chinese foreign minister spoke.', '2023-03-16', ['qin-gang']],
    ['The Chinese foreign minister spoke.', '2022-02-25', ['wang-yi']],
    ['The Chinese foreign minister spoke.', '2024-07-24', ['wang-yi']],
    ["Ukraine's foreign minister spoke.", '2023-03-16', ['dmytro-kuleba']],
    ["Ukraine's foreign minister spoke.", '2025-01-10', ['andrii-sybiha']],
    ['The Russian leader and the Chinese leader met.', '2024-05-16', ['vladimir-putin', 'xi-jinping']],
    ['il leader del Cremlino ha detto', '2024-12-19', ['vladimir-putin']],
    ['The former Chinese foreign minister spoke.', '2024-07-24', []],
    ['The British prime minister resigned.', '2022-10-20', ['liz-truss']],
    ['The British prime minister resigned.', '2004-07-05', []],
    ['Chinese Foreign Minister Qin Gang spoke.', '2024-07-24', ['qin-gang']],
  ])('%s (%s)', (text, date, expected) => {
    expect(peopleIn(text, date)).toEqual([...expected].sort());
  });
});

describe('topics', () => {
  test.each([
    ['They called for peace talks.', ['peace-talks']],
    ['They resumed peace negotiations and dialogue and negotiation.', ['peace-talks']],
    ["respects the 'one China' principle", ['one-china']],
    ['the Taiwan question', ['one-china']],
    ["five rounds of NATO's eastward expansion", ['nato-expansion']],
    ['the UN Security Council met', ['un-security-council']],
    ["Putin's Security Council met", []],
    ['мирные переговоры и политическое урегулирование', ['peace-talks', 'political-settlement']],
    ['украинского кризиса', ['ukraine-crisis']],
    ['和平谈判 与 乌克兰危机', ['peace-talks', 'ukraine-crisis']],
    ['un piano di pace e un cessate il fuoco', ['ceasefire', 'peace-talks']],
    ['un diálogo con una sola China', ['one-china']],
    ['an un-named source', []],
  ])('%s', (text, expected) => {
    const found = topicsIn(text);
    for (const t of expected) expect(found).toContain(t);
    if (expected.length === 0) expect(found).toEqual([]);
  });
});

describe('offsets', () => {
  test('a mention gives back the text as written', () => {
    const text = 'On Friday, Chinese President Xi Jinping met Владимир Путин in Харбин.';
    const ms = engine().mentions([text]).flat();
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.form);
    expect(ms.map((m) => m.form)).toEqual(['Chinese President Xi Jinping', 'Владимир Путин', 'Харбин']);
  });

  test('mentions never split a word', () => {
    const text = 'Putinism, Xiaomi, Kulebaaaaaaa, Hanoi, Qingdao, Wangari, trussed, Bonnet';
    expect(engine().mentions([text]).flat()).toEqual([]);
  });

  test('scanning cost does not depend on the order of blocks', () => {
    const a = engine().mentions(['Xi said so.', 'Xi Jinping met Putin.']);
    const b = engine().mentions(['Xi Jinping met Putin.', 'Xi said so.']);
    expect(a[0].length).toBe(b[1].length);
  });
});

describe('namesakes who share a surname', () => {
  // Two made-up people who share "Halvorsen": the bare surname is whichever of them the page names in full.
  const corpus = corpusCopy();
  const person = (id: string, name: string) => ({ id, name, country: 'NO', roles: [], names: [name], surnames: ['Halvorsen'], ambiguousSurname: true });
  corpus.people.push(person('ada-halvorsen', 'Ada Halvorsen'), person('bo-halvorsen', 'Bo Halvorsen'));
  const e = ReadoutEngine.load(compileCorpus(corpus));
  const who = (text: string) => [...new Set(e.mentions([text]).flat().filter((m) => m.kind === 'person').map((m) => `${m.id}:${m.form}`))].sort();

  test.each([
    ['Ada Halvorsen spoke. Later Halvorsen said more.', ['ada-halvorsen:Ada Halvorsen', 'ada-halvorsen:Halvorsen']],
    ['Bo Halvorsen spoke. Mr Halvorsen said more.', ['bo-halvorsen:Bo Halvorsen', 'bo-halvorsen:Mr Halvorsen']],
    ['Halvorsen said nothing.', []],
    ['Ada Halvorsen met Bo Halvorsen. Halvorsen said more.', ['ada-halvorsen:Ada Halvorsen', 'bo-halvorsen:Bo Halvorsen']],
  ])('%s', (text, expected) => { expect(who(text)).toEqual(expected); });
});

describe('two forms of one surname, one the other\'s stem', () => {
  // A made-up person whose French surname form ("Vasquine") comes before the form that is its stem ("Vasquin"): the
  // bare stem of the first is no name, but the second is written so, whichever the gazetteer lists first.
  const withSurnames = (surnames: string[]) => {
    const corpus = corpusCopy();
    corpus.people.push({ id: 'ivo-vasquin', name: 'Ivo Vasquin', country: 'RU', roles: [], names: ['Ivo Vasquin', 'Ivo Vasquine'], surnames, ambiguousSurname: false });
    return ReadoutEngine.load(compileCorpus(corpus));
  };
  const forms = (e: ReadoutEngine, text: string) => e.mentions([text]).flat().filter((m) => m.id === 'ivo-vasquin').map((m) => m.form);

  test.each([[['Vasquine', 'Vasquin']], [['Vasquin', 'Vasquine']]])('surnames %j', (surnames) => {
    const e = withSurnames(surnames);
    expect(forms(e, 'Ivo Vasquin a parlé. Vasquin est parti.')).toEqual(['Ivo Vasquin', 'Vasquin']);
    expect(forms(e, 'Ivo Vasquine a parlé. Vasquine est parti.')).toEqual(['Ivo Vasquine', 'Vasquine']);
  });
});
