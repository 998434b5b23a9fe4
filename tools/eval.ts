// npm run eval -- FILE.jsonl [--verbose]: scores the engine on a labelled set
// (format of ../shared/eval-dev) and prints one summary line.
import { readFileSync } from 'node:fs';
import { foldString, type ReadoutEngine } from '../engine';
import { loadEngine } from './load-engine';
import { readCorpus } from './corpus-files';
import { articleFromText } from './article-text';
import { normalUrl } from './ingest/ingest';

interface Item {
  id: string; language: string; group: 'a' | 'b' | 'c'; date: string | null; title: string; text: string; url?: string;
  expected_statements: string[]; expected_people: string[]; expected_topics: string[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = args.find((a) => !a.startsWith('--'));
if (!file) { console.error('usage: npm run eval -- FILE.jsonl [--verbose]'); process.exit(2); }

const engine = loadEngine();
// Labels name a statement by its seed file ("001_….txt", "seed:001") or by its official address.
const statementOf = new Map<string, string>();
for (const s of readCorpus('corpus').statements) {
  statementOf.set(s.id, s.id);
  if (s.capture) { statementOf.set(s.capture, s.id); statementOf.set(`seed:${s.capture.slice(0, 3)}`, s.id); }
  if (s.url) statementOf.set(normalUrl(s.url), s.id);
}
const idOfLabel = (label: string) => statementOf.get(label) ?? statementOf.get(normalUrl(label.replace('bidenwhitehouse.archives.gov', 'whitehouse.gov'))) ?? statementOf.get(normalUrl(label)) ?? `?${label}`;
const personByName = new Map([...engine.people.values()].map((p) => [foldString(p.name), p.id]));
/** People some statement names: the ones a label can ask for (the others it lists are bylines and namesakes, to be left alone). */
const spoken = (id: string) => (engine.byEntity.get(`p:${id}`)?.size ?? 0) > 0;

/** An expected topic label names one of our topics when the matcher finds it there, or its label is close. */
function topicOf(e: ReadoutEngine, label: string): string | null {
  const found = e.mentions([label]).flat().filter((m) => m.kind === 'topic');
  if (found.length) return found[0].id;
  const words = new Set(foldString(label).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  let best: string | null = null;
  let bestScore = 0;
  for (const t of e.topics.values()) {
    const tw = new Set(foldString(t.label).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
    const shared = [...words].filter((w) => tw.has(w)).length;
    const score = shared / Math.max(1, words.size);
    if (score > bestScore) { bestScore = score; best = t.id; }
  }
  return bestScore >= 0.5 ? best : null;
}

let tp = 0, fp = 0, fn = 0, nonEnExpected = 0, nonEnFound = 0;
let topicExpected = 0, topicFound = 0, topicUnmapped = 0;
const group = { a: { n: 0, right: 0, allAccounts: 0, event: 0 }, b: { n: 0, same: 0 }, c: { n: 0, same: 0 } };

const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
// A label set names people from a closed list (the first set only the people of its four statements): a
// person found that no label of the file ever names is outside what the set can judge, and is counted
// apart (strict precision counts it as wrong).
const vocabulary = new Set(lines.flatMap((l) => { try { return (JSON.parse(l) as Item).expected_people.map((n) => personByName.get(foldString(n)) ?? ''); } catch { return []; } }));
let unjudged = 0;
lines.forEach((line, n) => {
  let it: Item;
  try { it = JSON.parse(line); } catch (e) { console.error(`${file}:${n + 1}: not valid JSON (${(e as Error).message})`); process.exit(2); }
  const article = { ...articleFromText(it.text, it.title), date: it.date, url: it.url, language: it.language };
  const r = engine.xref(article);
  const got = new Set(r.people.map((p) => p.id));
  const listed = it.expected_people.map((name) => personByName.get(foldString(name)) ?? `?${name}`);
  const want = new Set(listed.filter((p) => !p.startsWith('?') && spoken(p)));
  // A person the label lists but no statement names is neither asked for nor wrong when found.
  for (const p of got) {
    if (want.has(p)) tp++;
    else if (listed.includes(p)) continue;
    else if (vocabulary.has(p)) fp++;
    else unjudged++;
  }
  for (const p of want) if (!got.has(p)) fn++;
  if (!it.language.startsWith('en')) { nonEnExpected += want.size; nonEnFound += [...want].filter((p) => got.has(p)).length; }
  const gotTopics = new Set(r.topics.map((t) => t.id));
  const missedTopics: string[] = [];
  for (const label of it.expected_topics ?? []) {
    topicExpected++;
    const id = topicOf(engine, label);
    if (!id) { topicUnmapped++; missedTopics.push(`${label}(?)`); continue; }
    if (gotTopics.has(id)) topicFound++; else missedTopics.push(label);
  }
  const top = r.statements[0];
  const same = r.statements.filter((s) => s.strength === 'same-event').map((s) => s.id);
  let verdict = '';
  if (it.group === 'a') {
    group.a.n++;
    // Every account of the event is a right first answer; all of them should be called the same event.
    const accounts = it.expected_statements.map(idOfLabel);
    const ok = !!top && accounts.includes(top.id) && top.strength === 'same-event';
    if (ok) group.a.right++;
    const every = accounts.every((id) => same.includes(id));
    if (every) group.a.allAccounts++;
    // The issue's figure: the whole event is called the same event, and the list opens on one of its accounts.
    if (every && ok) group.a.event++;
    verdict = ok ? 'ok' : `MISS(want ${accounts.join(' ')})`;
  } else {
    group[it.group].n++;
    if (same.length) group[it.group].same++;
    verdict = same.length ? 'WRONG-SAME' : 'ok';
  }
  if (verbose) {
    const wrongP = [...got].filter((p) => !want.has(p));
    const missP = [...want].filter((p) => !got.has(p));
    console.log(`${it.id} ${it.language} ${it.group} ${verdict} | top: ${top ? `${top.id} ${top.strength} ${top.score}` : '-'} | people +${wrongP.join(',')} -${missP.join(',')} | topics missed: ${missedTopics.join(', ')}`);
    if (verbose && args.includes('--why')) for (const s of r.statements.slice(0, 3)) console.log(`    ${s.id} ${s.strength} ${s.score} :: ${s.reasons.map((x) => x.text).join(' | ')}`);
  }
});

const pct = (x: number) => (100 * x).toFixed(1) + '%';
const P = tp / Math.max(1, tp + fp);
const R = tp / Math.max(1, tp + fn);
const F1 = (2 * P * R) / Math.max(1e-9, P + R);
console.log(
  `eval ${file}: ${lines.length} articles | people P ${pct(P)} R ${pct(R)} F1 ${F1.toFixed(3)} (strict P ${pct(tp / Math.max(1, tp + fp + unjudged))}: ${unjudged} found are people no label names) | non-English people R ${pct(nonEnFound / Math.max(1, nonEnExpected))}` +
  ` | topic R ${pct(topicFound / Math.max(1, topicExpected))} (${topicUnmapped} labels unmapped)` +
  ` | a: right+same-event ${pct(group.a.right / Math.max(1, group.a.n))} (${group.a.right}/${group.a.n}), every account same-event ${group.a.allAccounts}/${group.a.n}, every account same-event and first ${pct(group.a.event / Math.max(1, group.a.n))} (${group.a.event}/${group.a.n})` +
  ` | b: same-event ${pct(group.b.same / Math.max(1, group.b.n))} (${group.b.same}/${group.b.n})` +
  ` | c: same-event ${pct(group.c.same / Math.max(1, group.c.n))} (${group.c.same}/${group.c.n})`,
);
