import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { isUnspacedText, scriptOf } from '../text/scripts';
import type { AliasClass, AliasEntry, CaseRule, EntityKind, RawCorpus, RawPerson } from './types';

/** Inflected forms a name may take: an automatic stem allows this many extra letters. */
export const AUTO_STEM = 4;
/** A `*` written in the gazetteer allows this many. */
export const EXPLICIT_STEM = 12;

const HONORIFICS: Record<string, string[]> = {
  latin: ['Mr', 'Mrs', 'Ms', 'Miss', 'Mister', 'Dr', 'Herr', 'Frau', 'M', 'Mme', 'Sr', 'Sra', 'Signor', 'Pan', 'Pani', 'Dl', 'Dna'],
  cyrillic: ['господин', 'госпожа', 'г-н', 'г-жа', 'пан', 'пані'],
  greek: ['κ', 'κα'],
};
/** Chinese and Japanese write the honorific after the name ("バイデン氏", "拜登先生"), as they do titles ("バイデン大統領"). */
const SUFFIX_HONORIFICS = ['氏', '先生'];
const VOWEL_END = /[aeiouyаяоеёыиьйіїєуюαεηιουωάέήίόύώ]$/;

/** Splits an authored form into folded tokens, noting which carry a `*` and how each is cased. */
export function parseForm(form: string): { tokens: string[]; starred: boolean[]; raw: string[]; unspaced: boolean; word: number[] } {
  const f = fold(form);
  if (isUnspacedText(f.text)) return { tokens: [f.text.replace(/\*/g, '').trim()], starred: [false], raw: [form], unspaced: true, word: [f.text.length] };
  const toks = tokenize(f);
  // The letters of the written word a token ends, with the pieces a change of case split off before it ("Mc" of "McFaul").
  const word: number[] = [];
  toks.forEach((t, i) => word.push(t.text.length + (i > 0 && toks[i - 1].end === t.start ? word[i - 1] : 0)));
  return {
    tokens: toks.map((t) => t.text),
    starred: toks.map((t) => f.text[t.end] === '*'),
    raw: toks.map((t) => form.slice(f.src[t.start], f.srcEnd[t.end - 1])),
    unspaced: false,
    word,
  };
}

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

