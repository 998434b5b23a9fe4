import { fold, type Folded } from '../text/normalize';
import { tokenize, type Token } from '../text/tokenize';
import { CharClass, classOf } from '../text/scripts';
import { step, type Matcher, type TrieNode } from './trie';
import { UNSPACED_KEY } from '../gazetteer/alias-rows';

/** A place where some alias matched, before the page-level rules decide what it is. */
export interface Candidate {
  /** Offsets in the original text of the block. */
  start: number;
  end: number;
  /** Offsets in the folded text, for ordering and overlap. */
  fStart: number;
  fEnd: number;
  /** Ids into matcher.aliases whose case rules passed. */
  aliases: number[];
  /** Folded word before and after, and what lies between the match and the next word. */
  prevWord: string;
  nextWord: string;
  nextCapitalised: boolean;
  /** The word before is capitalised, and not only because a sentence starts with it. */
  prevCapitalised: boolean;
  /** The word before starts with a capital, wherever it stands. */
  prevInitial: boolean;
  /** The match starts with a capital. */
  capitalised: boolean;
  /** The folded text of the match's last token, as written: "putina" where the alias is "putin*". */
  lastToken: string;
  gapAfter: string;
  gapBefore: string;
}

export interface BlockScan {
  /** The block folded and tokenised, kept so that ranking need not do it again. */
  folded: string;
  tokens: Token[];
  candidates: Candidate[];
  /** Most long words capitalised: a headline, where capitals say nothing about names. */
  titleCase: boolean;
}

/**
 * A gap between two words of one name: a space, a hyphen, a quote; a dot only after an abbreviation.
 * Whitespace alone, of any length, is one space to a reader: markup breaks lines inside a link or a heading.
 */
function gapOk(text: string, from: number, to: number, prevLen: number): boolean {
  if (/^\s+$/.test(text.slice(from, to))) return true;
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '\n' || c === '!' || c === '?' || c === ';' || c === ':' || c === ',' || c === '(' || c === ')') return false;
    if (c === '.' && prevLen > 3) return false;
  }
  return true;
}

function caseOk(f: Folded, tok: Token, rule: number): boolean {
  if (rule === 0) return true;
  if (rule === 1) return f.letterCase[tok.start] !== 1;
  for (let k = tok.start; k < tok.end; k++) if (f.letterCase[k] === 1) return false;
  return true;
}

