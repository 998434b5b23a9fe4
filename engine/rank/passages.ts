
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
  readonly terms: string[];
  /** Hashed runs of consecutive terms, for finding quotations. */
  readonly shingles: Set<number>;
  readonly set: Set<string>;
  readonly entities: Set<string>;
}

// Terms are numbered once, process-wide, so comparing two paragraphs is integer work.
const termIds = new Map<string, number>();
function idOf(t: string): number {
  let id = termIds.get(t);
  if (id === undefined) { id = termIds.size; termIds.set(t, id); }
  return id;
}

/** Hashes of every run of QUOTE_RUN consecutive terms: two paragraphs sharing one share a quotation. */
function shingles(ids: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + QUOTE_RUN <= ids.length; i++) {
    let h = 0;
    for (let k = 0; k < QUOTE_RUN; k++) h = (Math.imul(h, 1_000_003) + ids[i + k] + 1) | 0;
    out.add(h);
  }
  return out;
}

function sharedCount<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

export const QUOTE_RUN = 6;
export const PARAPHRASE_MIN = 0.3;

/** For each key, the paragraphs (by index) whose set holds it. */
function postings<T>(sets: Set<T>[]): Map<T, number[]> {
  const out = new Map<T, number[]>();
  sets.forEach((set, j) => {
    for (const x of set) {
      const list = out.get(x);
      if (list) list.push(j); else out.set(x, [j]);
    }
  });
  return out;
}

/** How many keys of `set` each paragraph of `index` shares with it, into `counts`. */
function countShared<T>(set: Set<T>, index: Map<T, number[]>, counts: Int32Array): void {
  counts.fill(0);
  for (const x of set) {
    const list = index.get(x);
    if (list) for (const j of list) counts[j]++;
  }
}

/** Pairs each article paragraph with the statement paragraph that says the same, where one does. */
export function pairPassages(article: ParagraphFeatures[], statement: ParagraphFeatures[], limit = 5): PassagePair[] {
  const pairs: PassagePair[] = [];
  // Shared words counted through the statement's postings, every paragraph at once: intersecting the
  // sets of each pair of paragraphs was most of ranking a long article (~40 of its ~65 ms).
  const termsIn = postings(statement.map((sp) => sp.set));
  const entitiesIn = postings(statement.map((sp) => sp.entities));
  const termCounts = new Int32Array(statement.length);
  const entityCounts = new Int32Array(statement.length);
  article.forEach((ap, i) => {
    if (ap.terms.length < 4 && ap.entities.size < 2) return;
    countShared(ap.set, termsIn, termCounts);
    countShared(ap.entities, entitiesIn, entityCounts);
    let best: PassagePair | null = null;
    statement.forEach((sp, j) => {
      const sharedTerms = termCounts[j];
      const sharedEntities = entityCounts[j];
      if (sharedTerms < 2 && sharedEntities < 2) return;
      const lex = (2 * sharedTerms) / (ap.set.size + sp.set.size);
      const quoted = sharedTerms >= QUOTE_RUN && sharedCount(ap.shingles, sp.shingles) > 0;
      // Across languages words do not meet, but the same people and topics do.
      const union = ap.entities.size + sp.entities.size - sharedEntities;
      const byEntities = sharedEntities >= 2 ? (0.75 * sharedEntities) / union : 0;
      const quote = quoted || lex >= 0.8;
      const similarity = Math.max(lex, byEntities, quote ? 0.8 : 0);
      if (!best || similarity > best.similarity) best = { articleParagraph: i, statementParagraph: j, similarity, kind: quote ? 'quote' : 'paraphrase' };
    });
    if (best && (best as PassagePair).similarity >= PARAPHRASE_MIN) pairs.push(best);
  });
  pairs.sort((a, b) => b.similarity - a.similarity);
  return pairs.slice(0, limit).map((p) => ({ ...p, similarity: Math.round(p.similarity * 100) / 100 }));
}

/**
 * A paragraph's runs of terms are hashed when first compared: only a pair sharing QUOTE_RUN terms asks for them,
 * and a stopped worker's first ranking spent ~10 ms hashing the runs of paragraphs no pair asked about.
 */
class Features implements ParagraphFeatures {
  readonly set: Set<string>;
  readonly entities: Set<string>;
  private runs: Set<number> | null = null;

  constructor(readonly terms: string[], entities: Iterable<string>) {
    this.set = new Set(terms);
    this.entities = new Set(entities);
  }

  get shingles(): Set<number> {
    return (this.runs ??= shingles(Int32Array.from(this.terms, idOf)));
  }
}

export function paragraphFeatures(t: string[], entities: Iterable<string>): ParagraphFeatures {
  return new Features(t, entities);
}
