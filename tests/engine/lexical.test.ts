import { describe, expect, test } from 'vitest';
import { queryTerms } from '../../engine/rank/search';
import { scoreStatements } from '../../engine/rank/rank';
import { terms } from '../../engine/rank/terms';
import { BODY_CHUNK, chunkSizes, corpusPackage } from '../../tools/corpus-package';
import { coreSlices, sliceText } from '../../lib/shared/corpus-files';
import { ReadoutEngine, type CorpusIndex } from '../../engine';
import { readFileSync } from 'node:fs';
import { engine } from '../helpers';

/** An article's query as ranking builds it, from a statement's own paragraphs. */
function queryOf(paragraphs: string[]): string {
  return queryTerms(paragraphs.map((p) => terms(p)), engine().commonTerms);
}

describe("ranking's lexical index", () => {
  test('finds the same statements, with the same scores and order, as the search index it was made from', () => {
    const e = engine();
    const sample = [...e.statements.values()].filter((_, i) => i % 97 === 0);
    expect(sample.length).toBeGreaterThan(15);
    for (const s of sample) {
      const q = queryOf(e.bodyOf(s).slice(0, 3));
      const mini = e.search.search(q).slice(0, 20).map((h) => [h.id, h.score]);
      const ours = e.lexical.search(q).slice(0, 20).map((h) => [h.id, h.score]);
      expect(ours).toEqual(mini);
    }
  });

  test("takes the reader's statements and lets a replaced one go, as the search index does", () => {
    const e = ReadoutEngine.load(JSON.parse(readFileSync('generated/corpus-index.json', 'utf8')) as CorpusIndex);
    const [first] = e.statements.values();
    const body = ['The foreign ministers discussed the quinoa export corridor and the zeppelin inspection regime.'];
    e.add([{ ...first, id: 'user-1', title: 'Quinoa corridor talks', body, origin: 'user' }]);
    const q = 'quinoa zeppelin corridor';
    expect(e.lexical.search(q).map((h) => [h.id, h.score])).toEqual(e.search.search(q).map((h) => [h.id, h.score]));
    e.remove('user-1');
    expect(e.lexical.search(q).map((h) => h.id)).not.toContain('user-1');
  });
});

