import type { AliasEntry } from '../gazetteer/types';
import type { ReadoutEngine } from '../index/engine';
import { typoAllowance, withinDistance } from './edit-distance';

/** A person or topic the query names, possibly one of several that share the words ("Wang"). */
export interface QueryEntity {
  /** Entity keys, "p:wang-yi" or "t:peace-talks". */
  keys: Set<string>;
  /** The query tokens it covers, [from, to). */
  from: number;
  to: number;
  exact: boolean;
  /** For Chinese, Japanese or Thai: the folded form found in the query. */
  unspacedForm?: string;
}

interface FormIndex {
  /** Spaced-script forms by their first folded word. */
  byFirst: Map<string, AliasEntry[]>;
  unspaced: AliasEntry[];
  /**
   * The forms each query word may begin, as found last: every keystroke asks again for the words typed
   * before the last, and comparing one word with every first word took a few ms.
   */
  begun: Map<string, AliasEntry[][]>;
}

/** Query words whose forms are kept: a few queries' worth. */
const BEGUN_KEPT = 200;

const built = new WeakMap<ReadoutEngine, FormIndex>();

// Role descriptions resolve by date and weak phrases need support on a page: neither names anything alone.
const SEARCHABLE = new Set(['name', 'title', 'short', 'phrase']);

function formIndex(engine: ReadoutEngine): FormIndex {
  let idx = built.get(engine);
  if (!idx) {
    idx = { byFirst: new Map(), unspaced: [], begun: new Map() };
    for (const a of engine.matcher.forms.all()) {
      if (a.kind === 'role' || !SEARCHABLE.has(a.cls)) continue;
      if (a.unspaced) { idx.unspaced.push(a); continue; }
      const list = idx.byFirst.get(a.tokens[0]);
      if (list) list.push(a); else idx.byFirst.set(a.tokens[0], [a]);
    }
    built.set(engine, idx);
  }
  return idx;
}

/** More people or topics than a reader scans in a list of suggestions. */
const MAX_NEAR_KEYS = 12;

/** The first-word filter lets any inflection through; each form's own stem then decides. */
const MAX_STEM = 4;

const keyOf = (a: AliasEntry) => `${a.kind === 'person' ? 'p' : 't'}:${a.id}`;

/** How a query word meets a form's word: exactly (or as an inflection the form allows), by prefix while typing, or with a typo. */
function wordFit(q: string, form: string, stem: number, prefixOk: boolean): 'exact' | 'near' | null {
  if (q === form) return 'exact';
  if (stem > 0 && q.startsWith(form) && q.length - form.length <= stem) return 'exact';
  if (prefixOk && q.length >= 2 && form.startsWith(q)) return 'near';
  const allow = Math.min(typoAllowance(form), typoAllowance(q));
  if (allow === 0) return null;
  if (withinDistance(q, form, allow)) return 'near';
  // A stem ("kuleb" for Kuleba, Кулебой…): a typo in the stem, then any allowed ending.
  if (stem > 0) for (let n = form.length - allow; n <= form.length + allow; n++) if (n > 0 && n <= q.length && q.length - n <= stem && withinDistance(q, form, allow, n)) return 'near';
  return null;
}

function formsBegunBy(idx: FormIndex, word: string, prefixOk: boolean): AliasEntry[][] {
  const key = `${prefixOk ? '+' : '='}${word}`;
  let found = idx.begun.get(key);
  if (found) idx.begun.delete(key);
  else {
    found = [];
    for (const [first, forms] of idx.byFirst) if (wordFit(word, first, MAX_STEM, prefixOk)) found.push(forms);
    if (idx.begun.size >= BEGUN_KEPT) idx.begun.delete(idx.begun.keys().next().value!);
  }
  // Last asked, last out.
  idx.begun.set(key, found);
  return found;
}

/**
 * The people and topics a query names, longest first, left to right. `typing`: the last
 * word may be unfinished, so it matches by prefix.
 */
export function queryEntities(engine: ReadoutEngine, words: string[], foldedQuery: string, typing: boolean): QueryEntity[] {
  const idx = formIndex(engine);
  const out: QueryEntity[] = [];
  const last = words.length - 1;
  let i = 0;
  while (i < words.length) {
    let best: QueryEntity | null = null;
    for (const forms of formsBegunBy(idx, words[i], typing && i === last)) {
      for (const a of forms) {
        let exact = true;
        let n = 0;
        for (; n < a.tokens.length && i + n < words.length; n++) {
          const fit = wordFit(words[i + n], a.tokens[n], a.stem[n], typing && i + n === last);
          if (!fit) break;
          if (fit === 'near') exact = false;
        }
        // The whole form, or its start when the query ends inside it while typing.
        const complete = n === a.tokens.length || (typing && i + n === words.length && n > 0);
        if (!complete || n === 0) continue;
        const to = i + n;
        if (!best || to > best.to || (to === best.to && exact && !best.exact)) best = { keys: new Set([keyOf(a)]), from: i, to, exact };
        else if (to === best.to && exact === best.exact) best.keys.add(keyOf(a));
      }
    }
    // A start or a misspelling that fits dozens of people ("pr": every "President …") names none of them yet.
    if (best && (best.exact || best.keys.size <= MAX_NEAR_KEYS)) { out.push(best); i = best.to; } else i++;
  }
  for (const a of idx.unspaced) {
    if (!foldedQuery.includes(a.tokens[0])) continue;
    const same = out.find((e) => e.unspacedForm === a.tokens[0]);
    if (same) same.keys.add(keyOf(a));
    else out.push({ keys: new Set([keyOf(a)]), from: -1, to: -1, exact: true, unspacedForm: a.tokens[0] });
  }
  return out;
}
