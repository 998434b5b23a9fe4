import { readFileSync } from 'node:fs';
import { ReadoutEngine, compileCorpus, type RawCorpus } from '../engine';
import { readCorpus } from '../tools/corpus-files';
import { loadEngine } from '../tools/load-engine';

let cached: ReadoutEngine | null = null;

/** The engine over the real corpus, from the index the build writes (written first if corpus/ or engine/ changed since). */
export function engine(): ReadoutEngine {
  cached ??= loadEngine();
  return cached;
}

let seeds: ReadoutEngine | null = null;

/**
 * The real gazetteer over the four curated statements only: for tests of mechanisms (search, passages) whose
 * expectations must not move each time the ingested corpus grows.
 */
export function seedEngine(): ReadoutEngine {
  if (!seeds) {
    const c = readCorpus('corpus');
    seeds = ReadoutEngine.load(compileCorpus({ ...c, statements: c.statements.filter((s) => s.publisher === 'china-diplomacy') }));
  }
  return seeds;
}

/** A deep copy of the real corpus, for tests that break it on purpose. */
export function corpusCopy(): RawCorpus {
  return structuredClone(readCorpus('corpus'));
}

export function fixture(name: string): string {
  return readFileSync(`tests/fixtures/${name}`, 'utf8');
}

/** People ids found in one text read as a page. */
export function peopleIn(text: string, date?: string): string[] {
  return [...new Set(engine().mentions([text], { date }).flat().filter((m) => m.kind === 'person').map((m) => m.id))].sort();
}

export function topicsIn(text: string): string[] {
  return [...new Set(engine().mentions([text]).flat().filter((m) => m.kind === 'topic').map((m) => m.id))].sort();
}