describe('the corpus as the extension carries it', () => {
  test('the core\'s pieces join into its text, and none holds half a surrogate pair', () => {
    // A cut at every other char would fall inside a pair: every piece must still be text UTF-8 can carry.
    const text = '{"q":"𠀀𠀁𠀂𠀃 Путин 习近平 😀"}'.repeat(5);
    for (const n of [2, 3, 8, 16, 200]) {
      const pieces = sliceText(text, n);
      expect(pieces.join('')).toBe(text);
      for (const p of pieces) expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
  });

  test('an engine on the core file and its parts ranks as the whole index does', async () => {
    const index = JSON.parse(readFileSync('generated/corpus-index.json', 'utf8')) as CorpusIndex;
    const files = new Map(corpusPackage(index).map((f) => [f.relativeDest, f.contents]));
    const read = (name: string) => JSON.parse(files.get(name)!);
    let chunksRead = 0;
    let termsRead = 0;
    // The core's pieces join into one JSON text, as the worker joins them.
    const core = JSON.parse(coreSlices().map((p) => files.get(p.slice(1))!).join('')) as CorpusIndex;
    expect(core.statements.every((s) => s.body === undefined)).toBe(true);
    expect(core.search).toBeUndefined();
    const light = ReadoutEngine.load(core, {
      search: async () => read('corpus/search.json'),
      bodies: async (n) => { chunksRead++; return read(`corpus/bodies-${n}.json`); },
      terms: async (n) => { termsRead++; return read(`corpus/terms-${n}.json`); },
    });
    const all = [...engine().statements.values()];
    const s = all.find((x) => x.publisher === 'kremlin')!;
    const article = { title: s.title, paragraphs: engine().bodyOf(s).slice(0, 4), date: s.date };
    expect(() => light.xref(article)).toThrow(/not loaded/);
    // Every statement as the whole index has it, but for the bodies not read yet.
    for (const [id, full] of engine().statements) expect({ ...light.statements.get(id), body: undefined }).toEqual({ ...full, body: undefined });
    const got = await light.xrefLoading(article);
    expect(got.statements).toEqual(engine().xref(article).statements);
    // Only the chunks holding the statements paired with the article (the six best, their events' accounts) were read.
    expect(chunksRead).toBeGreaterThan(0);
    expect(chunksRead).toBeLessThanOrEqual(12);
    // Their terms were read, not made, and are what the engine makes of the same paragraphs.
    expect(termsRead).toBe(chunksRead);
    // Articles on events told by two governments: every account is read and paired as in the whole index.
    for (const told of all.filter((x) => x.date === '2021-12-07' || x.date === '2021-12-30').slice(0, 6)) {
      const other = { title: '', paragraphs: engine().bodyOf(told).slice(1, 4), date: told.date };
      expect((await light.xrefLoading(other)).statements).toEqual(engine().xref(other).statements);
    }
    expect(() => light.search).toThrow(/not loaded/);
    await light.searchReady();
    expect(light.search.search('Kremlin').length).toBeGreaterThan(0);
    // The search file carries which common words each statement has: a body not read yet need not be. Its mentions come with its body.
    const unread = all.filter((x) => light.statements.get(x.id)!.body === undefined).slice(0, 50);
    expect(unread.length).toBe(50);
    for (const x of unread) {
      const s = light.statements.get(x.id)!;
      expect(light.commonBitsOf(s)).toBe(engine().commonBitsOf(x));
    }
    await light.loadBodies(unread.map((x) => x.id));
    for (const x of unread) expect(light.mentionMarksOf(light.statements.get(x.id)!)).toEqual(engine().mentionMarksOf(x));
  });

  test('ranking hears its likeliest candidates before it weighs words, so their bodies are read meanwhile, once', async () => {
    const e = engine();
    const s = [...e.statements.values()].find((x) => x.publisher === 'white-house' && x.kind === 'call')!;
    const article = { title: s.title, paragraphs: e.bodyOf(s).slice(0, 3), date: s.date };
    const analysis = e.analyze(article);
    const steps: string[] = [];
    let heard: string[] = [];
    const lexical = e.lexical.search.bind(e.lexical);
    const spied = Object.assign(Object.create(e), { lexical: { search: (q: string) => { steps.push('words'); return lexical(q); } } });
    const scored = scoreStatements(spied, article, analysis, (ids) => { steps.push('ahead'); heard = ids; });
    expect(steps).toEqual(['ahead', 'words']);
    // The scores with the words are those without hearing ahead, and the best candidates were mostly heard.
    expect(scored.scored.map((c) => [c.s.id, c.score])).toEqual(scoreStatements(e, article, analysis).scored.map((c) => [c.s.id, c.score]));
    expect(heard.length).toBe(scored.passageIds.length);
    expect(scored.passageIds.filter((id) => heard.includes(id)).length).toBeGreaterThanOrEqual(4);
    expect(scored.passageIds[0]).toBe(s.id);

    // The extension's engine: the chunks heard ahead are asked for during scoring, and no chunk's terms twice.
    const index = JSON.parse(readFileSync('generated/corpus-index.json', 'utf8')) as CorpusIndex;
    const files = new Map(corpusPackage(index).map((f) => [f.relativeDest, f.contents]));
    const read = (name: string) => JSON.parse(files.get(name)!);
    const termsAsked = new Map<number, number>();
    const light = ReadoutEngine.load(JSON.parse(coreSlices().map((p) => files.get(p.slice(1))!).join('')) as CorpusIndex, {
      search: async () => read('corpus/search.json'),
      bodies: async (n) => read(`corpus/bodies-${n}.json`),
      terms: async (n) => { termsAsked.set(n, (termsAsked.get(n) ?? 0) + 1); await new Promise((ok) => setTimeout(ok, 5)); return read(`corpus/terms-${n}.json`); },
    });
    const ranking = light.xrefLoading(article);
    // Before the first await: scoring has asked for the terms of the chunks it heard of.
    expect(termsAsked.size).toBeGreaterThan(0);
    expect((await ranking).statements).toEqual(e.xref(article).statements);
    expect([...termsAsked.values()].every((n) => n === 1)).toBe(true);
  });

  test('a chunk of bodies stops at its count or its bytes, and a long statement is read alone', () => {
    const { statements: n, bytes } = BODY_CHUNK;
    expect(chunkSizes(Array(n * 2 + 1).fill(10))).toEqual([n, n, 1]);
    expect(chunkSizes([1_000, 1_000, bytes * 5, 1_000, bytes - 1_000, 1_001])).toEqual([2, 1, 2, 1]);
    expect(chunkSizes([])).toEqual([]);
    // The bundled corpus: no chunk of several statements is over the bytes.
    const index = JSON.parse(readFileSync('generated/corpus-index.json', 'utf8')) as CorpusIndex;
    const files = corpusPackage(index).filter((f) => f.relativeDest.startsWith('corpus/bodies-')).map((f) => JSON.parse(f.contents) as { bodies: string[][] });
    expect(files.reduce((k, f) => k + f.bodies.length, 0)).toBe(index.statements.length);
    for (const f of files) if (f.bodies.length > 1) expect(Buffer.byteLength(JSON.stringify(f.bodies))).toBeLessThanOrEqual(bytes + 8);
  });

  test('the packaged terms of every paragraph are those ranking would make of it', () => {
    const index = JSON.parse(readFileSync('generated/corpus-index.json', 'utf8')) as CorpusIndex;
    const files = new Map(corpusPackage(index).map((f) => [f.relativeDest, f.contents]));
    const chunks = JSON.parse(coreSlices().map((p) => files.get(p.slice(1))!).join('')).bodyChunks as number[];
    const all = chunks.flatMap((_, n) => JSON.parse(files.get(`corpus/terms-${n}.json`)!) as string[][]);
    expect(all.length).toBe(index.statements.length);
    let paragraphs = 0;
    index.statements.forEach((s, i) => {
      const kept = all[i];
      expect(kept.length).toBe(s.body!.length);
      s.body!.forEach((p, k) => { paragraphs++; expect(kept[k] ? kept[k].split(' ') : []).toEqual(terms(p)); });
    });
    expect(paragraphs).toBeGreaterThan(10_000);
  });
});
