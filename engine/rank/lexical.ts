import { terms } from './terms';

/**
 * The lexical index ranking queries, in a form the worker loads without building anything: terms
 * sorted in one list, each term's postings one string, decoded only when a query asks for that
 * term. MiniSearch's own index (kept for search as the reader types: prefixes, typos) costs
 * ~100 ms to load as a radix tree of small objects; ranking needs exact terms only. Scores are
 * MiniSearch's (BM25+, its defaults, titles boosted twice, one factor per query term found), so
 * ranking reads the same candidates from either.
 */
export interface LexicalJSON {
  /** Statement ids, by document number. */
  ids: string[];
  /** Per document: unique terms of its title, then of its text. */
  lengths: number[];
  average: [number, number];
  /** Sorted by code unit, as `<` compares. */
  terms: string[];
  /**
   * Per term: "doc[:tf],…" for the title, "|", the same for the text; doc in base 36, each after the first as its
   * distance from the one before (postings of a common term are long runs of near numbers), tf when not 1.
   */
  postings: string[];
}

/** What MiniSearch's `toJSON()` gives, as far as this reads it (serialization version 2). */
interface MiniSearchJSON {
  documentCount: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  index: [string, Record<string, Record<string, number>>][];
}

const K = 1.2;
const B = 0.7;
const D = 0.5;
const TITLE_BOOST = 2;
const FIELDS = 2;

export interface LexicalHit { id: string; score: number }

/** Postings of one term in one field: document numbers and term frequencies, in document order. */
type Postings = { docs: number[]; tfs: number[] };

function encodeField(p: Record<string, number> | undefined, doc: Map<string, number>): string {
  if (!p) return '';
  let last = 0;
  return Object.entries(p).map(([short, tf]) => [doc.get(short)!, tf] as const).sort((a, b) => a[0] - b[0]).map(([d, tf]) => {
    const n = (d - last).toString(36);
    last = d;
    return tf === 1 ? n : `${n}:${tf}`;
  }).join(',');
}

function decodeField(s: string): Postings {
  const docs: number[] = [];
  const tfs: number[] = [];
  if (s) {
    let last = 0;
    for (const item of s.split(',')) {
      const colon = item.indexOf(':');
      last += parseInt(colon < 0 ? item : item.slice(0, colon), 36);
      docs.push(last);
      tfs.push(colon < 0 ? 1 : Number(item.slice(colon + 1)));
    }
  }
  return { docs, tfs };
}

/** Made at build time from the search index, so both count terms and lengths the same way. */
export function lexicalFromMiniSearch(json: MiniSearchJSON): LexicalJSON {
  const shorts = Object.keys(json.documentIds);
  const doc = new Map(shorts.map((s, i) => [s, i]));
  const title = String(json.fieldIds.title);
  const text = String(json.fieldIds.text);
  const entries = json.index.filter(([, fields]) => fields[title] || fields[text]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ids: shorts.map((s) => json.documentIds[s]),
    lengths: shorts.flatMap((s) => [json.fieldLength[s][json.fieldIds.title] ?? 0, json.fieldLength[s][json.fieldIds.text] ?? 0]),
    average: [json.averageFieldLength[json.fieldIds.title], json.averageFieldLength[json.fieldIds.text]],
    terms: entries.map(([t]) => t),
    postings: entries.map(([, fields]) => `${encodeField(fields[title], doc)}|${encodeField(fields[text], doc)}`),
  };
}

export class LexicalIndex {
  private ids: string[];
  private lengths: number[];
  private average: number[];
  private count: number;
  private byId = new Map<string, number>();
  private removed = new Set<number>();
  /** Postings of statements added after the build (the reader's own), per term and field. */
  private added = new Map<string, [Postings, Postings]>();
  private decoded = new Map<number, [Postings, Postings]>();

  constructor(private json: LexicalJSON, private common: ReadonlySet<string>) {
    this.ids = json.ids.slice();
    this.lengths = json.lengths.slice();
    this.average = json.average.slice();
    this.count = json.ids.length;
    this.ids.forEach((id, i) => this.byId.set(id, i));
  }

