import { AUTO_STEM } from '../gazetteer/aliases';
import type { AliasEntry } from '../gazetteer/types';
import { arraySource, UNSPACED_KEY, type AliasSource, type AliasTable } from '../gazetteer/alias-rows';

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
  /** The forms, by the numbers the tries give out. */
  forms: AliasSource;
  /** Whether any form is of an unspaced script (the chars trie may still be empty: filled as asked). */
  unspaced: boolean;
  /**
   * Puts into the tries every form the first step from a token (or from an unspaced character, with
   * UNSPACED_KEY before it) may reach. A matcher built whole holds them all already.
   */
  prepare(token: string): void;
}

/** The key a form is found under at the first step: its first token cut to the stem edges' key (or its first character, unspaced). */
export function firstKey(a: AliasEntry): string {
  return a.unspaced ? UNSPACED_KEY + [...a.tokens[0]][0] : a.tokens[0].slice(0, STEM_KEY);
}

function insert(words: TrieNode, chars: TrieNode, a: AliasEntry, id: number): void {
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
}

/** Every form in the tries at once (the whole index, in Node). */
export function buildMatcher(aliases: AliasEntry[]): Matcher {
  const words = node();
  const chars = node();
  aliases.forEach((a, id) => insert(words, chars, a, id));
  return { words, chars, forms: arraySource(aliases), unspaced: aliases.some((a) => a.unspaced), prepare: () => undefined };
}

/**
 * The forms of the rows put into the tries a group at a time, as the texts scanned reach them (alias-rows.ts
 * says why). A group is all the forms of one first key, in the rows' order, so every node's forms come in the
 * order a whole build gives them: scans are the same.
 */
export function rowMatcher(table: AliasTable): Matcher {
  const words = node();
  const chars = node();
  // Tokens already prepared: a page repeats its words, and a token's own string hashes once.
  const seen = new Set<string>();
  const take = (key: string) => {
    const ids = table.take(key);
    if (ids) for (const id of ids) insert(words, chars, table.get(id), id);
  };
  return {
    words, chars, forms: table, unspaced: table.unspaced,
    prepare(tok) {
      if (seen.has(tok)) return;
      if (seen.size > 200_000) seen.clear();
      seen.add(tok);
      if (tok.startsWith(UNSPACED_KEY)) take(tok);
      // A spaced token reaches the forms whose first token is its own (keyed by its first STEM_KEY chars),
      // and the stems it starts with: each keyed by a prefix of it.
      else for (let len = Math.min(STEM_KEY, tok.length); len >= 1; len--) take(tok.slice(0, len));
    },
  };
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