/** Whether token `i` starts its block or a sentence (its capital then says nothing). */
function sentenceStart(text: string, toks: Token[], i: number): boolean {
  if (i === 0) return true;
  return /[.!?:;\n"“«„|•·–—]/.test(text.slice(toks[i - 1].end, toks[i].start));
}

const ARABIC_PROCLITIC = /^[وفبلك]/;

/** Korean writes its particles onto the word ("전쟁은", "제재를", "우크라이나에서"): a form matches the word without one. */
const KOREAN_PARTICLE = /(?:에서는|에서도|으로는|에게는|이라는|에서|에는|에게|으로|과의|와의|까지|부터|처럼|보다|라는|은|는|이|가|을|를|과|와|로|의|에|도|만)$/;
function withoutParticle(tok: string): string | null {
  const last = tok.charCodeAt(tok.length - 1);
  if (last < 0xac00 || last > 0xd7a3) return null;
  const m = KOREAN_PARTICLE.exec(tok);
  return m && tok.length - m[0].length >= 2 ? tok.slice(0, tok.length - m[0].length) : null;
}
/**
 * Katakana and its long-vowel mark at `i` of folded text; not the middle dot that parts the names of one person.
 * Folding splits a voiced kana ("バ") into the kana and a combining mark, which belongs to the kana before it.
 */
function katakanaAt(s: string, i: number): boolean {
  let code = s.charCodeAt(i);
  if (code === 0x3099 || code === 0x309a) code = s.charCodeAt(i - 1);
  return (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x30fc && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}

/** A text folded and split into words: the part of a scan that needs no gazetteer (a stopped worker does it while reading one). */
export interface PreparedText {
  readonly text: string;
  readonly f: Folded;
  readonly toks: Token[];
}

export function prepareText(text: string): PreparedText {
  const f = fold(text);
  return { text, f, toks: tokenize(f) };
}

export function scanBlock(m: Matcher, input: string | PreparedText): BlockScan {
  const { f, toks } = typeof input === 'string' ? prepareText(input) : input;
  const candidates: Candidate[] = [];
  const kids: TrieNode[] = [];

  const emit = (fStart: number, fEnd: number, ids: number[], first: number, last: number) => {
    const passing = ids.filter((id) => {
      const a = m.forms.get(id);
      if (a.unspaced) return true;
      for (let t = 0; t < a.tokens.length; t++) if (!caseOk(f, toks[first + t], a.caseRule[t])) return false;
      return true;
    });
    if (passing.length === 0) return;
    const next = toks[last + 1];
    const prev = toks[first - 1];
    candidates.push({
      start: f.src[fStart], end: f.srcEnd[fEnd - 1], fStart, fEnd, aliases: passing,
      prevWord: prev ? prev.text : '',
      nextWord: next ? next.text : '',
      nextCapitalised: next ? f.letterCase[next.start] === 2 : false,
      prevCapitalised: prev ? f.letterCase[prev.start] === 2 && !sentenceStart(f.text, toks, first - 1) : false,
      prevInitial: prev ? f.letterCase[prev.start] === 2 : false,
      capitalised: f.letterCase[fStart] === 2,
      lastToken: toks[last].text,
      gapAfter: f.text.slice(fEnd, next ? next.start : Math.min(f.text.length, fEnd + 3)),
      gapBefore: f.text.slice(prev ? prev.end : Math.max(0, fStart - 3), fStart),
    });
  };

  // Depth-first over the trie from token i; each match found along the way is emitted, ending `cut` chars before
  // the token's end (a Korean particle the token was read without).
  const walk = (n: TrieNode, i: number, j: number, fStart: number, tokText: string, cut = 0) => {
    step(n, tokText, kids);
    if (kids.length === 0) return;
    const found = kids.slice();
    for (const c of found) {
      if (c.out) emit(fStart, toks[j].end - cut, c.out, i, j);
      const nx = toks[j + 1];
      if (nx && (c.next || c.stems) && gapOk(f.text, toks[j].end, nx.start, toks[j].end - toks[j].start)) {
        walk(c, i, j + 1, fStart, nx.text);
        const bare = withoutParticle(nx.text);
        if (bare) walk(c, i, j + 1, fStart, bare, nx.text.length - bare.length);
      }
    }
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    m.prepare(t.text);
    walk(m.words, i, i, t.start, t.text);
    const bare = withoutParticle(t.text);
    if (bare) walk(m.words, i, i, t.start, bare, t.text.length - bare.length);
    if (t.text.length > 3 && ARABIC_PROCLITIC.test(t.text)) {
      m.prepare(t.text.slice(1));
      walk(m.words, i, i, t.start + 1, t.text.slice(1));
    }
  }

  if (m.unspaced) {
    const s = f.text;
    for (let k = 0; k < s.length; k++) {
      if (classOf(s.charCodeAt(k)) !== CharClass.Unspaced && !(s.charCodeAt(k) >= 0xd800 && s.charCodeAt(k) <= 0xdbff)) continue;
      // Katakana spells a foreign word as one unbroken run: a name inside a longer run is part of another word
      // ("クレバ", Kuleba, in "クレバー", clever).
      if (k > 0 && katakanaAt(s, k) && katakanaAt(s, k - 1)) continue;
      m.prepare(UNSPACED_KEY + s[k]);
      let n: TrieNode | undefined = m.chars;
      let best = -1;
      let bestIds: number[] | null = null;
      for (let e = k; e < s.length && n; e++) {
        n = n.next?.get(s[e]);
        if (n?.out && !(katakanaAt(s, e) && katakanaAt(s, e + 1))) { best = e + 1; bestIds = n.out; }
      }
      if (bestIds) candidates.push({
        start: f.src[k], end: f.srcEnd[best - 1], fStart: k, fEnd: best, aliases: bestIds,
        prevWord: '', nextWord: '', nextCapitalised: false, prevCapitalised: false, prevInitial: false, capitalised: false, lastToken: '', gapAfter: '', gapBefore: '',
      });
    }
  }

  let long = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.end - t.start < 4) continue;
    long++;
    if (f.letterCase[t.start] === 2) caps++;
  }
  return { folded: f.text, tokens: toks, candidates, titleCase: long >= 3 && caps / long >= 0.6 };
}
