import { terms } from './terms';

export interface PassagePair {
  /** Index into the article's paragraphs. */
  articleParagraph: number;
  /** Index into the statement's body. */
  statementParagraph: number;
  similarity: number;
  /** `quote`: the article repeats the statement's words; `paraphrase`: says the same thing otherwise. */
  kind: 'quote' | 'paraphrase';
}

export interface ParagraphFeatures {
  terms: string[];
  entities: Set<string>;
}

/** Longest run of identical terms two paragraphs share, the mark of a quotation. */
function longestRun(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const pos = new Map<string, number[]>();
  b.forEach((t, j) => { const l = pos.get(t); if (l) l.push(j); else pos.set(t, [j]); });
  let best = 0;
  let prev = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const cur = new Map<number, number>();
    for (const j of pos.get(a[i]) ?? []) {
      const run = (prev.get(j - 1) ?? 0) + 1;
      cur.set(j, run);
      if (run > best) best = run;
    }
    prev = cur;
  }
  return best;
}

function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

function entityScore(a: Set<string>, b: Set<string>): { shared: number; score: number } {
  let shared = 0;
  for (const e of a) if (b.has(e)) shared++;
  const union = a.size + b.size - shared;
  return { shared, score: union ? shared / union : 0 };
}

export const QUOTE_RUN = 6;
export const PARAPHRASE_MIN = 0.3;

/** Pairs each article paragraph with the statement paragraph that says the same, where one does. */
export function pairPassages(article: ParagraphFeatures[], statement: ParagraphFeatures[], limit = 5): PassagePair[] {
  const pairs: PassagePair[] = [];
  article.forEach((ap, i) => {
    if (ap.terms.length < 4 && ap.entities.size < 2) return;
    let best: PassagePair | null = null;
    statement.forEach((sp, j) => {
      const run = longestRun(ap.terms, sp.terms);
      const lex = dice(ap.terms, sp.terms);
      const ent = entityScore(ap.entities, sp.entities);
      // Across languages words do not meet, but the same people and topics do.
      const byEntities = ent.shared >= 2 ? 0.75 * ent.score : 0;
      const similarity = Math.max(lex, byEntities, run >= QUOTE_RUN ? Math.max(lex, 0.8) : 0);
      if (!best || similarity > best.similarity) {
        best = { articleParagraph: i, statementParagraph: j, similarity, kind: run >= QUOTE_RUN || lex >= 0.8 ? 'quote' : 'paraphrase' };
      }
    });
    if (best && (best as PassagePair).similarity >= PARAPHRASE_MIN) pairs.push(best);
  });
  pairs.sort((a, b) => b.similarity - a.similarity);
  return pairs.slice(0, limit).map((p) => ({ ...p, similarity: Math.round(p.similarity * 100) / 100 }));
}

export function paragraphFeatures(text: string, entities: Iterable<string>): ParagraphFeatures {
  return { terms: terms(text), entities: new Set(entities) };
}
