import type { AliasClass, AliasEntry, CaseRule, EntityKind } from './types';

/**
 * The gazetteer's forms as the extension carries them: one line per form in a single string, so
 * that the worker reads a third of the bytes (1.4 MB, not 4.3: the forms were most of what it read
 * at every start, and reading an extension's file costs by the byte). Fields, tab-separated: entity
 * (its place in `entities`), class, the form as written, its tokens ("|"-separated), stems, case
 * rules. A token holds no tab, line break or "|": tokenisation splits at them.
 *
 * `groups` says which forms each key of the matcher's first step leads to (match/trie.ts, `firstKey`):
 * a page names a few per cent of the forms' first words, so a worker that just woke decodes and puts
 * into its trie only the groups its page's words reach, not 27,000 forms before its first answer.
 */
export interface AliasRows {
  entities: string[];
  rows: string;
  /**
   * The rows written in other scripts than Latin (Cyrillic, Chinese...), in order, each left empty in `rows`: a
   * string holding one such character takes two bytes per character, and this one string was half the core's
   * bytes, which a stopped worker reads and copies before anything else.
   */
  wideRows?: string;
  /** Lines "key\tid,id,..." (ids in base 36, ascending); an unspaced form's key begins with "\u0001". */
  groups: string;
  /** The groups whose key is written in other scripts than Latin, apart for the same reason. */
  wideGroups?: string;
}

/** A line held in the wide strings: a character beyond Latin-1. */
const WIDE = /[^\u0000-\u00ff]/;

/** Lines split into the narrow ones, in place (`keep`: a wide one's place is kept empty), and the wide ones. */
function splitWide(lines: string[], keep: boolean): [narrow: string, wide: string] {
  const narrow: string[] = [];
  const wide: string[] = [];
  for (const line of lines) {
    if (WIDE.test(line)) { wide.push(line); if (keep) narrow.push(''); } else narrow.push(line);
  }
  return [narrow.join('\n'), wide.join('\n')];
}

/** Where a form can be read by its number: the gazetteer's array, or the rows decoded as asked. */
export interface AliasSource {
  readonly length: number;
  get(id: number): AliasEntry;
  /** Every form (search lists them; decoding rows costs tens of ms once). */
  all(): AliasEntry[];
  /** The forms of one person or topic. */
  of(kind: EntityKind, id: string): AliasEntry[];
}

const CLASSES: AliasClass[] = ['name', 'short', 'title', 'role', 'phrase', 'weak'];

export const UNSPACED_KEY = '\u0001';

export function encodeAliasRows(aliases: AliasEntry[], keyOf: (a: AliasEntry) => string): AliasRows {
  const entities: string[] = [];
  const place = new Map<string, number>();
  const groups = new Map<string, number[]>();
  const lines = aliases.map((a, n) => {
    const key = `${a.kind}:${a.id}`;
    let at = place.get(key);
    if (at === undefined) { at = entities.length; entities.push(key); place.set(key, at); }
    const cls = CLASSES.indexOf(a.cls) + (a.unspaced ? CLASSES.length : 0);
    const first = keyOf(a);
    if (cls < 0 || /[\t\n]/.test(a.form) || a.tokens.some((t) => /[\t\n|]/.test(t)) || /[\t\n]/.test(first)) throw new Error(`alias ${a.form} of ${a.id} cannot be written as a row`);
    const group = groups.get(first);
    if (group) group.push(n); else groups.set(first, [n]);
    // Most forms are their tokens in lower case: the row then says so in one character.
    const tokens = a.tokens.join(' ') === a.form.toLowerCase() && a.tokens.every((t) => t && !t.includes(' ')) ? '=' : a.tokens.join('|');
    return `${at.toString(36)}\t${cls}\t${a.form}\t${tokens}\t${a.stem.join(',')}\t${a.caseRule.join('')}`;
  });
  const groupLines = [...groups].map(([key, ids]) => `${key}\t${ids.map((n) => n.toString(36)).join(',')}`);
  const [rows, wideRows] = splitWide(lines, true);
  const [narrowGroups, wideGroups] = splitWide(groupLines, false);
  return { entities, rows, wideRows, groups: narrowGroups, wideGroups };
}

