import { readFileSync } from 'node:fs';
import { ReadoutEngine, compileCorpus, type RawCorpus } from '../engine';
import { readCorpus } from '../tools/corpus-files';

let cached: ReadoutEngine | null = null;

/** The engine over the real corpus, compiled from corpus/ as the build does. */
export function engine(): ReadoutEngine {
  cached ??= ReadoutEngine.load(compileCorpus(readCorpus('corpus')));
  return cached;
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