  static empty(common: ReadonlySet<string>): LexicalIndex {
    return new LexicalIndex({ ids: [], lengths: [], average: [0, 0], terms: [], postings: [] }, common);
  }

  /** Index terms of a text: the search index's tokenisation, less the corpus's common terms. */
  private fieldTerms(text: string): { tokens: string[]; kept: string[] } {
    const tokens = terms(text);
    return { tokens, kept: tokens.filter((t) => !this.common.has(t)) };
  }

  add(id: string, title: string, text: string): void {
    this.discard(id);
    const doc = this.ids.length;
    this.ids.push(id);
    this.byId.set(id, doc);
    [title, text].forEach((value, field) => {
      const { tokens, kept } = this.fieldTerms(value);
      const unique = new Set(tokens).size;
      this.lengths[doc * FIELDS + field] = unique;
      this.average[field] = (this.average[field] * this.count + unique) / (this.count + 1);
      const tf = new Map<string, number>();
      for (const t of kept) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        let p = this.added.get(t);
        if (!p) { p = [{ docs: [], tfs: [] }, { docs: [], tfs: [] }]; this.added.set(t, p); }
        p[field].docs.push(doc);
        p[field].tfs.push(n);
      }
    });
    this.count++;
  }

  discard(id: string): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    this.byId.delete(id);
    this.removed.add(doc);
    for (let field = 0; field < FIELDS; field++) {
      const len = this.lengths[doc * FIELDS + field];
      this.average[field] = this.count > 1 ? (this.average[field] * this.count - len) / (this.count - 1) : 0;
    }
    this.count--;
  }

  private find(term: string): number {
    const list = this.json.terms;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = list[mid];
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private postings(term: string): [Postings, Postings] | null {
    const at = this.find(term);
    let base: [Postings, Postings] | null = null;
    if (at >= 0) {
      base = this.decoded.get(at) ?? null;
      if (!base) {
        const [title, text] = this.json.postings[at].split('|');
        base = [decodeField(title), decodeField(text)];
        this.decoded.set(at, base);
      }
    }
    const extra = this.added.get(term);
    if (!extra) return base;
    if (!base) return extra;
    return [0, 1].map((f) => ({ docs: [...base![f].docs, ...extra[f].docs], tfs: [...base![f].tfs, ...extra[f].tfs] })) as [Postings, Postings];
  }

  /** Statements sharing any of the query's terms, best first, scored as MiniSearch scores an OR query. */
  search(query: string): LexicalHit[] {
    // Sums in MiniSearch's order (per term, then across terms), so that equal scores stay equal and ties keep its order.
    const results = new Map<number, { score: number; found: number }>();
    const asked = new Set<string>();
    for (const term of terms(query)) {
      if (this.common.has(term)) continue;
      const again = asked.has(term);
      asked.add(term);
      const p = this.postings(term);
      if (!p) continue;
      const forTerm = new Map<number, number>();
      for (let field = 0; field < FIELDS; field++) {
        const { docs, tfs } = p[field];
        let matching = docs.length;
        for (const d of docs) if (this.removed.has(d)) matching--;
        const idf = Math.log(1 + (this.count - matching + 0.5) / (matching + 0.5));
        const boost = field === 0 ? TITLE_BOOST : 1;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i];
          if (this.removed.has(d)) continue;
          const tf = tfs[i];
          const score = boost * (idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * this.lengths[d * FIELDS + field]) / this.average[field]))));
          forTerm.set(d, (forTerm.get(d) ?? 0) + score);
        }
      }
      for (const [d, score] of forTerm) {
        const r = results.get(d);
        if (r) { r.score += score; if (!again) r.found++; } else results.set(d, { score, found: 1 });
      }
    }
    const hits: LexicalHit[] = [];
    for (const [d, r] of results) hits.push({ id: this.ids[d], score: r.score * r.found });
    return hits.sort((a, b) => b.score - a.score);
  }
}
