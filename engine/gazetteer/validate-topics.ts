import { fold } from '../text/normalize';
import { COMMON_WORDS, STOP_WORDS, wordSets } from './common-words';
import { parseForm } from './aliases';
import type { RawTopic } from './types';

// A topic phrase lights every page that holds it, in any language. These checks reject phrases that would
// light ordinary words: a whole phrase that is one common word ("energy", "Handel"), a stem that runs into
// a common word ("Handel*" lights "handelt", "Крим*" lights Ukrainian "кримінальний"), a stem too short to
// say anything ("газ*" lights "газета"), a phrase of function words only ("of the"). A weak phrase counts
// only beside a full phrase of its topic, so it may be a single common word; it still may not be all
// function words or carry a stub of a stem.

/** A `*` stem needs this many letters: more when the stem is the whole phrase. */
export const MIN_STEM_ALONE = 5;
export const MIN_STEM_IN_PHRASE = 3;

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pl: 'Polish', ru: 'Russian', uk: 'Ukrainian', zh: 'Chinese',
};

const foldWord = (s: string) => fold(s).text.trim();
let sets: { stop: Map<string, Set<string>>; common: Map<string, Set<string>> } | null = null;
function lists() {
  sets ??= { stop: wordSets(STOP_WORDS, foldWord), common: wordSets(COMMON_WORDS, foldWord) };
  return sets;
}

/** The languages in whose lists the word stands. */
function languagesOf(word: string, which: 'stop' | 'common' | 'both'): string[] {
  const { stop, common } = lists();
  const out: string[] = [];
  for (const [lang, set] of [...(which !== 'common' ? stop : []), ...(which !== 'stop' ? common : [])]) if (set.has(word) && !out.includes(lang)) out.push(lang);
  return out;
}

/** A common or function word, of any language, that starts with the stem (and so would be lit by it). */
function wordUnderStem(stem: string): { word: string; lang: string } | null {
  const { stop, common } = lists();
  for (const [lang, set] of [...common, ...stop]) for (const w of set) if (w.startsWith(stem)) return { word: w, lang };
  return null;
}

const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const isUpperWord = (raw: string) => letters(raw) >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
const names = (langs: string[]) => langs.map((l) => LANGUAGE_NAMES[l] ?? l).join(' and ');

/** Problems with one phrase, or an empty list. */
export function phraseProblems(phrase: string, weak: boolean): string[] {
  const out: string[] = [];
  const p = parseForm(phrase);
  if (p.tokens.length === 0 || p.tokens[0] === '') return [`"${phrase}" has no words`];
  if (p.unspaced) {
    const chars = [...p.tokens[0]].length;
    if (!weak && chars < 2) out.push(`"${phrase}" is a single character: it stands inside countless words`);
    else if (!weak && languagesOf(p.tokens[0], 'common').length) out.push(`"${phrase}" is a common Chinese word: write a phrase that names the topic, or move it to weak`);
    return out;
  }
  if (UNSPACED_CHAR.test(phrase)) {
    out.push(`"${phrase}" mixes Chinese, Japanese or Thai with Latin letters or digits: only the spaced part would be matched ("${p.raw.join(' ')}"); write the Chinese form alone`);
    return out;
  }
  // The matcher never crosses these between the words of a form (scan.ts, gapOk): "One Belt, One Road" matched nothing.
  const stop = /[\p{L}\p{N}*]\s*([,;:!?()])\s*[\p{L}\p{N}]/u.exec(phrase);
  if (stop) out.push(`"${phrase}" has "${stop[1]}" between its words, which matching never crosses: it can never match; write it without, as texts do, or drop it`);
  const single = p.tokens.length === 1;
  if (p.tokens.every((t, i) => /^\p{N}+$/u.test(t) || (!isUpperWord(p.raw[i]) && languagesOf(t, 'stop').length > 0))) {
    out.push(`"${phrase}" is made only of function words: it names nothing`);
    return out;
  }
  p.tokens.forEach((tok, i) => {
    if (!p.starred[i]) return;
    const min = single ? MIN_STEM_ALONE : MIN_STEM_IN_PHRASE;
    if (letters(tok) < min) out.push(`"${phrase}": the stem "${p.raw[i]}*" has ${letters(tok)} letters, fewer than ${min}: it would light unrelated words; write the inflected forms out`);
  });
  if (!weak && p.tokens.length === 2) {
    // "Chapter 7", "Article 5", "Section 301": a numbered part of any document, book or law.
    const numeral = (i: number) => /^\p{N}+$/u.test(p.tokens[i]) || /^[IVXLCDM]+$/.test(p.raw[i]);
    const common = (i: number) => languagesOf(p.tokens[i], 'both').length > 0;
    if ((numeral(1) && common(0)) || (numeral(0) && common(1))) out.push(`"${phrase}" is a common word and a number: it names a numbered part of any document; say whose ("Chapter VII of the UN Charter") or move it to weak`);
  }
  if (weak || !single || isUpperWord(p.raw[0])) return out;
  const tok = p.tokens[0];
  if (p.starred[0]) {
    const hit = wordUnderStem(tok);
    if (hit) out.push(`"${phrase}" would light the common ${names([hit.lang])} word "${hit.word}": write the inflected forms out, lengthen the stem, or move it to weak`);
    return out;
  }
  const langs = languagesOf(tok, 'both');
  if (langs.length) out.push(`"${phrase}" is a common ${names(langs)} word: a single common word is never a phrase; write a phrase that names the topic, or move it to weak`);
  else if (letters(tok) <= 2 && !/\p{N}/u.test(tok)) out.push(`"${phrase}" is a word of ${letters(tok)} letters in lower case: it lights ordinary words; write an acronym in capitals or a longer phrase`);
  return out;
}

/** Problems with every phrase of every topic, each naming the file, the topic and the phrase. */
export function topicPhraseProblems(topics: RawTopic[], file: string): string[] {
  const out: string[] = [];
  topics.forEach((t, i) => {
    const at = `topics[${i}]${typeof t.id === 'string' ? ` "${t.id}"` : ''}`;
    const langs = t.phrases && typeof t.phrases === 'object' ? t.phrases : {};
    for (const [lang, list] of Object.entries(langs)) {
      if (!Array.isArray(list)) continue;
      for (const ph of list) if (typeof ph === 'string') for (const m of phraseProblems(ph, false)) out.push(`${file}: ${at}.phrases.${lang}: ${m}`);
    }
    for (const ph of Array.isArray(t.weak) ? t.weak : []) if (typeof ph === 'string') for (const m of phraseProblems(ph, true)) out.push(`${file}: ${at}.weak: ${m}`);
  });
  return out;
}
