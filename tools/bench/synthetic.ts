// Generated corpora for the benchmarks: the real gazetteer plus made-up people and
// topics, and statements that speak of them. Deterministic, so runs compare.
import type { RawCorpus, RawPerson, RawStatement, RawTopic } from '../../engine';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

const SYL = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dri', 'sen', 'ul', 'mar', 'ko', 'vin', 'za', 'pel', 'tor', 'ni', 'bes', 'gru', 'fa', 'lin'];
const CYR: Record<string, string> = { ka: 'ка', lo: 'ло', mi: 'ми', ren: 'рен', tas: 'тас', vo: 'во', dri: 'дри', sen: 'сен', ul: 'ул', mar: 'мар', ko: 'ко', vin: 'вин', za: 'за', pel: 'пел', tor: 'тор', ni: 'ни', bes: 'бес', gru: 'гру', fa: 'фа', lin: 'лин' };
const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
export const WORDS = 'government minister talks agreement border economy security region council summit trade energy visit support cooperation sanctions treaty crisis dialogue delegation parliament elections reform budget army navy port railway grain gas oil market bank currency court law rights press report statement officials sources week month capital province city village river coast'.split(' ');

const syllables = (r: () => number, n: number) => Array.from({ length: n }, () => SYL[Math.floor(r() * SYL.length)]);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

export interface Synthetic { corpus: RawCorpus; people: string[]; phrases: string[] }

/** The real corpus grown by made-up people, topics and statements. */
export function synthesize(base: RawCorpus, statements: number, people: number, topics: number, seed = 7): Synthetic {
  const r = rng(seed);
  const c: RawCorpus = structuredClone(base);
  const names: string[] = [];
  const ids: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < people; i++) {
    let given: string[]; let family: string[];
    do { given = syllables(r, 2); family = syllables(r, 3); } while (used.has(family.join('') + given.join('')));
    used.add(family.join('') + given.join(''));
    const latin = `${cap(given.join(''))} ${cap(family.join(''))}`;
    const cyr = `${cap(given.map((s) => CYR[s]).join(''))} ${cap(family.map((s) => CYR[s]).join(''))}`;
    const han = `${HAN[i % 22]}${HAN[Math.floor(i / 22) % 22]}${HAN[Math.floor(i / 484) % 22]}号${i}`;
    const p: RawPerson = { id: `synthetic-person-${i}`, name: latin, country: 'XX', roles: [{ role: 'cn-fm', from: '1990-01-01', to: '1990-01-02' }], names: [latin, cyr, han], surnames: [], ambiguousSurname: false };
    c.people.push(p);
    names.push(latin);
    ids.push(p.id);
  }
  const phrases: string[] = [];
  for (let i = 0; i < topics; i++) {
    const en = `${WORDS[Math.floor(r() * WORDS.length)]} ${syllables(r, 2).join('')}${i}`;
    const t: RawTopic = { id: `synthetic-topic-${i}`, label: en, phrases: { en: [en, `${en} plan`], zh: [`${HAN[i % 22]}${HAN[(i * 3) % 22]}议题${i}`], ru: [`тема ${syllables(r, 2).map((s) => CYR[s]).join('')}${i}`] } };
    c.topics.push(t);
    phrases.push(en);
  }
  for (let i = 0; i < statements; i++) {
    const a = Math.floor(r() * names.length);
    const b = Math.floor(r() * names.length);
    const t = phrases[Math.floor(r() * phrases.length)];
    const body = Array.from({ length: 6 }, () => sentence(r, [names[a], names[b], t], 45));
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const s: RawStatement = { id: `${day}-synthetic-${i}`, title: `${names[a]} and ${names[b]} discuss ${t}`, date: day, source: 'Synthetic ministry', kind: 'call', participants: [ids[a]], language: 'en', body };
    c.statements.push(s);
    c.files.statements[s.id] = `synthetic/${s.id}.json`;
  }
  return { corpus: c, people: names, phrases };
}

/** Filler text with the given names and phrases sprinkled in. */
export function sentence(r: () => number, inserts: string[], words: number): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) {
    if (r() < 0.04 && inserts.length) out.push(inserts[Math.floor(r() * inserts.length)]);
    else out.push(WORDS[Math.floor(r() * WORDS.length)]);
  }
  return cap(out.join(' ')) + '.';
}

/** A news article of about `words` words, in paragraphs of ~100 words. */
export function article(r: () => number, inserts: string[], words: number): string[] {
  return Array.from({ length: Math.ceil(words / 100) }, () => sentence(r, inserts, 100));
}
