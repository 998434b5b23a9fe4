import { browser } from 'wxt/browser';
import { ReadoutEngine, type CorpusIndex, type IndexParts } from '../../engine';
import { CORPUS_FILES, coreSlices } from '../shared/corpus-files';
import { openReadoutDB } from '../db/open';
import { loadUserStatements } from '../db/user-statements';
import { loadSettings } from '../db/settings';
import { markStart } from './start-marks';

let ready: Promise<ReadoutEngine> | null = null;

/**
 * The extension's own files, read as data. The worker starts on a small script and reads the
 * corpus when first asked: a corpus evaluated with the script would be paid at every start of the
 * worker, even one woken only to tell the popup what it kept.
 */
async function packagedText(path: string): Promise<string> {
  const res = await fetch(browser.runtime.getURL(path as '/popup.html'));
  if (!res.ok) throw new Error(`Readout's file ${path} could not be read (${res.status})`);
  return res.text();
}

async function packaged<T>(path: string): Promise<T> {
  return JSON.parse(await packagedText(path)) as T;
}

/** The core, its pieces read all at once (lib/shared/corpus-files.ts says why). */
async function packagedCore(): Promise<CorpusIndex> {
  const text = (await Promise.all(coreSlices().map(packagedText))).join('');
  markStart('core-read');
  const core = JSON.parse(text) as CorpusIndex;
  markStart('core-parsed');
  return core;
}

const parts: IndexParts = {
  search: () => packaged(CORPUS_FILES.search),
  bodies: (chunk) => packaged(CORPUS_FILES.bodies(chunk)),
};

/** The engine with the reader's own statements added: what every page and search uses. */
export function engineReady(): Promise<ReadoutEngine> {
  ready ??= (async () => {
    // The database opens and the settings are read while the core is read, not after it.
    const opening = openReadoutDB();
    void loadSettings().catch(() => null);
    const e = ReadoutEngine.load(await packagedCore(), parts);
    markStart('engine-built');
    await applyPublisherChoice(e);
    const db = await opening;
    // Without storage, the bundled statements still work; the options page says why the others are missing.
    if (db) await loadUserStatements(db, e).catch((err) => console.warn('Readout: the reader\'s statements could not be loaded', err));
    markStart('engine-ready');
    return e;
  })();
  // A failed start is tried again by the next caller, not remembered for the worker's life.
  ready.catch(() => { ready = null; });
  return ready;
}

/** The publishers the reader turned off are hidden from ranking, search and cards; called again when settings change. */
export async function applyPublisherChoice(e?: ReadoutEngine): Promise<void> {
  const engine = e ?? await engineReady();
  const settings = await loadSettings().catch(() => null);
  engine.hidePublishers(settings?.offPublishers ?? []);
}
