import { describe, expect, test } from 'vitest';
import { engine as fullEngine, seedEngine as engine } from '../helpers';
import { searchCorpus } from '../../engine/search/corpus-search';
import { withinDistance } from '../../engine/search/edit-distance';

const ids = (text: string, opts: { typing?: boolean; from?: string; to?: string } = {}) => searchCorpus(engine(), { text, ...opts }).hits.map((h) => h.id);
const marked = (text: string) => searchCorpus(engine(), { text }).hits.map((h) => h.snippet.marks.map(([a, b]) => h.snippet.text.slice(a, b)));

describe('searching the corpus', () => {
  test.each([
    ['a misspelt surname', 'Kuleeba', ['2023-03-16-qin-gang-kuleba-call']],
    ['a misspelt full name', 'Wnag Yi', ['2022-02-25-wang-yi-five-point-position']],
    ['a name in Chinese', '王毅', ['2022-02-25-wang-yi-five-point-position']],
    ['a name in Russian, inflected', 'Путина', ['2024-05-16-putin-state-visit-beijing-harbin', '2022-12-30-xi-putin-video-call']],
    ['a word of the text', 'sovereignty', ['2022-02-25-wang-yi-five-point-position', '2022-12-30-xi-putin-video-call']],
    ['a misspelt word', 'soverignty', ['2022-02-25-wang-yi-five-point-position', '2022-12-30-xi-putin-video-call']],
    ['a name and a word: both must hold', 'Qin Gang phone', ['2023-03-16-qin-gang-kuleba-call']],
  ])('%s', (_name, text, expected) => {
    expect(ids(text).sort()).toEqual([...expected].sort());
  });

  test('the last word matches by prefix while the reader types, not after', () => {
    expect(ids('Harbi', { typing: true })).toEqual(['2024-05-16-putin-state-visit-beijing-harbin']);
    expect(ids('sover', { typing: true })).toContain('2022-02-25-wang-yi-five-point-position');
    expect(ids('sover', { typing: false })).toEqual([]);
  });

  test('a word common to the whole corpus still finds the statements that have it', () => {
    expect(new Set(ids('Ukraine'))).toEqual(new Set(engine().statements.keys()));
  });

  test('dates narrow the results, alone or with words', () => {
    expect(ids('', { from: '2023-01-01', to: '2024-12-31' })).toEqual(['2024-05-16-putin-state-visit-beijing-harbin', '2023-03-16-qin-gang-kuleba-call']);
    expect(ids('Putin', { to: '2023' })).toEqual(['2022-12-30-xi-putin-video-call']);
    expect(ids('Putin', { from: '2025' })).toEqual([]);
  });

  test('the snippet marks what matched, and the words are the text\'s own', () => {
    const [kuleba] = marked('Kuleba');
    expect(kuleba.join(' ')).toMatch(/Kuleba/);
    const [first] = marked('humanitarian');
    expect(first.every((w) => /^humanitarian/i.test(w))).toBe(true);
    const r = searchCorpus(engine(), { text: 'peace talks' });
    expect(r.entities.map((e) => e.key)).toEqual(['t:peace-talks']);
    for (const h of r.hits) for (const [a, b] of h.snippet.marks) expect(b).toBeGreaterThan(a);
  });

  test('a word no statement has is reported, and narrows nothing', () => {
    const r = searchCorpus(engine(), { text: 'Kuleba zzyzx' });
    expect(r.unknown).toEqual(['zzyzx']);
    expect(r.hits.map((h) => h.id)).toEqual(['2023-03-16-qin-gang-kuleba-call']);
  });

  test('nothing asked, nothing found', () => {
    expect(searchCorpus(engine(), { text: '  ' })).toMatchObject({ hits: [], total: 0 });
  });
});

