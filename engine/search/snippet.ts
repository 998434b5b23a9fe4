import type { ReadoutEngine } from '../index/engine';
import type { StatementRecord } from '../index/types';
import { fold, foldAligned } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { stem } from '../rank/terms';
import { CharClass, classOf } from '../text/scripts';
import type { MentionMark } from './mention-marks';

/** A piece of a statement with the places that matched the query, as [start, end) in `text`. */
export interface Snippet { text: string; marks: [number, number][]; paragraph: number }

const SNIPPET_CHARS = 260;
const LEAD_CHARS = 70;

/** A text's words: stem, then start and end in the original text, three entries a word. */
type Words = { stems: string[]; at: number[] };

function wordsOf(text: string): Words {
  const f = fold(text);
  const stems: string[] = [];
  const at: number[] = [];
  for (const tok of tokenize(f)) { stems.push(stem(tok.text)); at.push(f.src[tok.start], f.srcEnd[tok.end - 1]); }
  return { stems, at };
}

/**
 * Words of a text folded char for char whose stem is one of `wanted`, reading only the runs of word chars
 * where a stem appears: no word crosses the edge of such a run, and folding is char by char, so tokenising
 * the run finds the words a read of the whole text would. Most paragraphs of the statements a prefix brings
 * in hold the words asked for a few times or not at all, and reading all their words was most of building
 * their snippets.
 */
function runMarks(text: string, folded: string, wanted: Set<string>): [number, number][] {
  const out: [number, number][] = [];
  const read = new Set<number>();
  // Aligned text has no surrogate pairs (each would fold to two chars from one place): one unit is one char.
  const inRun = (at: number) => classOf(folded.charCodeAt(at)) === CharClass.Word;
  for (const w of wanted) {
    const pair = isCharPair(w);
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      // Chinese and Japanese terms are char pairs, wherever they stand.
      if (pair) { out.push([at, at + w.length]); continue; }
      let start = at;
      while (start > 0 && inRun(start - 1)) start--;
      if (read.has(start)) continue;
      read.add(start);
      let end = at;
      while (end < folded.length && inRun(end)) end++;
      for (const tok of tokenize(fold(text.slice(start, end)))) if (wanted.has(stem(tok.text))) out.push([start + tok.start, start + tok.end]);
    }
  }
  return out;
}

/** Words of a statement's text `i` whose stem is one of `wanted`, as offsets in the original text. */
function wordMarks(text: string, r: Readable, i: number, wanted: Set<string>): [number, number][] {
  if (wanted.size === 0) return [];
  if (r.aligned[i] === undefined) r.aligned[i] = foldAligned(text);
  const aligned = r.aligned[i];
  if (aligned !== null) return runMarks(text, aligned, wanted);
  const words = (r.words[i] ??= wordsOf(text));
  const out: [number, number][] = [];
  words.stems.forEach((st, i) => { if (wanted.has(st)) out.push([words.at[2 * i], words.at[2 * i + 1]]); });
  // Chinese and Japanese terms are char pairs: mark each pair found.
  const pairs = [...wanted].filter(isCharPair);
  if (pairs.length) {
    const f = fold(text);
    for (const w of pairs) for (let at = f.text.indexOf(w); at >= 0; at = f.text.indexOf(w, at + 1)) out.push([f.src[at], f.srcEnd[at + w.length - 1]]);
  }
  return out;
}

/**
 * What a statement's snippet is made from, kept for the statements searched last: typing a query asks
 * for the same statements at each keystroke, and reading their words and names again was most of it.
 */
interface Readable {
  /** Per text: folded, where folding maps it char for char (null where not); its words, where it does not. Each made when first needed. */
  aligned: (string | null | undefined)[];
  words: (Words | null)[];
  mentions: MentionMark[][] | null;
}
const KEPT = 400;
const readable = new WeakMap<ReadoutEngine, Map<StatementRecord, Readable>>();

function readableOf(engine: ReadoutEngine, s: StatementRecord, texts: string[]): Readable {
  let kept = readable.get(engine);
  if (!kept) { kept = new Map(); readable.set(engine, kept); }
  let r = kept.get(s);
  if (r) { kept.delete(s); kept.set(s, r); return r; }
  r = { aligned: texts.map(() => undefined), words: texts.map(() => null), mentions: null };
  kept.set(s, r);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return r;
}

const isCharPair = (w: string) => w.length === 2 && classOf(w.charCodeAt(0)) === CharClass.Unspaced && classOf(w.charCodeAt(1)) === CharClass.Unspaced;

function merged(marks: [number, number][]): [number, number][] {
  const sorted = marks.slice().sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else out.push([m[0], m[1]]);
  }
  return out;
}

/** At most SNIPPET_CHARS of a paragraph, starting a little before its first mark, cut at word edges. */
function window(text: string, marks: [number, number][]): Snippet {
  if (text.length <= SNIPPET_CHARS) return { text, marks, paragraph: 0 };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD_CHARS);
  if (start > 0) { const sp = text.indexOf(' ', start); start = sp >= 0 && sp < first ? sp + 1 : start; }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) { const sp = text.lastIndexOf(' ', end); end = sp > start ? sp : end; }
  const head = start > 0 ? '… ' : '';
  const shift = head.length - start;
  const kept = marks.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a + shift, b + shift] as [number, number]);
  return { text: head + text.slice(start, end) + (end < text.length ? ' …' : ''), marks: kept, paragraph: 0 };
}

/**
 * The paragraph of a statement that best shows why it matched (most different things
 * found, then most marks), and the marks in its title.
 */
export function snippetOf(engine: ReadoutEngine, s: StatementRecord, words: Set<string>, entityKeys: Set<string>): { snippet: Snippet; titleMarks: [number, number][] } {
  const texts = [s.title, ...engine.bodyOf(s)];
  const r = readableOf(engine, s, texts);
  if (entityKeys.size) r.mentions ??= engine.mentionMarksOf(s);
  const mentions = entityKeys.size ? r.mentions! : texts.map(() => []);
  // A common word is marked hundreds of times in a long statement: each form is folded once.
  const foldedForms = new Map<string, string>();
  const folded = (form: string) => {
    let f = foldedForms.get(form);
    if (f === undefined) { f = fold(form).text; foldedForms.set(form, f); }
    return f;
  };
  const marksOf = (i: number) => {
    const found = new Set<string>();
    const marks = wordMarks(texts[i], r, i, words);
    for (const m of marks) found.add(folded(texts[i].slice(m[0], m[1])));
    for (const m of mentions[i]) {
      const key = `${m.kind === 'person' ? 'p' : 't'}:${m.id}`;
      if (entityKeys.has(key)) { marks.push([m.start, m.end]); found.add(key); }
    }
    return { marks: merged(marks), variety: found.size };
  };
  let best = 1;
  let bestMarks = texts.length > 1 ? marksOf(1) : { marks: [], variety: 0 };
  for (let i = 2; i < texts.length; i++) {
    const m = marksOf(i);
    if (m.variety > bestMarks.variety || (m.variety === bestMarks.variety && m.marks.length > bestMarks.marks.length)) { best = i; bestMarks = m; }
  }
  const snippet = texts.length > 1 ? { ...window(texts[best], bestMarks.marks), paragraph: best - 1 } : { text: '', marks: [], paragraph: 0 };
  return { snippet, titleMarks: marksOf(0).marks };
}
