// The compiled index as the extension carries it: files the worker reads as data (lib/shared/corpus-files.ts)
// rather than a corpus inside its script. The core (gazetteer, statements without their bodies, ranking's
// lexical index) is what a first answer needs; the search index waits for the first search; the bodies
// are read by the chunk, for the statements ranked against a page or shown.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { joinTerms, type BodyChunk, type CorpusIndex, type SearchPart, type TermsChunk } from '../engine';
import { terms } from '../engine/rank/terms';
import { encodeAliasRows } from '../engine/gazetteer/alias-rows';
import { firstKey } from '../engine/match/trie';
import { withoutPublisherDefaults } from '../engine/index/publisher-defaults';
import { CORPUS_FILES, sliceText } from '../lib/shared/corpus-files';
import { INDEX_FILE } from './write-index';

/**
 * A chunk of bodies holds up to 8 statements and up to 24 KB of their text; a longer statement is a chunk of
 * its own. A ranking pairs passages with a few statements, a card shows three, and each read costs by the byte:
 * by count alone, a two-paragraph readout was read with the 130 KB communiqué beside it (25 ms of a cold answer).
 * Smaller chunks (3 statements, 10 KB) made a stopped worker's first answer ~16 ms quicker, but its first search,
 * which reads every chunk, went from 0.93 to 1.3 s: a read costs by the record too.
 */
export const BODY_CHUNK = { statements: 8, bytes: 24_000 };

/** How many statements each chunk holds, in order, for bodies of these sizes (in bytes of JSON). */
export function chunkSizes(bytes: number[]): number[] {
  const out: number[] = [];
  let count = 0;
  let size = 0;
  for (const b of bytes) {
    if (count && (count === BODY_CHUNK.statements || size + b > BODY_CHUNK.bytes)) { out.push(count); count = 0; size = 0; }
    count++;
    size += b;
  }
  if (count) out.push(count);
  return out;
}

export interface PackagedFile { relativeDest: string; contents: string }

export function corpusPackage(index: CorpusIndex = JSON.parse(readFileSync(INDEX_FILE, 'utf8'))): PackagedFile[] {
  const { search, commonIn, mentionsIn, statements, ...rest } = index;
  const core: CorpusIndex = {
    ...rest,
    gazetteer: { ...rest.gazetteer, aliases: [] },
    aliasRows: encodeAliasRows(rest.gazetteer.aliases, firstKey),
    statements: withoutPublisherDefaults(statements.map(({ body: _, ...meta }) => meta), rest.publishers) as CorpusIndex['statements'],
    publisherDefaults: true,
    bodyChunks: chunkSizes(statements.map((s) => Buffer.byteLength(JSON.stringify(s.body)))),
  };
  const files = [
    ...sliceText(JSON.stringify(core)).map((contents, i) => ({ relativeDest: CORPUS_FILES.core(i).slice(1), contents })),
    { relativeDest: CORPUS_FILES.search.slice(1), contents: JSON.stringify({ search, commonIn } satisfies SearchPart) },
  ];
  let at = 0;
  core.bodyChunks!.forEach((count, n) => {
    const chunk: BodyChunk = { bodies: statements.slice(at, at + count).map((s) => s.body!), mentions: mentionsIn!.slice(at, at + count) };
    files.push({ relativeDest: CORPUS_FILES.bodies(n).slice(1), contents: JSON.stringify(chunk) });
    const termsOfChunk: TermsChunk = chunk.bodies.map((body) => body.map((p) => joinTerms(terms(p))));
    files.push({ relativeDest: CORPUS_FILES.terms(n).slice(1), contents: JSON.stringify(termsOfChunk) });
    at += count;
  });
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.relativeDest).update('\0').update(f.contents).update('\0');
  files.push({ relativeDest: CORPUS_FILES.build.slice(1), contents: hash.digest('hex').slice(0, 16) });
  return files;
}
