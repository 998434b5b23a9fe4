import { browser } from 'wxt/browser';
import { ReadoutEngine, type BodyChunk, type CorpusIndex, type IndexParts, type SearchPart, type TermsChunk } from '../../engine';
import { CORPUS_FILES, coreSlices } from '../shared/corpus-files';
import { openReadoutDB } from '../db/open';
import { cachedFile, keepFiles } from '../db/corpus-cache';
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

/** The package's build, read once: a kept copy of its files is used only when it is of the same build. */
let build: Promise<string | null> | null = null;
const packageBuild = () => (build ??= packagedText(CORPUS_FILES.build).catch(() => null));

/** Texts read from the package this worker's life, kept (parsed again, as fresh objects) after a short wait. */
const toKeep = new Map<string, string>();
let keeping: ReturnType<typeof setTimeout> | null = null;
/** After the answer that read them: a cold start is not made longer by writing what it read. */
const KEEP_AFTER_MS = 1_500;

function keepLater(name: string, text: string): void {
  toKeep.set(name, text);
  keeping ??= setTimeout(() => {
    keeping = null;
    const files = [...toKeep].map(([n, t]): [string, unknown] => [n, JSON.parse(t)]);
    toKeep.clear();
    void packageBuild().then((b) => (b ? keepFiles(b, files) : undefined));
  }, KEEP_AFTER_MS);
}

/** A packaged JSON file (or the text of several, joined): the kept copy of this build, else read and kept. */
async function corpusFile<T>(name: string, paths: string[], useKept = true): Promise<{ value: T; kept: boolean }> {
  const kept = useKept ? await cachedFile<T>(packageBuild(), name) : undefined;
  if (kept !== undefined) return { value: kept, kept: true };
  const text = (await Promise.all(paths.map(packagedText))).join('');
  const value = JSON.parse(text) as T;
  keepLater(name, text);
  return { value, kept: false };
}

/**
 * The engine over the core: kept as objects after the first start, else its pieces read all at once
 * (lib/shared/corpus-files.ts says why). A kept copy the engine cannot read is read again from the package.
 */
function coreEngine(useKept = true): Promise<ReadoutEngine> {
  return corpusFile<CorpusIndex>('core', coreSlices(), useKept).then(({ value, kept }) => {
    // Read and parsed, from the kept copy (marked too, for the tests) or the package.
    if (kept) performance.mark('readout:core-kept');
    markStart('core-read');
    try {
      return ReadoutEngine.load(value, parts);
    } catch (e) {
      if (!kept) throw e;
      return coreEngine(false);
    }
  });
}

const parts: IndexParts = {
  search: async () => (await corpusFile<SearchPart>('search', [CORPUS_FILES.search])).value,
  bodies: async (chunk) => (await corpusFile<BodyChunk>(`bodies-${chunk}`, [CORPUS_FILES.bodies(chunk)])).value,
  terms: async (chunk) => (await corpusFile<TermsChunk>(`terms-${chunk}`, [CORPUS_FILES.terms(chunk)])).value,
};

let loaded = false;
/** Whether the engine is ready now: until then, a page's text waits for it (and is prepared meanwhile). */
export const engineLoaded = (): boolean => loaded;

/** The engine with the reader's own statements added: what every page and search uses. */
export function engineReady(): Promise<ReadoutEngine> {
  ready ??= (async () => {
    // The database opens and the settings are read while the core is read, not after it.
    const opening = openReadoutDB();
    void loadSettings().catch(() => null);
    const e = await coreEngine();
    markStart('engine-built');
    await applyPublisherChoice(e);
    const db = await opening;
    // Without storage, the bundled statements still work; the options page says why the others are missing.
    if (db) await loadUserStatements(db, e).catch((err) => console.warn('Readout: the reader\'s statements could not be loaded', err));
    markStart('engine-ready');
    loaded = true;
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
