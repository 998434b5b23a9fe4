// Search as a reader types it: every keystroke is a query over the whole corpus.
import { loadavg } from 'node:os';
import { searchCorpus, type ReadoutEngine } from '../../engine';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds per keystroke (median and worst) for queries typed one char at a time: the lines to print. */
export function searchBench(engine: ReadoutEngine, queries: string[]): string[] {
  const lines: string[] = [];
  lines.push(`\nsearch while typing, ${engine.statements.size.toLocaleString('en')} statements (each keystroke a full query; target under 50 ms; load ${loadavg()[0].toFixed(1)})`);
  lines.push('query                          | keys | median ms | worst ms | worst vs 50 ms | hits at the end');
  // The worker reads the search index (and the bodies) a few hundred ms after a view opens, before the first
  // search (lib/background/main.ts, warmSearch): loading it is not a keystroke's cost.
  const tLoad = performance.now();
  void engine.search;
  const loaded = performance.now() - tLoad;
  // The first query builds the name index and warms the JIT: the first keystroke in a fresh worker pays it once.
  const t0 = performance.now();
  searchCorpus(engine, { text: 'w', typing: true });
  lines.push(`  (search index loaded in ${loaded.toFixed(0)} ms; first keystroke after it: ${(performance.now() - t0).toFixed(0)} ms)`);
  for (const q of queries) {
    const ms: number[] = [];
    let hits = 0;
    for (let i = 1; i <= q.length; i++) {
      const text = q.slice(0, i);
      const t = performance.now();
      const r = searchCorpus(engine, { text, typing: !text.endsWith(' ') });
      ms.push(performance.now() - t);
      hits = r.total;
    }
    const worst = Math.max(...ms);
    lines.push(`${q.padEnd(30)} | ${String(q.length).padStart(4)} | ${median(ms).toFixed(1).padStart(9)} | ${worst.toFixed(1).padStart(8)} | ${(worst / 50).toFixed(2).padStart(13)}x | ${hits}`);
  }
  return lines;
}
