import { CharClass, classOf } from './scripts';
import type { Folded } from './normalize';

export interface Token {
  /** Offsets in the folded text. */
  start: number;
  end: number;
  text: string;
}

/**
 * Word tokens of a folded text. Unspaced scripts (Chinese, Japanese, Thai) are not
 * tokenised here: the matcher walks them char by char. A lower-to-upper case change
 * inside a run also splits it, because scraped pages glue words ("josep borrellThe",
 * "@DmytroKuleba").
 */
export function tokenize(f: Folded): Token[] {
  const { text, letterCase } = f;
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const isWord = code >= 0xd800 && code <= 0xdbff ? classOf(text.codePointAt(i)!) === CharClass.Word : classOf(code) === CharClass.Word;
    if (isWord && start >= 0 && letterCase[i] === 2 && letterCase[i - 1] === 1) {
      tokens.push({ start, end: i, text: text.slice(start, i) });
      start = i;
    }
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) {
      tokens.push({ start, end: i, text: text.slice(start, i) });
      start = -1;
    }
    if (code >= 0xd800 && code <= 0xdbff && isWord) i++;
  }
  return tokens;
}
