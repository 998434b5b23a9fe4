/**
 * Where the build puts the compiled corpus inside the extension (tools/corpus-package.ts writes them,
 * the worker reads them): the core the engine starts on, the search index, and the statements'
 * bodies in chunks of `bodyChunk` statements, in the core's order.
 */
export const CORPUS_FILES = {
  /** The core's JSON text, cut in `CORE_SLICES` consecutive pieces. */
  core: (slice: number) => `/corpus/core-${slice}.part`,
  search: '/corpus/search.json',
  bodies: (chunk: number) => `/corpus/bodies-${chunk}.json`,
};

/**
 * A worker reads its own extension's files at ~100 ms per MB, one file at a time, but eight files read at
 * once take about half as long as one file of their size (3.7 MB: 305-367 ms whole, 133-191 ms in eight),
 * so the core, which every cold start waits for, is read in pieces and joined.
 */
export const CORE_SLICES = 8;

/** The pieces of a text, in order, at char boundaries (joined, they are the text). */
export function sliceText(text: string, n = CORE_SLICES): string[] {
  const size = Math.ceil(text.length / n);
  return Array.from({ length: n }, (_, i) => text.slice(i * size, (i + 1) * size));
}

/** The paths of the core's pieces, in order. */
export const coreSlices = (): string[] => Array.from({ length: CORE_SLICES }, (_, i) => CORPUS_FILES.core(i));
