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

/** Statements per chunk of bodies: a ranking pairs passages with six statements, a card shows three; each read costs by the byte. */
export const BODY_CHUNK = 8;

export interface PackagedFile { relativeDest: string; contents: string }

export function corpusPackage(index: CorpusIndex = JSON.parse(readFileSync(INDEX_FILE, 'utf8'))): PackagedFile[] {
  const { search, commonIn, mentionsIn, statements, ...rest } = index;
  const core: CorpusIndex = {
    ...rest,
    gazetteer: { ...rest.gazetteer, aliases: [] },
    aliasRows: encodeAliasRows(rest.gazetteer.aliases, firstKey),
    statements: withoutPublisherDefaults(statements.map(({ body: _, ...meta }) => meta), rest.publishers) as CorpusIndex['statements'],
    publisherDefaults: true,
    bodyChunk: BODY_CHUNK,
  };
  const files = [
    ...sliceText(JSON.stringify(core)).map((contents, i) => ({ relativeDest: CORPUS_FILES.core(i).slice(1), contents })),
    { relativeDest: CORPUS_FILES.search.slice(1), contents: JSON.stringify({ search, commonIn } satisfies SearchPart) },
  ];
  for (let at = 0; at < statements.length; at += BODY_CHUNK) {
    const chunk: BodyChunk = { bodies: statements.slice(at, at + BODY_CHUNK).map((s) => s.body!), mentions: mentionsIn!.slice(at, at + BODY_CHUNK) };
    files.push({ relativeDest: CORPUS_FILES.bodies(at / BODY_CHUNK).slice(1), contents: JSON.stringify(chunk) });
    const termsOfChunk: TermsChunk = chunk.bodies.map((body) => body.map((p) => joinTerms(terms(p))));
    files.push({ relativeDest: CORPUS_FILES.terms(at / BODY_CHUNK).slice(1), contents: JSON.stringify(termsOfChunk) });
  }
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.relativeDest).update('\0').update(f.contents).update('\0');
  files.push({ relativeDest: CORPUS_FILES.build.slice(1), contents: hash.digest('hex').slice(0, 16) });
  return files;
}
