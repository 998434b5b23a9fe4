import { terms } from './terms';
import { sentenceSpans } from '../text/sentences';

/** One sentence from each side of a passage pair: what the popup shows side by side. */
export interface SentencePair { article: string; statement: string }

const MAX_CHARS = 300;

export function sentencesOf(text: string): string[] {
  return sentenceSpans(text).map(([a, b]) => text.slice(a, b));
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max / 2 ? cut : max)} …`;
}

/**
 * The article's sentence and the statement's sentence that share the most words, out of
 * two paragraphs already paired. Across languages no word is shared: the first sentences,
 * which carry the paragraph's people and topics, stand for them. Sentences longer than
 * `maxChars` are cut at a word.
 */
export function bestSentencePair(articleParagraph: string, statementParagraph: string, maxChars = MAX_CHARS): SentencePair {
  const a = sentencesOf(articleParagraph).map((s) => ({ s, t: new Set(terms(s)) }));
  const b = sentencesOf(statementParagraph).map((s) => ({ s, t: new Set(terms(s)) }));
  let best = { shared: 0, article: a[0]?.s ?? articleParagraph, statement: b[0]?.s ?? statementParagraph };
  for (const x of a) {
    for (const y of b) {
      let shared = 0;
      for (const t of x.t) if (y.t.has(t)) shared++;
      if (shared > best.shared) best = { shared, article: x.s, statement: y.s };
    }
  }
  return { article: clip(best.article, maxChars), statement: clip(best.statement, maxChars) };
}
