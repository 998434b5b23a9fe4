import { readFileSync } from 'node:fs';
import { ReadoutEngine, compileCorpus, topicsOf, type RawCorpus } from '../engine';
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
  seeds ??= ReadoutEngine.load(compileCorpus(corpusCopy()));
  return seeds;
}

let raw: RawCorpus | null = null;

/**
 * A deep copy of the real gazetteer with the curated statements, for tests that break it on purpose: compiling
 * the thousands of ingested statements would only slow each of them down.
 */
export function corpusCopy(): RawCorpus {
  raw ??= readCorpus('corpus');
  return structuredClone({ ...raw, statements: raw.statements.filter((s) => s.publisher === 'china-diplomacy') });
}

export function fixture(name: string): string {
  return readFileSync(`tests/fixtures/${name}`, 'utf8');
}

/** People ids found in one text read as a page. */
export function peopleIn(text: string, date?: string): string[] {
  return [...new Set(engine().mentions([text], { date }).flat().filter((m) => m.kind === 'person').map((m) => m.id))].sort();
}

export function topicsIn(text: string): string[] {
  return [...new Set(engine().mentions([text]).flat().flatMap(topicsOf))].sort();
}
