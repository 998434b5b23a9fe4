/**
 * Where the build puts the compiled corpus inside the extension (tools/corpus-files.ts writes them,
 * the worker reads them): the core the engine starts on, the search index, and the statements'
 * bodies in chunks of `bodyChunk` statements, in the core's order.
 */
export const CORPUS_FILES = {
  core: '/corpus/core.json',
  search: '/corpus/search.json',
  bodies: (chunk: number) => `/corpus/bodies-${chunk}.json`,
};
