/**
 * Where a text's sentences start and end. A full stop ends a sentence only where the next one could begin
 * (a capital, a digit-free start, a quote, or the end of the text), and not after an initial or a title:
 * "Sept. 7, I met" and "Joseph R. Biden" are one sentence each, as a card or a passage must show them.
 */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'prof', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'approx', 'dept']);
const STOP = /[.!?。！？]/;
const CLOSERS = /["”»’)\]]/;

export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!STOP.test(ch)) continue;
    let end = i + 1;
    while (end < text.length && (STOP.test(text[end]) || CLOSERS.test(text[end]))) end++;
    if (!endsHere(text, i, end)) continue;
    push(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  push(spans, text, start, text.length);
  return spans;
}

function endsHere(text: string, stop: number, end: number): boolean {
  // Full-width stops end a sentence wherever they stand.
  if ('。！？'.includes(text[stop])) return true;
  if (end >= text.length) return true;
  if (!/\s/.test(text[end])) return false;
  let next = end;
  while (next < text.length && /\s/.test(text[next])) next++;
  if (next >= text.length) return true;
  const c = text[next];
  // "Sept. 7," and "the U.S. and" go on; a new sentence starts with a capital, a quote or a bracket.
  if (/[\p{Ll}\d]/u.test(c)) return false;
  if (text[stop] !== '.') return true;
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
  // An initial ("R. Biden") or a title ("Dr. Tedros") is followed by a name, not a sentence.
  return !(word.length === 1 && /\p{Lu}/u.test(word)) && !TITLES.has(word.toLowerCase());
}

function push(spans: [number, number][], text: string, from: number, to: number): void {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to > from) spans.push([from, to]);
}