describe('the people a query names while the reader types', () => {
  test('a start that fits dozens of people names none yet; one that fits a few names them', () => {
    const names = (text: string) => searchCorpus(fullEngine(), { text, typing: true }).entities.map((e) => e.key);
    // "pr" begins "President …" of every president the gazetteer knows.
    expect(names('pr')).toEqual([]);
    expect(names('Zelen')).toContain('p:volodymyr-zelenskyy');
    expect(names('Zelesnky')).toContain('p:volodymyr-zelenskyy');
    // Typed out, a title names its holders: the reader asked for them.
    expect(names('President Macron')).toEqual(['p:emmanuel-macron']);
  });
});

describe('typo distance', () => {
  test.each([
    ['kuleba', 'kuleeba', 1, true],
    ['kuleba', 'kulbea', 1, true],
    ['kuleba', 'kolebo', 1, false],
    ['sovereignty', 'soverignty', 2, true],
  ])('%s ~ %s within %i: %s', (a, b, max, ok) => {
    expect(withinDistance(a, b, max)).toBe(ok);
  });

  test('a stem of the first word, by its length; words longer than any before', () => {
    expect(withinDistance('kuleboy', 'kuleba', 1)).toBe(false);
    expect(withinDistance('kuleboy', 'kuleba', 1, 6)).toBe(true);
    expect(withinDistance('kuleboy', 'kuleba', 1, 3)).toBe(false);
    expect(withinDistance(`${'a'.repeat(60)}bc`, `${'a'.repeat(60)}cb`, 1)).toBe(true);
    expect(withinDistance(`${'a'.repeat(60)}bc`, `${'a'.repeat(59)}xcb`, 1)).toBe(false);
  });
});

describe('snippets kept between keystrokes', () => {
  test('a statement the reader replaced is shown in its new words, not the ones kept for the old', async () => {
    const { ReadoutEngine, compileCorpus } = await import('../../engine');
    const { corpusCopy } = await import('../helpers');
    const e = ReadoutEngine.load(compileCorpus(corpusCopy()));
    const id = '2023-03-16-qin-gang-kuleba-call';
    const snippetFor = (text: string) => searchCorpus(e, { text }).hits.find((h) => h.id === id)?.snippet.text ?? null;
    expect(snippetFor('Qin Gang')).not.toBeNull();
    const old = e.statements.get(id)!;
    e.add([{ ...old, body: ['Qin Gang and Dmytro Kuleba spoke of the quinoa harvest.'], origin: 'user' }]);
    expect(snippetFor('Qin Gang')).toBe('Qin Gang and Dmytro Kuleba spoke of the quinoa harvest.');
  });
});

/** Searches a corpus holding one statement of the reader's (title, body): its hit, and the words its snippet marks. */
async function searchOwn(title: string, body: string[], text: string) {
  const { ReadoutEngine, compileCorpus } = await import('../../engine');
  const { corpusCopy } = await import('../helpers');
  const e = ReadoutEngine.load(compileCorpus(corpusCopy()));
  const old = e.statements.get('2023-03-16-qin-gang-kuleba-call')!;
  e.add([{ ...old, id: 'user-own', title, body, origin: 'user' }]);
  const hit = searchCorpus(e, { text }).hits.find((h) => h.id === 'user-own')!;
  return { hit, words: hit.snippet.marks.map(([x, y]) => hit.snippet.text.slice(x, y)) };
}

describe('snippets of texts in any case and script', () => {
  test('a word is marked where the text writes it with accents or capitals, and paragraphs without it are passed over', async () => {
    const { hit, words } = await searchOwn('Appel', ['Qin Gang spoke with Dmytro Kuleba.', 'Ils ont parlé de la SÉCURITÉ énergétique et des céréales.', 'Both sides agreed to keep in touch.'], 'securite cereales');
    expect(hit.snippet.paragraph).toBe(1);
    expect(words).toEqual(['SÉCURITÉ', 'céréales']);
  });
});

