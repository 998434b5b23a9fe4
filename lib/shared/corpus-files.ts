/**
 * Where the build puts the compiled corpus inside the extension (tools/corpus-package.ts writes them,
 * the worker reads them): the core the engine starts on, the search index, and the statements'
 * bodies (and their terms) in chunks of `bodyChunks` statements each, in the core's order.
 */
export const CORPUS_FILES = {
  /** The core's JSON text, cut in `CORE_SLICES` consecutive pieces. */
  core: (slice: number) => `/corpus/core-${slice}.part`,
  search: '/corpus/search.json',
  bodies: (chunk: number) => `/corpus/bodies-${chunk}.json`,
  /** The terms of the same statements' paragraphs, which ranking reads beside their bodies. */
  terms: (chunk: number) => `/corpus/terms-${chunk}.json`,
  /** A hash of all the files above: which build a copy of them kept elsewhere (lib/db/corpus-cache.ts) is of. */
  build: '/corpus/build.txt',
};

/**
 * A worker reads its own extension's files at ~100 ms per MB, one file at a time, but eight files read at
 * once take about half as long as one file of their size (3.7 MB: 305-367 ms whole, 133-191 ms in eight),
 * so the core, which every cold start waits for, is read in pieces and joined.
 */
export const CORE_SLICES = 8;

/**
 * The pieces of a text, in order (joined, they are the text). No cut falls inside a surrogate pair: each piece
 * is written to a file of its own as UTF-8, where half a pair would become U+FFFD.
 */
export function sliceText(text: string, n = CORE_SLICES): string[] {
  const size = Math.ceil(text.length / n);
  const cuts = [0];
  for (let i = 1; i < n; i++) {
    let at = Math.min(text.length, Math.max(cuts[i - 1], i * size));
    if (at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]) && /[\uD800-\uDBFF]/.test(text[at - 1])) at--;
    cuts.push(at);
  }
  cuts.push(text.length);
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

/** The paths of the core's pieces, in order. */
export const coreSlices = (): string[] => Array.from({ length: CORE_SLICES }, (_, i) => CORPUS_FILES.core(i));
