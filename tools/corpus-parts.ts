// The Firefox build carries the compiled index as several classic scripts, each under the 5 MB that
// Firefox's add-on linter parses (a larger file is refused as "too large to parse"); the manifest loads
// them before the background script, which joins them and parses the JSON once. Chrome's service worker
// takes the index bundled in its one script.
import { readFileSync } from 'node:fs';
import { INDEX_FILE } from './write-index';

/** The global the parts add themselves to; read by lib/background/engine-instance.ts. */
export const PARTS_GLOBAL = 'readoutCorpusParts';
/** Characters of JSON per part: escaped into a string literal, a part stays well under 5 MB. */
const PART_CHARS = 1_500_000;

export interface CorpusPart { relativeDest: string; contents: string }

/** The index as script files: corpus/part-1.js … in order. */
export function corpusParts(indexJson = readFileSync(INDEX_FILE, 'utf8')): CorpusPart[] {
  const parts: CorpusPart[] = [];
  for (let at = 0, n = 1; at < indexJson.length; at += PART_CHARS, n++) {
    const piece = JSON.stringify(indexJson.slice(at, at + PART_CHARS));
    parts.push({ relativeDest: `corpus/part-${n}.js`, contents: `(self.${PARTS_GLOBAL} ??= []).push(${piece});\n` });
  }
  return parts;
}
