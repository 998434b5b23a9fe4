import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldString } from '../engine';
import { readCorpus } from '../tools/corpus-files';
import { leaderRoles, statesNamed } from '../tools/ingest/states';
import { engine } from './helpers';

const corpus = readCorpus('corpus');
const SEEDS = '../shared/seeds';

describe('corpus lint', () => {
  test('statement ids are readable and file names match them', () => {
    for (const s of corpus.statements) {
      expect(s.id).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
      expect(s.id.startsWith(s.date)).toBe(true);
      // Curated statements sit in statements/ itself; ingested ones in their publisher's folder.
      const folder = s.capture ? '' : `${s.publisher}/`;
      expect(corpus.files.statements[s.id]).toBe(`corpus/statements/${folder}${s.id}.json`);
    }
  });

  // The exceptions: an ingested item that names nobody the gazetteer knows speaks for its publisher's principal, and
  // a joint statement of states ("of Japan, the Republic of Korea, and the United States") is their leaders'.
  test('every participant is named in the statement itself, is the publisher\'s principal, or leads a state its title names', () => {
    const principal = new Map((corpus.publishers ?? []).map((p) => [p.id, p.principalRole]));
    for (const s of corpus.statements) {
      const named = new Set(engine().mentions([s.title, ...s.body], { date: s.date }).flat().map((m) => m.id));
      const role = principal.get(s.publisher ?? '');
      const speaksFor = role && !s.capture ? engine().resolver.holder(role, s.date) : null;
      const leaders = new Set(s.capture ? [] : statesNamed(`${s.title}\n${s.body[0] ?? ''}`).flatMap((state) => leaderRoles(state, s.title).map((r) => engine().resolver.holder(r, s.date))));
      for (const p of s.participants) expect(named.has(p) || p === speaksFor || leaders.has(p), `${s.id} never names ${p}`).toBe(true);
    }
  });

  test('no page clutter is left in a statement body', () => {
    const clutter = /leave a comment|scroll to top|post's author|search trends|email address will not be published|required fields are marked/i;
    for (const s of corpus.statements) for (const p of s.body) expect(p).not.toMatch(clutter);
  });

  test.runIf(existsSync(SEEDS))('every paragraph is verbatim from the capture it names', () => {
    for (const s of corpus.statements.filter((x) => x.publisher === 'china-diplomacy')) {
      expect(s.capture, `${s.id} names no capture`).toBeTruthy();
      const capture = readFileSync(`${SEEDS}/${s.capture}`, 'utf8').replace(/\s+/g, ' ');
      for (const p of s.body) expect(capture.includes(p.replace(/^(\d)\. /, '$1. ')) || capture.includes(p.replace(/^(\d)\. /, '')), `${s.id}: "${p.slice(0, 60)}…" is not in ${s.capture}`).toBe(true);
    }
  });

  test('a capture without date or title says how they were derived', () => {
    for (const s of corpus.statements) if (s.capture && /derived/.test(s.notes ?? '')) expect(s.notes!.length).toBeGreaterThan(80);
    expect(corpus.statements.filter((s) => /derived/.test(s.notes ?? '')).length).toBeGreaterThanOrEqual(2);
  });

  test('every person has roles with dates, and names in Chinese and Cyrillic', () => {
    for (const p of corpus.people) {
      expect(p.roles.length, p.id).toBeGreaterThan(0);
      const all = [...p.names, ...p.surnames, ...(p.short ?? [])];
      expect(all.some((n) => /\p{Script=Han}/u.test(n)) || p.id === 'emmanuel-bonne', `${p.id} has no Chinese form`).toBe(true);
      expect(all.some((n) => /\p{Script=Cyrillic}/u.test(n)), `${p.id} has no Cyrillic form`).toBe(true);
    }
  });

  test('an ambiguous surname says why', () => {
    for (const p of corpus.people) if (p.ambiguousSurname) expect(p.why, p.id).toBeTruthy();
  });

  // The topics are written ahead for the statements being ingested from the White House, Kremlin and
  // President of Ukraine sources: while the bundled corpus is still the four seed statements, a topic no
  // statement speaks of is expected; once the corpus holds more statements than topics, a dead topic is an error.
  test('every topic speaks in English, Chinese and Russian and, in a full corpus, appears in some statement', () => {
    const statements = [...engine().statements.values()];
    const used = new Set(statements.flatMap((s) => s.topics));
    for (const t of corpus.topics) {
      for (const lang of ['en', 'zh', 'ru']) expect(t.phrases[lang]?.length, `${t.id} lacks ${lang}`).toBeGreaterThan(0);
      if (statements.length > corpus.topics.length) expect(used.has(t.id), `no statement speaks of ${t.id}`).toBe(true);
    }
    expect(used.size).toBeGreaterThan(0);
  });

  test('a topic phrase does not stand inside a person name', () => {
    const names = corpus.people.flatMap((p) => p.names.map(foldString));
    for (const t of corpus.topics) for (const ph of Object.values(t.phrases).flat()) expect(names).not.toContain(foldString(ph));
  });
});
