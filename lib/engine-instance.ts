import { ReadoutEngine, type CorpusIndex } from '../engine';
import index from '../generated/corpus-index.json';

let engine: ReadoutEngine | null = null;

/** The engine over the bundled index, loaded on first use so the worker starts fast. */
export function getEngine(): ReadoutEngine {
  engine ??= ReadoutEngine.load(index as unknown as CorpusIndex);
  return engine;
}