function isUpperWord(raw: string): boolean {
  return letters(raw) >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function startsUpper(raw: string): boolean {
  const c = raw.charAt(0);
  return c !== c.toLowerCase();
}

/** Letters only Vietnamese writes among the gazetteer's languages. */
const VIETNAMESE = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** Languages that write every noun with a capital: there a lower-case word is another word ("handelt", not "Handel"). */
const NOUN_CAPITALS = new Set(['de', 'lb']);

export function makeAlias(kind: EntityKind, id: string, cls: AliasClass, form: string, lang?: string): AliasEntry | null {
  const p = parseForm(form);
  if (p.tokens.length === 0 || p.tokens[0] === '') return null;
  const isPerson = kind === 'person';
  const longest = Math.max(...p.tokens.map((t) => t.length));
  // Vietnamese does not inflect, and its syllables differ by a letter: "Tần Cương" (Qin Gang) is not "tăng cường".
  const isolating = VIETNAMESE.test(form);
  const tokens: string[] = [];
  const stem: number[] = [];
  const caseRule: CaseRule[] = [];
  p.tokens.forEach((tok, i) => {
    const raw = p.raw[i];
    let rule: CaseRule = 0;
    if (!p.unspaced) {
      if (isUpperWord(raw)) rule = 2;
      else if (startsUpper(raw) && (cls === 'short' || (isPerson && letters(raw) <= 2 && longest < 5) || (lang !== undefined && NOUN_CAPITALS.has(lang)) || (isPerson && p.tokens.length === 1 && scriptOf(tok) === 'latin'))) rule = 1;
    }
    caseRule.push(rule);
    if (p.starred[i]) { tokens.push(tok); stem.push(EXPLICIT_STEM); return; }
    if (isPerson && cls !== 'short' && !p.unspaced && rule !== 2 && !isolating) {
      const script = scriptOf(tok);
      // A surname after the given name inflects however short it is ("Andrzeja Dudy", "Zbigniewa Raua", "Donalda
      // Tuska"): the name before it keeps the stem from lighting other words. So does a short given name before its
      // surname ("s Joem Bidenem", "Olafa Scholze"): the surname after it does the same.
      const inName = p.word[i] === tok.length && cls === 'name' && p.tokens.length > 1 && (i === 0 || i === p.tokens.length - 1);
      const min = inName ? 3 : script === 'latin' ? 5 : 4;
      // "McFaula", "Michaelem McFaulem": a name's inflections follow the whole word, however short its last piece.
      if ((script === 'cyrillic' || script === 'greek' || script === 'latin') && p.word[i] >= min && tok.length >= 3) {
        const cut = VOWEL_END.test(tok) && tok.length - 1 >= 3 ? tok.slice(0, -1) : tok;
        tokens.push(cut); stem.push(AUTO_STEM); return;
      }
      if (script === 'hangul' && i === p.tokens.length - 1) { tokens.push(tok); stem.push(3); return; }
    }
    tokens.push(tok); stem.push(0);
  });
  return { kind, id, cls, form, tokens, unspaced: p.unspaced, stem, caseRule };
}

function sameScript(a: string, b: string): boolean {
  return scriptOf(a) === scriptOf(b) && !isUnspacedText(a) && !isUnspacedText(b);
}

/** Every form of a person: names, surnames, and the title and honorific forms made from them. */
export function personForms(p: RawPerson, corpus: RawCorpus): { cls: AliasClass; form: string }[] {
  const out: { cls: AliasClass; form: string }[] = [];
  for (const n of p.names) out.push({ cls: 'name', form: n });
  for (const s of p.surnames) out.push({ cls: p.ambiguousSurname ? 'short' : 'name', form: s });
  for (const s of p.short ?? []) out.push({ cls: 'short', form: s });
  if (p.ambiguousSurname) {
    const titles = new Set<string>();
    for (const span of p.roles) for (const t of corpus.roles[span.role]?.titles ?? []) titles.add(t);
    for (const s of p.surnames) {
      const unspaced = isUnspacedText(s);
      for (const t of titles) {
        // A katakana name takes a title written in kanji: the two scripts share the line. Korean, too, puts the title
        // after the name ("마르코스 대통령").
        if (unspaced && isUnspacedText(t)) out.push({ cls: 'title', form: `${s}${t}` });
        else if (!unspaced && sameScript(t, s)) out.push({ cls: 'title', form: scriptOf(s) === 'hangul' ? `${s} ${t}` : `${t} ${s}` });
      }
      if (unspaced) for (const h of SUFFIX_HONORIFICS) out.push({ cls: p.commonSurname ? 'short' : 'title', form: `${s}${h}` });
      for (const [script, list] of Object.entries(HONORIFICS)) {
        if (scriptOf(s) !== script || unspaced) continue;
        for (const h of list) out.push({ cls: p.commonSurname ? 'short' : 'title', form: `${h} ${s}` });
      }
    }
  }
  return out;
}

export function buildAliases(corpus: RawCorpus): AliasEntry[] {
  const out: AliasEntry[] = [];
  const push = (a: AliasEntry | null) => { if (a) out.push(a); };
  for (const p of corpus.people) for (const f of personForms(p, corpus)) push(makeAlias('person', p.id, f.cls, f.form));
  for (const [id, r] of Object.entries(corpus.roles)) for (const ph of r.phrases) push(makeAlias('role', id, 'role', ph));
  for (const t of corpus.topics) {
    for (const [lang, list] of Object.entries(t.phrases)) for (const ph of list) push(makeAlias('topic', t.id, 'phrase', ph, lang));
    for (const ph of t.weak ?? []) push(makeAlias('topic', t.id, 'weak', ph));
  }
  return out;
}

/** The key two forms collide on: same folded tokens, same stemming. */
export function aliasKey(a: AliasEntry): string {
  return a.tokens.map((t, i) => (a.stem[i] ? `${t}*` : t)).join(' ');
}
