import { AUTO_STEM } from '../gazetteer/aliases';
import type { AliasEntry } from '../gazetteer/types';

// Aliases are stored in a trie of word tokens (and one of chars for unspaced
// scripts). Scanning walks it from each token of the text, so the cost of a scan
// depends on the length of the text and the depth of the trie (the longest
// alias), not on how many aliases there are.

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Edges that match any token starting with a stem, keyed by the stem's first chars. */
  stems: Map<string, StemEdge[]> | null;
  out: number[] | null;
}
export interface StemEdge { stem: string; max: number; node: TrieNode }

/** Stem edges are bucketed by their first chars (up to this many), so a token checks few of them. */
const STEM_KEY = 4;
/** Derivations that make a different word of a name: "Putinism", "putinista". */
const DERIVATIONS = new Set(['ism', 'isms', 'ist', 'ists', 'ismo', 'ista', 'isti', 'isme', 'iste', 'ite', 'ites', 'ian', 'ians', 'ster', 'izm', 'izma', 'изм', 'изма', 'ист', 'исты', 'ізм', 'isch', 'ische']);

const node = (): TrieNode => ({ next: null, stems: null, out: null });

export interface Matcher {
  words: TrieNode;
  chars: TrieNode;
  aliases: AliasEntry[];
  depth: number;
}

export function buildMatcher(aliases: AliasEntry[]): Matcher {
  const words = node();
  const chars = node();
  let depth = 1;
  aliases.forEach((a, id) => {
    let n: TrieNode;
    if (a.unspaced) {
      n = chars;
      for (const ch of a.tokens[0]) {
        n.next ??= new Map();
        let c = n.next.get(ch);
        if (!c) { c = node(); n.next.set(ch, c); }
        n = c;
      }
    } else {
      n = words;
      depth = Math.max(depth, a.tokens.length);
      a.tokens.forEach((tok, i) => {
        const max = a.stem[i];
        if (max > 0) {
          n.stems ??= new Map();
          const key = tok.slice(0, Math.min(STEM_KEY, tok.length));
          let list = n.stems.get(key);
          if (!list) { list = []; n.stems.set(key, list); }
          let edge = list.find((e) => e.stem === tok && e.max === max);
          if (!edge) { edge = { stem: tok, max, node: node() }; list.push(edge); }
          n = edge.node;
        } else {
          n.next ??= new Map();
          let c = n.next.get(tok);
          if (!c) { c = node(); n.next.set(tok, c); }
          n = c;
        }
      });
    }
    (n.out ??= []).push(id);
  });
  return { words, chars, aliases, depth };
}

/** Children of a node that a token leads to (an exact edge, then stem edges). */
export function step(n: TrieNode, tok: string, out: TrieNode[]): void {
  out.length = 0;
  const exact = n.next?.get(tok);
  if (exact) out.push(exact);
  if (!n.stems) return;
  for (let len = Math.min(STEM_KEY, tok.length); len >= 2; len--) {
    const edges = n.stems.get(len === tok.length ? tok : tok.slice(0, len));
    if (!edges) continue;
    for (const e of edges) {
      if (!tok.startsWith(e.stem)) continue;
      const extra = tok.length - e.stem.length;
      if (extra > e.max) continue;
      if (e.max === AUTO_STEM && extra > 0 && DERIVATIONS.has(tok.slice(e.stem.length))) continue;
      out.push(e.node);
    }
  }
}
