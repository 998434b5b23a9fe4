// Text is folded once, char by char, so that every folded position maps back to
// the original text: highlights and passages need offsets in what the reader sees.

export interface Folded {
  /** The folded text: lower case, no diacritics, plain quotes and dashes. */
  text: string;
  /** For each folded char, the offset of the original char it came from. */
  src: Int32Array;
  /** For each folded char, the end offset of that original char. */
  srcEnd: Int32Array;
  /** For each folded char: 0 no case, 1 lower, 2 upper (in the original). */
  letterCase: Uint8Array;
}

// Letters NFKD does not decompose, quotes and dashes in their many Unicode forms,
// and invisible chars that pages put inside words (soft hyphen, zero-width joiners).
const EXTRA: Record<string, string> = {
  'ł': 'l', 'đ': 'd', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'þ': 'th', 'ð': 'd', 'ħ': 'h', 'ŧ': 't',
  'ς': 'σ',
  // Ukrainian writes a foreign g as ґ or as г, one paper one way and the next the other ("Цінь Ґан", "Цінь Ган").
  'ґ': 'г',
  // Arabic: alef maqsura is written for final ya in much of the press.
  'ى': 'ي',
  '\u2019': "'", '\u2018': "'", '\u201b': "'", '\u02bc': "'", '`': "'", '\u00b4': "'", '\u2032': "'", '\u02b9': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\ufe58': '-', '\ufe63': '-', '\uff0d': '-',
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
};
// Latin, Greek and Cyrillic accents; Arabic vowel marks, hamza and madda over or under an alef ("الأزمة" is
// also written "الازمة"), and tatweel, the stretching stroke of justified text.
const COMBINING = /[\u0300-\u036f\u0640\u064b-\u065f\u0670]/g;
const cache = new Map<string, string>();

/** Folds one code point; Hangul syllables are kept whole (NFKD would split them into jamo). */
export function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  const code = ch.codePointAt(0)!;
  if (code >= 0xac00 && code <= 0xd7a3) out = ch;
  else {
    out = '';
    for (const c of ch.toLowerCase().normalize('NFKD').replace(COMBINING, '')) out += EXTRA[c] ?? c;
  }
  if (cache.size < 50_000) cache.set(ch, out);
  return out;
}

function caseOf(ch: string): number {
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return 0;
  return lower === ch ? 1 : 2;
}

const ASCII = /^[\x00-\x7f]*$/;

/** An ASCII char's case: 0 none, 1 lower, 2 upper. */
const asciiCase = (code: number) => (code >= 65 && code <= 90 ? 2 : code >= 97 && code <= 122 ? 1 : 0);
/** ASCII text folded: lower case, and a backtick is an apostrophe. */
const lowerAscii = (s: string) => {
  const lower = s.toLowerCase();
  return lower.includes('`') ? lower.replace(/`/g, "'") : lower;
};

/** An ASCII text (most of an English page) folds char for char: its offsets are their own places. */
function foldAscii(input: string): Folded {
  const n = input.length;
  const src = new Int32Array(n);
  const srcEnd = new Int32Array(n);
  const letterCase = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    src[i] = i;
    srcEnd[i] = i + 1;
    letterCase[i] = asciiCase(code);
  }
  return { text: lowerAscii(input), src, srcEnd, letterCase };
}

export function fold(input: string): Folded {
  const n = input.length;
  if (ASCII.test(input)) return foldAscii(input);
  let cap = n + 16;
  let src = new Int32Array(cap);
  let srcEnd = new Int32Array(cap);
  let letterCase = new Uint8Array(cap);
  const ensure = (need: number) => {
    if (need <= cap) return;
    cap = Math.max(cap * 2, need);
    const s2 = new Int32Array(cap); s2.set(src); src = s2;
    const e2 = new Int32Array(cap); e2.set(srcEnd); srcEnd = e2;
    const c2 = new Uint8Array(cap); c2.set(letterCase); letterCase = c2;
  };
  const parts: string[] = [];
  let k = 0;
  for (let i = 0; i < n; ) {
    if (input.charCodeAt(i) < 128) {
      // ASCII fast path, a whole run at a time: most of any page.
      let j = i;
      ensure(k + 64);
      while (j < n && j - i < 64) {
        const code = input.charCodeAt(j);
        if (code >= 128) break;
        src[k] = j; srcEnd[k] = j + 1;
        letterCase[k] = asciiCase(code);
        k++; j++;
      }
      parts.push(lowerAscii(input.slice(i, j)));
      i = j;
      continue;
    }
    const width = input.codePointAt(i)! > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    const out = foldChar(ch);
    const c = caseOf(ch);
    ensure(k + out.length);
    for (let j = 0; j < out.length; j++) { src[k] = i; srcEnd[k] = i + width; letterCase[k] = c; k++; }
    parts.push(out);
    i += width;
  }
  return { text: parts.join(''), src: src.subarray(0, k), srcEnd: srcEnd.subarray(0, k), letterCase: letterCase.subarray(0, k) };
}

const CHANGED = /[A-Z`]|[^\x00-\x7f]/gu;

/**
 * The folded text where each char of the input folds to exactly one char, so that offsets in one are
 * offsets in the other (most text: curly quotes, dashes and accented letters fold to one char each);
 * null where one folds to none or several (a soft hyphen, "ß", a combining accent, a char beyond the
 * BMP). The same text as fold(), char by char, without its offset arrays: a fifth of its time, for
 * search snippets, which fold the paragraphs of thirty statements at a keystroke.
 */
export function foldAligned(input: string): string | null {
  if (ASCII.test(input)) {
    return lowerAscii(input);
  }
  let aligned = true;
  const text = input.replace(CHANGED, (ch) => {
    if (ch.length === 1 && ch.charCodeAt(0) < 128) return ch === '`' ? "'" : ch.toLowerCase();
    const out = foldChar(ch);
    if (ch.length !== 1 || out.length !== 1) aligned = false;
    return out;
  });
  return aligned ? text : null;
}

/** Folds a short string where offsets are not needed (aliases, queries, labels). */
export function foldString(s: string): string {
  return fold(s).text;
}
