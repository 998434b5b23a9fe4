import { describe, expect, test } from 'vitest';
import { compileCorpus, CorpusError, type RawCorpus } from '../../engine';
import { corpusCopy, engine } from '../helpers';

const QIN = '2023-03-16-qin-gang-kuleba-call';
const statement = (c: RawCorpus, id = QIN) => c.statements.find((s) => s.id === id)!;

// Each row breaks the corpus one way; the message must name the file and the field.
describe('corpus validation', () => {
  test.each<[string, (c: RawCorpus) => void, RegExp]>([
    ['missing date', (c) => { delete (statement(c) as Partial<RawCorpus['statements'][0]>).date; }, /corpus\/statements\/2023-03-16-qin-gang-kuleba-call\.json: date: missing/],
    ['bad date', (c) => { statement(c).date = '16/03/2023'; }, /qin-gang-kuleba-call\.json: date: "16\/03\/2023" is not a date/],
    ['impossible date', (c) => { statement(c).date = '2023-02-30'; }, /qin-gang-kuleba-call\.json: date: "2023-02-30" is not a date/],
    ['duplicate id', (c) => { statement(c, '2022-12-30-xi-putin-video-call').id = QIN; }, /: id: duplicate id "2023-03-16-qin-gang-kuleba-call"/],
    ['unknown participant', (c) => { statement(c).participants.push('no-such-person'); }, /qin-gang-kuleba-call\.json: participants: unknown participant "no-such-person"/],
    ['no participants', (c) => { statement(c).participants = []; }, /qin-gang-kuleba-call\.json: participants: must list at least one/],
    ['empty body', (c) => { statement(c).body = []; }, /qin-gang-kuleba-call\.json: body: must be a list of non-empty paragraphs/],
    ['missing source', (c) => { statement(c).source = ' '; }, /qin-gang-kuleba-call\.json: source: missing/],
    ['alias claimed by two people', (c) => { c.people.find((p) => p.id === 'wang-yi')!.names.push('Qin Gang'); }, /corpus\/people\.json: person "(wang-yi|qin-gang)": alias "Qin Gang" is also claimed by person "(qin-gang|wang-yi)"/],
    ['alias claimed by two topics', (c) => { c.topics[0].phrases.en.push('peace talks'); }, /corpus\/topics\.json: topic "(ukraine-crisis|peace-talks)": alias "peace talks" is also claimed by topic/],
    ['unknown role', (c) => { c.people[0].roles.push({ role: 'pope', from: '2020-01-01' }); }, /corpus\/people\.json: people\[0\] "xi-jinping"\.roles\[2\]\.role: unknown role "pope"/],
    ['role ends before it starts', (c) => { c.people[0].roles[1].to = '2000-01-01'; }, /people\[0\] "xi-jinping"\.roles\[1\]\.to: ends before it starts/],
    ['duplicate person', (c) => { c.people.push({ ...c.people[0] }); }, /people\.json: people\[\d+\] "xi-jinping"\.id: duplicate id/],
    ['topic without Chinese', (c) => { delete c.topics[0].phrases.zh; }, /topics\.json: topics\[0\] "ukraine-crisis"\.phrases\.zh: needs at least one phrase/],
  ])('%s', (_name, breakIt, message) => {
    const c = corpusCopy();
    breakIt(c);
    let err: unknown;
    try { compileCorpus(c); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(CorpusError);
    expect((err as Error).message).toMatch(message);
  });

  test('the real corpus compiles', () => {
    expect(compileCorpus(corpusCopy()).statements.length).toBeGreaterThanOrEqual(4);
  });
});

// A topic phrase must not light ordinary words on any page: each row breaks a copy of the corpus with one such
// phrase; the message names the file, the topic and the phrase.
describe('topic phrases that would light common words', () => {
  const T = 'corpus/topics.json: topics\\[0\\] "ukraine-crisis"';
  const phrase = (lang: string, ph: string) => (c: RawCorpus) => { (c.topics[0].phrases[lang] ??= []).push(ph); };
  test.each<[string, (c: RawCorpus) => void, RegExp]>([
    ['a common English word', phrase('en', 'energy'), new RegExp(`${T}\\.phrases\\.en: "energy" is a common English word`)],
    ['a common French word', phrase('fr', 'énergie'), new RegExp(`${T}\\.phrases\\.fr: "énergie" is a common (German and )?French word`)],
    ['a common word of another language ("Nato" is Italian "born")', phrase('en', 'Nato'), new RegExp(`${T}\\.phrases\\.en: "Nato" is a common Italian word`)],
    ['school bullying', phrase('en', 'bullying'), new RegExp(`${T}\\.phrases\\.en: "bullying" is a common English word`)],
    ['a stem that lights "es handelt sich"', phrase('de', 'Handel*'), new RegExp(`${T}\\.phrases\\.de: "Handel\\*" would light the common German word "handel`)],
    ['a stem that lights "energetic"', phrase('en', 'energ*'), new RegExp(`${T}\\.phrases\\.en: "energ\\*" would light the common English word "energ`)],
    ['a Ukrainian stem that lights "кримінальний"', phrase('uk', 'Крим*'), new RegExp(`${T}\\.phrases\\.uk: "Крим\\*" would light the common Ukrainian word "кримінальн`)],
    ['a stem too short to stand alone', phrase('ru', 'газ*'), new RegExp(`${T}\\.phrases\\.ru: "газ\\*": the stem "газ\\*" has 3 letters, fewer than 5`)],
    ['a stem too short inside a phrase', phrase('ru', 'российск* га*'), new RegExp(`${T}\\.phrases\\.ru: "российск\\* га\\*": the stem "га\\*" has 2 letters, fewer than 3`)],
    ['function words only', phrase('en', 'of the'), new RegExp(`${T}\\.phrases\\.en: "of the" is made only of function words`)],
    ['a weak phrase of function words only', (c) => { c.topics[0].weak = ['in der']; }, new RegExp(`${T}\\.weak: "in der" is made only of function words`)],
    ['a book\'s chapter', phrase('en', 'Chapter 7'), new RegExp(`${T}\\.phrases\\.en: "Chapter 7" is a common word and a number`)],
    ['a comma between its words, which matching never crosses', phrase('en', 'One Belt, One Road'), new RegExp(`${T}\\.phrases\\.en: "One Belt, One Road" has "," between its words`)],
    ['a single Chinese character', phrase('zh', '核'), new RegExp(`${T}\\.phrases\\.zh: "核" is a single character`)],
    ['a common Chinese word', phrase('zh', '能源'), new RegExp(`${T}\\.phrases\\.zh: "能源" is a common Chinese word`)],
    ['Chinese mixed with Latin letters', phrase('zh', 'AI治理'), new RegExp(`${T}\\.phrases\\.zh: "AI治理" mixes Chinese`)],
    ['a short lower-case word', phrase('en', 'eu'), new RegExp(`${T}\\.phrases\\.en: "eu" is a word of 2 letters in lower case`)],
  ])('%s', (_name, breakIt, message) => {
    const c = corpusCopy();
    breakIt(c);
    let err: unknown;
    try { compileCorpus(c); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(CorpusError);
    expect((err as Error).message).toMatch(message);
  });

  test.each<[string, (c: RawCorpus) => void]>([
    ['a common word may be weak', (c) => { c.topics[0].weak = ['Krieg', 'Handel']; }],
    ['an acronym in capitals may look like a word ("NATO", "OCS")', (c) => { c.topics[0].phrases.en.push('OCSE'); c.topics[0].phrases.it.push('NATOX'); }],
    ['a stem of five letters that runs into no common word', (c) => { c.topics[0].phrases.ru.push('санкц*'); }],
  ])('%s', (_name, change) => {
    const c = corpusCopy();
    change(c);
    expect(() => compileCorpus(c)).not.toThrow();
  });
});

describe('what Readout proposes for a text the reader adds', () => {
  test('title, date, participants, kind and language, read from the text', async () => {
    const { proposeStatement } = await import('../../engine');
    const d = proposeStatement(engine(), { paragraphs: [
      'Wang Yi Holds Phone Call with Dmytro Kuleba',
      'On 20 July 2023, Director Wang Yi held a phone call with Ukrainian Foreign Minister Dmytro Kuleba at the latter\'s request.',
      'Kuleba said Ukraine values China\'s role. Wang Yi said China supports peace talks.',
    ] });
    expect(d).toMatchObject({ title: 'Wang Yi Holds Phone Call with Dmytro Kuleba', date: '2023-07-20', kind: 'call', language: 'en' });
    expect(d.participants.sort()).toEqual(['dmytro-kuleba', 'wang-yi']);
    expect(d.body).toHaveLength(2);
  });

  test('a Russian text without a date: no date proposed, language ru', async () => {
    const { proposeStatement } = await import('../../engine');
    const d = proposeStatement(engine(), { title: 'Заявление', paragraphs: ['Владимир Путин провёл переговоры с Си Цзиньпином.'] });
    expect(d.date).toBe('');
    expect(d.language).toBe('ru');
    expect(d.participants.sort()).toEqual(['vladimir-putin', 'xi-jinping']);
  });
});
