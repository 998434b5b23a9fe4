import { ReadoutEngine, type CorpusIndex } from '../../engine';
import index from '../../generated/corpus-index.json';
import { openReadoutDB } from '../db/open';
import { loadUserStatements } from '../db/user-statements';
import { loadSettings } from '../db/settings';

let engine: ReadoutEngine | null = null;
let ready: Promise<ReadoutEngine> | null = null;

/** The compiled index: bundled in Chrome's worker; in Firefox, the parts its manifest loaded first (tools/corpus-parts.ts). */
function bundledIndex(): CorpusIndex {
  if (import.meta.env.FIREFOX) return JSON.parse((globalThis as { readoutCorpusParts?: string[] }).readoutCorpusParts!.join('')) as CorpusIndex;
  return index as unknown as CorpusIndex;
}

/** The engine over the bundled index, loaded on first use so the worker starts fast. */
export function getEngine(): ReadoutEngine {
  engine ??= ReadoutEngine.load(bundledIndex());
  return engine;
}

/** The engine with the reader's own statements added: what every page and search uses. */
export function engineReady(): Promise<ReadoutEngine> {
  ready ??= (async () => {
    const e = getEngine();
    await applyPublisherChoice(e);
    const db = await openReadoutDB();
    // Without storage, the bundled statements still work; the options page says why the others are missing.
    if (db) await loadUserStatements(db, e).catch((err) => console.warn('Readout: the reader\'s statements could not be loaded', err));
    return e;
  })();
  return ready;
}

/** The publishers the reader turned off are hidden from ranking, search and cards; called again when settings change. */
export async function applyPublisherChoice(e: ReadoutEngine = getEngine()): Promise<void> {
  const settings = await loadSettings().catch(() => null);
  e.hidePublishers(settings?.offPublishers ?? []);
}
