// Generated news pages of a given size for the painting benchmark: text nodes of about
// 55 chars (as in PERF-NOTES), names and topics sprinkled through, or none at all.
import { rng } from './synthetic';

const FILLER = 'the delegation met officials on the second day of talks while markets watched the currency and the ministry said more meetings would follow next week as analysts weighed the outcome of the visit for farmers and shipping across the region'.split(' ');
const MENTIONS = ['Xi Jinping', 'Vladimir Putin', 'Dmytro Kuleba', 'Wang Yi', 'Qin Gang', 'Josep Borrell', 'peace talks', 'one-China principle', 'Harbin', 'the Ukraine crisis', 'Putin', 'Kuleba', 'political settlement'];

function chunk(r: () => number, withMentions: boolean): string {
  const words: string[] = [];
  let len = 0;
  while (len < 55) {
    const w = withMentions && r() < 0.03 ? MENTIONS[Math.floor(r() * MENTIONS.length)] : FILLER[Math.floor(r() * FILLER.length)];
    words.push(w);
    len += w.length + 1;
  }
  return words.join(' ');
}

export function newsPage(bytes: number, withMentions: boolean, seed = 5): string {
  const r = rng(seed);
  const paras: string[] = [];
  let size = 0;
  while (size < bytes) {
    const parts: string[] = [];
    for (let i = 0; i < 6; i++) {
      const text = chunk(r, withMentions);
      size += text.length;
      parts.push(i % 3 === 1 ? `<a href="#">${text}</a>` : i % 3 === 2 ? `<em>${text}</em>` : text);
    }
    paras.push(`<p>${parts.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark news page</title><meta property="article:published_time" content="2024-05-17"></head><body><article><h1>Leaders meet as talks resume</h1>${paras.join('\n')}</article></body></html>`;
}
