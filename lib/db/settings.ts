import { browser } from 'wxt/browser';
import { openReadoutDB, storageProblem } from './open';

/** The reader's choices. Kept in the extension's IndexedDB, read and written by the background; views read the copy it keeps in session storage (SETTINGS_KEPT, tab-results.ts). */
export interface Settings {
  /** Readout as a whole: the popup's switch and the toggle command. */
  enabled: boolean;
  /** Sites (host names) where Readout stays off. */
  offSites: string[];
  /** `elements`: real elements (mark.js) instead of the Highlight API, for tools that need them. */
  highlightsAsElements: boolean;
  /** Which kinds of mention are highlighted on pages, and in which colour (CSS hex). */
  highlightPeople: boolean;
  highlightTopics: boolean;
  /** Also light what lies around the article: menus, related stories, comments, teasers. Off: the article only. */
  highlightAround: boolean;
  /**
   * Light every person and topic the page names. Off: only those the page shares with the statements listed for it,
   * and people it names in full (with hundreds known, a page would be lit everywhere).
   */
  highlightAll: boolean;
  personColour: string;
  topicColour: string;
  /** Remember which articles cover which statements; how many days. */
  history: boolean;
  historyDays: number;
  /** Publishers whose statements the reader does not want ranked, searched or shown ("kremlin"). */
  offPublishers: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true, offSites: [], highlightsAsElements: false,
  highlightPeople: true, highlightTopics: true, highlightAround: false, highlightAll: false, personColour: '#ffc400', topicColour: '#50a0ff',
  history: true, historyDays: 365, offPublishers: [],
};

const COLOUR = /^#[0-9a-f]{6}$/i;

/** A stored value is used only if it has the default's type (and, for colours, is a colour). */
export function validSetting(key: keyof Settings, v: unknown): boolean {
  if (typeof v !== typeof DEFAULT_SETTINGS[key]) return false;
  if (key === 'personColour' || key === 'topicColour') return COLOUR.test(v as string);
  if (key === 'historyDays') return Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 3650;
  if (key === 'offSites' || key === 'offPublishers') return Array.isArray(v) && v.every((x) => typeof x === 'string');
  return true;
}

// The background is the only writer, so it may keep what it read (every page load and popup
// asks), for as long as the connection it read from lasts.
let current: { from: Promise<unknown>; settings: Promise<Settings> } | null = null;

/**
 * Where the settings as last read are kept in session storage, beside each tab's answer: a popup opened
 * after the browser stopped the worker shows them at once (opening the database costs it 80-200 ms here).
 */
export const SETTINGS_KEPT = 'settings';

export function loadSettings(): Promise<Settings> {
  const connection = openReadoutDB();
  if (current?.from !== connection) {
    current = { from: connection, settings: readSettings(connection).catch((e) => { current = null; throw e; }) };
  }
  return current.settings;
}

async function readSettings(connection: ReturnType<typeof openReadoutDB>): Promise<Settings> {
  const d = await connection;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (!d) return out as unknown as Settings;
  // Asked all at once: one after another, they took 13-15 ms of a stopped worker's first answer, all at once 2-6.
  const tx = d.transaction('settings');
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
  const values = await Promise.all(keys.map((key) => tx.store.get(key)));
  keys.forEach((key, i) => { if (values[i] !== undefined && validSetting(key, values[i])) out[key] = values[i]; });
  // Outside an extension (Node tests) there is no browser, and nothing to keep. Not waited for: a stopped worker's
  // first page waits for its settings before it reads the corpus.
  void browser?.storage?.session?.set({ [SETTINGS_KEPT]: out }).catch(() => undefined);
  return out as unknown as Settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const entries = Object.entries(patch).filter(([k, v]) => k in DEFAULT_SETTINGS && v !== undefined);
  // All checked before any is written: a bad value changes nothing.
  for (const [k, v] of entries) if (!validSetting(k as keyof Settings, v)) throw new Error(`settings: ${k}: ${JSON.stringify(v)} is not a valid value`);
  const d = await openReadoutDB();
  if (!d) throw new Error(storageProblem() ?? 'storage is unavailable');
  const tx = d.transaction('settings', 'readwrite');
  await Promise.all([...entries.map(([k, v]) => tx.store.put(v, k)), tx.done]);
  current = null;
  return loadSettings();
}

/** Whether Readout runs on a page, and if not, why. */
export type PageWhy = 'on' | 'off' | 'site-off' | 'not-a-page';

/** Whether Readout runs on a page, by the reader's settings. */
export function pageWhy(url: string, s: Settings): PageWhy {
  const site = siteOf(url);
  return !site ? 'not-a-page' : !s.enabled ? 'off' : s.offSites.includes(site) ? 'site-off' : 'on';
}

/** The site a URL belongs to, as the per-site switch names it. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}