/** The forms of an array (the whole index, in Node). */
export function arraySource(aliases: AliasEntry[]): AliasSource {
  let byEntity: Map<string, AliasEntry[]> | null = null;
  return {
    length: aliases.length,
    get: (id) => aliases[id],
    all: () => aliases,
    of(kind, id) {
      if (!byEntity) {
        byEntity = new Map();
        for (const a of aliases) {
          const list = byEntity.get(`${a.kind}:${a.id}`);
          if (list) list.push(a); else byEntity.set(`${a.kind}:${a.id}`, [a]);
        }
      }
      return byEntity.get(`${kind}:${id}`) ?? [];
    },
  };
}

/** The forms of the rows, each decoded when first asked for. */
export class AliasTable implements AliasSource {
  readonly length: number;
  /** Whether any form is of an unspaced script. */
  readonly unspaced: boolean;
  private lines: string[];
  private decoded: (AliasEntry | undefined)[];
  private kinds: EntityKind[];
  private ids: string[];
  /** Each group's ids, as written, until the matcher takes them. */
  private groups = new Map<string, string>();
  private byEntity: Map<number, number[]> | null = null;

  constructor(rows: AliasRows) {
    this.lines = rows.rows.split('\n');
    if (rows.wideRows) {
      let w = 0;
      const wide = rows.wideRows.split('\n');
      for (let n = 0; n < this.lines.length; n++) if (this.lines[n] === '') this.lines[n] = wide[w++];
    }
    this.length = this.lines.length;
    this.decoded = new Array(this.length);
    this.kinds = rows.entities.map((e) => e.slice(0, e.indexOf(':')) as EntityKind);
    this.ids = rows.entities.map((e) => e.slice(e.indexOf(':') + 1));
    let unspaced = false;
    for (const groups of [rows.groups, rows.wideGroups]) {
      if (!groups) continue;
      for (const line of groups.split('\n')) {
        const tab = line.indexOf('\t');
        this.groups.set(line.slice(0, tab), line.slice(tab + 1));
      }
      unspaced ||= groups.startsWith(UNSPACED_KEY) || groups.includes(`\n${UNSPACED_KEY}`);
    }
    this.unspaced = unspaced;
  }

  get(n: number): AliasEntry {
    return this.decoded[n] ??= this.decode(this.lines[n]);
  }

  /** The numbers of a group's forms, the first time it is asked for; null after, or for a key no form has. */
  take(key: string): number[] | null {
    const ids = this.groups.get(key);
    if (ids === undefined) return null;
    this.groups.delete(key);
    return ids.split(',').map((n) => parseInt(n, 36));
  }

  all(): AliasEntry[] {
    return Array.from({ length: this.length }, (_, n) => this.get(n));
  }

  of(kind: EntityKind, id: string): AliasEntry[] {
    if (!this.byEntity) {
      this.byEntity = new Map();
      this.lines.forEach((line, n) => {
        const e = parseInt(line.slice(0, line.indexOf('\t')), 36);
        const list = this.byEntity!.get(e);
        if (list) list.push(n); else this.byEntity!.set(e, [n]);
      });
    }
    const e = this.kinds.findIndex((k, i) => k === kind && this.ids[i] === id);
    return (this.byEntity.get(e) ?? []).map((n) => this.get(n));
  }

  private decode(line: string): AliasEntry {
    const [at, c, form, tokens, stem, caseRule] = line.split('\t');
    const e = parseInt(at, 36);
    const cls = Number(c);
    return {
      kind: this.kinds[e],
      id: this.ids[e],
      cls: CLASSES[cls % CLASSES.length],
      form,
      tokens: tokens === '=' ? form.toLowerCase().split(' ') : tokens.split('|'),
      unspaced: cls >= CLASSES.length,
      stem: stem.split(',').map(Number),
      caseRule: caseRule.split('').map(Number) as CaseRule[],
    };
  }
}
