// Which chars make words, and which scripts are written without spaces
// (there a name can start at any char, so matching walks from every char).

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc\u30fb\u00b7\u3005]/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

export const enum CharClass { Other = 0, Word = 1, Unspaced = 2 }

const table = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  table[c] = /[a-z0-9]/i.test(ch) ? CharClass.Word : CharClass.Other;
}
const memo = new Map<number, CharClass>();

export function classOf(code: number): CharClass {
  if (code < 128) return table[code] as CharClass;
  const hit = memo.get(code);
  if (hit !== undefined) return hit;
  const ch = String.fromCodePoint(code);
  const cls = UNSPACED.test(ch) ? CharClass.Unspaced : WORD.test(ch) ? CharClass.Word : CharClass.Other;
  memo.set(code, cls);
  return cls;
}

export function isUnspacedText(s: string): boolean {
  return s.length > 0 && classOf(s.codePointAt(0)!) === CharClass.Unspaced;
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hangul' | 'other';

export function scriptOf(word: string): Script {
  if (/\p{Script=Cyrillic}/u.test(word)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(word)) return 'greek';
  if (/\p{Script=Arabic}/u.test(word)) return 'arabic';
  if (/\p{Script=Hangul}/u.test(word)) return 'hangul';
  if (/\p{Script=Latin}/u.test(word)) return 'latin';
  return 'other';
}
