import type { AliasClass, AliasEntry, CaseRule, EntityKind } from './types';

/**
 * The gazetteer's forms as the extension carries them: one line per form in a single string, so
 * that the worker reads a third of the bytes (1.4 MB, not 4.3: the forms were most of what it read
 * at every start, and reading an extension's file costs by the byte). Fields, tab-separated: entity
 * (its place in `entities`), class, the form as written, its tokens ("|"-separated), stems, case
 * rules. A token holds no tab, line break or "|": tokenisation splits at them.
 */
export interface AliasRows { entities: string[]; rows: string }

const CLASSES: AliasClass[] = ['name', 'short', 'title', 'role', 'phrase', 'weak'];

export function encodeAliasRows(aliases: AliasEntry[]): AliasRows {
  const entities: string[] = [];
  const place = new Map<string, number>();
  const lines = aliases.map((a) => {
    const key = `${a.kind}:${a.id}`;
    let at = place.get(key);
    if (at === undefined) { at = entities.length; entities.push(key); place.set(key, at); }
    const cls = CLASSES.indexOf(a.cls) + (a.unspaced ? CLASSES.length : 0);
    if (cls < 0 || /[\t\n]/.test(a.form) || a.tokens.some((t) => /[\t\n|]/.test(t))) throw new Error(`alias ${a.form} of ${a.id} cannot be written as a row`);
    // Most forms are their tokens in lower case: the row then says so in one character.
    const tokens = a.tokens.join(' ') === a.form.toLowerCase() && a.tokens.every((t) => t && !t.includes(' ')) ? '=' : a.tokens.join('|');
    return `${at.toString(36)}\t${cls}\t${a.form}\t${tokens}\t${a.stem.join(',')}\t${a.caseRule.join('')}`;
  });
  return { entities, rows: lines.join('\n') };
}

export function decodeAliasRows({ entities, rows }: AliasRows): AliasEntry[] {
  const kinds = entities.map((e) => e.slice(0, e.indexOf(':')) as EntityKind);
  const ids = entities.map((e) => e.slice(e.indexOf(':') + 1));
  const out: AliasEntry[] = [];
  for (const line of rows.split('\n')) {
    const [at, c, form, tokens, stem, caseRule] = line.split('\t');
    const e = parseInt(at, 36);
    const cls = Number(c);
    out.push({
      kind: kinds[e],
      id: ids[e],
      cls: CLASSES[cls % CLASSES.length],
      form,
      tokens: tokens === '=' ? form.toLowerCase().split(' ') : tokens.split('|'),
      unspaced: cls >= CLASSES.length,
      stem: stem.split(',').map(Number),
      caseRule: caseRule.split('').map(Number) as CaseRule[],
    });
  }
  return out;
}
