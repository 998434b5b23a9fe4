// npm run names [-- --min N] [--json]: the people the corpus names that the gazetteer does not know, most
// named first, so curation follows the data. A name is what follows a title ("President Emmanuel Macron",
// "Foreign Minister Ivan Korčok", "Ambassador Bridget Brink"): capitalised words, none of them a place or a
// body the title is "of". Names the gazetteer resolves are left out.
import { foldString } from '../engine';
import { loadEngine } from './load-engine';
import { COMMON_WORDS, STOP_WORDS } from '../engine/gazetteer/common-words';

const TITLES = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
  'Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General', 'Chancellor', 'Ambassador', 'Governor', 'Senator', 'Representative',
  'Speaker', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Director-General', 'Premier', 'King', 'Queen', 'Crown Prince', 'Prince', 'Emir', 'Sultan',
  'General', 'Admiral', 'Commissioner', 'Spokesperson', 'Spokesman', 'Press Secretary', 'Advisor', 'Adviser', 'Envoy', 'Mayor', 'Chief', 'Head',
  'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Mr', 'Ms', 'Mrs', 'Dr', 'His Majesty', 'Her Majesty', 'His Holiness', 'His Highness',
];
// Capitalised words that are not names: what a title is "of", and words that start a sentence or a body.
const NOT_NAME = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'with', 'from', 'a', 'an', 'by']);
const BODY = /^(United|Republic|Kingdom|State|States|Federal|Federation|People's|Democratic|Islamic|Government|Ministry|Council|Union|Office|Department|House|Senate|Congress|Committee|Commission|Agency|Bank|Fund|Organization|Forces|Army|National|European|International|Security|Affairs|Foreign|Defense|Defence|Economic|Region|Oblast|Administration|Assembly|Parliament|Court|Service|Staff|Cabinet|Board|Group|Association|Institute|University|Company|Corporation|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const args = process.argv.slice(2);
const min = Number(args[args.indexOf('--min') + 1]) || (args.includes('--min') ? 1 : 2);
const json = args.includes('--json');

const engine = loadEngine();
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(' ')));
const common = new Set(Object.values(COMMON_WORDS).concat(Object.values(STOP_WORDS)).flatMap((list) => list.split(/\s+/)).map(foldString));
const titleRe = new RegExp(`\\b(?:${TITLES.map((t) => t.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|')})\\s+((?:[\\p{Lu}][\\p{L}'’.-]+\\s+){0,2}[\\p{Lu}][\\p{L}'’-]+)`, 'gu');

const counts = new Map<string, { n: number; example: string }>();
for (const s of engine.statements.values()) {
  const texts = [s.title, ...engine.bodyOf(s)];
  const mentions = engine.mentions(texts, { date: s.date });
  texts.forEach((text, i) => {
    const known = mentions[i].filter((m) => m.kind === 'person');
    for (const m of text.matchAll(titleRe)) {
      // A word ending in a full stop ends the name unless it is an initial ("Eduardo M. Año").
      const words: string[] = [];
      for (const w of m[1].split(/\s+/)) { words.push(w.replace(/\.$/, (d) => (w.length === 2 ? d : ''))); if (w.endsWith('.') && w.length > 2) break; }
      // "President Biden of the United States": keep the name, not what it is "of".
      const cut = words.findIndex((w) => NOT_NAME.has(w.toLowerCase()) || BODY.test(w));
      const name = (cut >= 0 ? words.slice(0, cut) : words).join(' ').replace(/['’]s$/, '');
      // A lone word is a surname only if it is no title ("Mr President") and no common word ("Extraordinary").
      if (!name || name.split(' ').every((w) => TITLE_WORDS.has(w) || common.has(foldString(w))) || (!name.includes(' ') && (common.has(foldString(name)) || !/^[\p{Lu}][\p{Ll}]{3,}$/u.test(name)))) continue;
      const at = m.index! + m[0].length - m[1].length;
      if (known.some((k) => k.start < at + name.length && at < k.end)) continue;
      const key = foldString(name);
      const c = counts.get(key) ?? { n: 0, example: '' };
      c.n++;
      c.example ||= `${name} (${s.id})`;
      counts.set(key, c);
    }
  });
}

const rows = [...counts.values()].filter((c) => c.n >= min).sort((a, b) => b.n - a.n);
if (json) for (const r of rows) console.log(JSON.stringify({ count: r.n, name: r.example.replace(/ \(.*$/, ''), example: r.example.replace(/^.* \((.*)\)$/, '$1') }));
else {
  console.log(`names after a title that the gazetteer lacks, named at least ${min} times: ${rows.length}`);
  for (const r of rows.slice(0, 60)) console.log(`${String(r.n).padStart(5)}  ${r.example}`);
  if (rows.length > 60) console.log(`  … and ${rows.length - 60} more (--json lists them all)`);
}
