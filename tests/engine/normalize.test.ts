import { describe, expect, test } from 'vitest';
import { fold } from '../../engine';

describe('fold', () => {
  test.each([
    ['Vučić', 'vucic'],
    ['communiqué', 'communique'],
    ['Russia\u02bcs', "russia's"],
    ['Truss\u2019s', "truss's"],
    ['one\u2010China \u201cprinciple\u201d', 'one-china "principle"'],
    ['Russia\u2013Ukraine\u2014war', 'russia-ukraine-war'],
    ['Ku\u00adleba', 'kuleba'],
    ['Kułeba', 'kuleba'],
    ['ΣΙΣ', 'σισ'],
    ['Ёлка', 'елка'],
    ['Straße', 'strasse'],
    ['习近平', '习近平'],
    ['푸틴은', '푸틴은'],
    ['ＡＢＣ', 'abc'],
    // Arabic is written with or without hamza and vowel marks: one spelling must match the other.
    ['الأزمة الأوكرانية', 'الازمة الاوكرانية'],
    ['إيران', 'ايران'],
    ['مُحادَثات', 'محادثات'],
    ['روسيـــا', 'روسيا'],
    ['موسكى', 'موسكي'],
  ])('%s -> %s', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  test('every folded char maps back to the original text', () => {
    const input = 'Dmytro Ku\u00adleba, “Vučić” — 习近平 ﬁne Ꭰ 𝐀';
    const f = fold(input);
    expect(f.src.length).toBe(f.text.length);
    for (let k = 0; k < f.text.length; k++) {
      expect(f.src[k]).toBeGreaterThanOrEqual(0);
      expect(f.srcEnd[k]).toBeGreaterThan(f.src[k]);
      expect(f.srcEnd[k]).toBeLessThanOrEqual(input.length);
    }
    const k = f.text.indexOf('vucic');
    expect(input.slice(f.src[k], f.srcEnd[k + 4])).toBe('Vučić');
  });

  test('an ASCII text folds to its lower case, char for char (search snippets read offsets so)', () => {
    let ascii = '';
    for (let c = 0; c < 128; c++) ascii += String.fromCharCode(c);
    const text = `${ascii} The G7's \`grain\` deal, borrellThe QUINOA-2023 ${ascii}`;
    const f = fold(text);
    expect(f.text).toBe(text.toLowerCase().replace(/`/g, "'"));
    expect([...f.src]).toEqual([...text].map((_, i) => i));
    expect([...f.srcEnd]).toEqual([...text].map((_, i) => i + 1));
    // A text all ASCII takes a path of its own: it folds as the same text does beside a letter that is not.
    const mixed = fold(`${text}é`);
    expect(f.text).toBe(mixed.text.slice(0, -1));
    for (const key of ['src', 'srcEnd', 'letterCase'] as const) expect([...f[key]]).toEqual([...mixed[key].subarray(0, -1)]);
  });

  test('folded char for char, the text alone is fold()\'s, and is refused where fold() maps a char to none or several', async () => {
    const { foldAligned } = await import('../../engine/text/normalize');
    const aligned = (text: string) => {
      const f = fold(text);
      return f.text.length === text.length && f.src.every((at, k) => at === k) ? f.text : null;
    };
    // Every char of the Basic Multilingual Plane (but surrogates) in blocks, each block beside ASCII text.
    let refused = 0;
    for (let from = 0x80; from < 0x10000; from += 64) {
      if (from >= 0xd800 && from < 0xe000) continue;
      const text = `Ünd ${String.fromCharCode(...Array.from({ length: 64 }, (_, i) => from + i))} THE \`end\``;
      expect(foldAligned(text)).toBe(aligned(text));
      if (foldAligned(text) === null) refused++;
      for (let i = 0; i < 64; i += 7) {
        const one = `Word ${String.fromCharCode(from + i)} Word`;
        expect(foldAligned(one)).toBe(aligned(one));
      }
    }
    expect(refused).toBeGreaterThan(10);
    for (const text of ['plain ASCII, `quoted`', 'Zelenskyy’s “peace formula” — Kyiv', 'Straße', 'soft\u00adhyphen', 'e\u0301', 'emoji 😀 here', '王毅会见', 'İstanbul']) {
      expect(foldAligned(text)).toBe(aligned(text));
    }
  });

  test('records the case of the original letters', () => {
    const f = fold('Xi xi ИВ');
    expect([...f.letterCase]).toEqual([2, 1, 0, 1, 1, 0, 2, 2]);
  });
});
