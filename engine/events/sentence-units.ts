import { pairPassages, paragraphFeatures, type ParagraphFeatures, type PassagePair } from '../rank/passages';
import { sentenceSpans } from '../text/sentences';
import { terms } from '../rank/terms';
import { entityKeys, type Mention } from '../match/mentions';

/**
 * A text's sentences, each with the paragraph it belongs to. Accounts are compared sentence by sentence:
 * one government writes a point a paragraph, another a whole readout in one paragraph (the White House's
 * of 2021-12-07 is one), and a paragraph holding five points resembles none of them as a whole.
 */
export interface SentenceUnits { features: ParagraphFeatures[]; paragraph: number[] }

/** `mentions[i]` are those of `paragraphs[i]`, read with the whole text (a surname alone counts after the full name). */
export function sentenceUnits(paragraphs: string[], mentions: Mention[][]): SentenceUnits {
  const features: ParagraphFeatures[] = [];
  const paragraph: number[] = [];
  paragraphs.forEach((text, p) => {
    for (const [start, end] of sentenceSpans(text)) {
      const inside = (mentions[p] ?? []).filter((m) => m.start >= start && m.start < end);
      features.push(paragraphFeatures(terms(text.slice(start, end)), entityKeys(inside)));
      paragraph.push(p);
    }
  });
  return { features, paragraph };
}

/** Paragraph pairs of two texts, each as alike as its two most alike sentences, most alike first. */
export function pairBySentences(a: SentenceUnits, b: SentenceUnits): PassagePair[] {
  const best = new Map<string, PassagePair>();
  for (const p of pairPassages(a.features, b.features, Infinity)) {
    const pair = { ...p, articleParagraph: a.paragraph[p.articleParagraph], statementParagraph: b.paragraph[p.statementParagraph] };
    const key = `${pair.articleParagraph}:${pair.statementParagraph}`;
    const had = best.get(key);
    if (!had || had.similarity < pair.similarity) best.set(key, pair);
  }
  return [...best.values()].sort((x, y) => y.similarity - x.similarity);
}
