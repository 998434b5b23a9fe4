// Pages generated for the fuzz test: nested inline elements, tables, lists, whitespace-only
// nodes, right-to-left text, Chinese, emoji and shadow roots, with names and traps sprinkled in.
import { rng } from '../../tools/bench/synthetic';

const WORDS = ['the', 'minister', 'said', 'talks', 'would', 'resume', 'after', 'weeks', 'of', 'silence', 'in', 'Beijing', 'and', 'Moscow', 'officials', 'noted', 'trade'];
const NAMES = ['Xi Jinping', 'Vladimir Putin', 'Dmytro Kuleba', 'Wang Yi', 'peace talks', 'one-China principle', 'Harbin', 'Qin Gang', 'Xi', 'Putin', 'Kuleba'];
const TRAPS = ["Xi'an", 'Han Chinese', 'roof trusses', 'Wang Qiang', 'Putinism', 'Qin Shi Huang'];
const EXTRA = ['习近平同普京会谈', 'Владимир Путин', 'مرحبا بالعالم', 'שלום עולם', '🇨🇳🇷🇺 ✨', '\u00a0', '   '];

export function generatedPage(seed: number, paragraphs: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const inline = (depth: number): string => {
    const parts: string[] = [];
    const n = 3 + Math.floor(r() * 8);
    for (let i = 0; i < n; i++) {
      const x = r();
      if (x < 0.12) parts.push(pick(NAMES));
      else if (x < 0.17) parts.push(pick(TRAPS));
      else if (x < 0.2) parts.push(pick(EXTRA));
      else if (x < 0.3 && depth < 4) parts.push(`<${pick(['b', 'i', 'em', 'span', 'a href="#"', 'strong'])}>${inline(depth + 1)}</${'x'}>`);
      else parts.push(pick(WORDS));
    }
    // Close tags by name: the generator wrote a placeholder.
    return parts.join(pick([' ', ' ', ' ', '\n', '  '])).replace(/<(b|i|em|span|a href="#"|strong)>([\s\S]*?)<\/x>/g, (_m, t: string, body: string) => `<${t}>${body}</${t.split(' ')[0]}>`);
  };
  const blocks: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const x = r();
    if (x < 0.55) blocks.push(`<p>${inline(0)}</p>`);
    else if (x < 0.65) blocks.push(`<ul>\n  <li>${inline(1)}</li>\n  <li>${inline(1)}</li>\n</ul>`);
    else if (x < 0.75) blocks.push(`<table><tr><td>${inline(1)}</td> <td>${inline(1)}</td></tr>\n<tr><th>${pick(NAMES)}</th><td>  </td></tr></table>`);
    else if (x < 0.8) blocks.push(`<p dir="rtl" lang="ar">${pick(EXTRA)} ${inline(2)}</p>`);
    else if (x < 0.85) blocks.push(`<div class="shadow-host" data-text="${pick(NAMES)} in a shadow root"></div>`);
    else if (x < 0.9) blocks.push(`<div><div><span>${inline(2)}</span></div>\n\n<blockquote>${inline(1)}</blockquote></div>`);
    else if (x < 0.93) blocks.push(`<pre>${pick(NAMES)} in code</pre><input value="${pick(NAMES)}"><textarea>${pick(NAMES)}</textarea><div contenteditable="true">${pick(NAMES)} editing</div>`);
    else blocks.push(`<h2>${inline(1)}</h2>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated ${seed}</title><meta property="article:published_time" content="2023-03-17"></head>
<body><main>${blocks.join('\n')}</main>
<script src="shadow.js"></script></body></html>`;
}

/** Attaches the shadow roots the markup asks for (a script of the page, as a real site would). */
export const SHADOW_SCRIPT = `for (const h of document.querySelectorAll('.shadow-host')) { const s = h.attachShadow({ mode: 'open' }); s.innerHTML = '<p>' + h.dataset.text + '</p>'; }`;

/** A page script that keeps changing the DOM while Readout reads it. */
export const CHURN_SCRIPT = `let n = 0; const main = document.querySelector('main'); const t = setInterval(() => {
  const kids = main.children; if (kids.length > 2) kids[(n * 7) % kids.length].remove();
  const p = document.createElement('p'); p.textContent = 'Update ' + n + ': Xi Jinping and Vladimir Putin spoke.'; main.insertBefore(p, kids[(n * 3) % Math.max(1, kids.length)] || null);
  const s = main.querySelector('span'); if (s) s.textContent = 'changed ' + n;
  if (++n > 150) { clearInterval(t); window.churnDone = true; } }, 2);`;