describe('snippets of plain ASCII texts', () => {
  test('each word whose stem was asked for is marked once, within words glued by case, between quotes, beside digits', async () => {
    const { hit, words } = await searchOwn('Quinoa', ['Qin Gang spoke with Dmytro Kuleba.', "The Quinoa-export, quinoaTalks, `quinoa` and QUINOAS; quinoa2 and 'quinoa' again, not aquinoa."], 'quinoa');
    expect(hit.snippet.paragraph).toBe(1);
    expect(words).toEqual(['Quinoa', 'quinoa', 'quinoa', 'QUINOAS', 'quinoa2', 'quinoa', 'aquinoa']);
    expect(hit.titleMarks).toEqual([[0, 6]]);
  });
});

describe('snippets of Chinese text', () => {
  test('each pair of chars asked for is marked, beside words of other scripts', async () => {
    const { hit, words } = await searchOwn('藜麦', ['Qin Gang spoke with Dmytro Kuleba.', '双方谈到藜麦出口和Quinoa藜麦。'], '藜麦');
    expect(hit.snippet.paragraph).toBe(1);
    expect(words).toEqual(['藜麦', '藜麦']);
    expect(hit.titleMarks).toEqual([[0, 2]]);
  });
});

describe('common words, looked up in bits the index carries', () => {
  test('each statement\'s bits say which common terms its text has', async () => {
    const { commonBits, hasBit } = await import('../../engine/search/common-terms');
    const { engine: real } = await import('../helpers');
    const e = real();
    const order = [...e.commonOrder.keys()];
    let set = 0;
    for (const s of [...e.statements.values()].filter((_, i) => i % 25 === 0)) {
      const bits = e.commonBitsOf(s);
      expect(bits).toBe(commonBits(`${s.title}\n${e.bodyOf(s).join('\n')}`, e.commonOrder));
      set += order.filter((_, n) => hasBit(bits, n)).length;
    }
    expect(set).toBeGreaterThan(1000);
  });

  test('the mentions the index keeps are those a read of the statement finds', async () => {
    const { engine: real } = await import('../helpers');
    const e = real();
    let n = 0;
    for (const s of [...e.statements.values()].filter((_, i) => i % 10 === 0)) {
      const read = e.read([s.title, ...e.bodyOf(s)], { date: s.date }).mentions.map((list) => list.map(({ kind, id, start, end }) => ({ kind, id, start, end })));
      expect(e.mentionMarksOf(s)).toEqual(read);
      n += read.flat().length;
    }
    expect(n).toBeGreaterThan(2000);
  });

  test('a statement the reader replaced is found by the common words of its new text, not of the old', async () => {
    const { ReadoutEngine, compileCorpus } = await import('../../engine');
    const { corpusCopy } = await import('../helpers');
    const e = ReadoutEngine.load(compileCorpus(corpusCopy()));
    const id = '2023-03-16-qin-gang-kuleba-call';
    const found = (text: string) => searchCorpus(e, { text }).hits.some((h) => h.id === id);
    expect(e.commonTerms.has('ukraine')).toBe(true);
    expect(found('Kuleba Ukraine')).toBe(true);
    const old = e.statements.get(id)!;
    e.add([{ ...old, title: 'Qin Gang and Dmytro Kuleba', body: ['Qin Gang and Dmytro Kuleba spoke of the quinoa harvest.'], origin: 'user' }]);
    expect(found('Kuleba Ukraine')).toBe(false);
    e.add([{ ...old, title: 'Qin Gang and Dmytro Kuleba', body: ['Qin Gang and Dmytro Kuleba spoke of Ukraine.'], origin: 'user' }]);
    expect(found('Kuleba Ukraine')).toBe(true);
    // Its names are read from its own text, not taken from the index's mentions of the bundled one.
    expect(e.mentionMarksOf(e.statements.get(id)!)[1].map((m) => [m.id, m.start])).toEqual([['qin-gang', 0], ['dmytro-kuleba', 13]]);
  });
});
