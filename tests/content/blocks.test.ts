// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { BlockReader, blockElementOf, insideSkipped, nodesOf, readBlocks } from '../../lib/content/blocks';
import { generatedPage } from '../browser/generated-pages';
import { pageHead } from '../../lib/content/article-dom';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * The reader's contract, written the slow and obvious way: every text node outside skipped parts
 * belongs to its nearest block, blocks come in the order of their first text, blank ones are dropped.
 */
function expected(root: Element): [Element, string][] {
  const out = new Map<Element, string>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (insideSkipped(n, root)) continue;
    const owner = blockElementOf(n, root);
    out.set(owner, (out.get(owner) ?? '') + (n as Text).data);
  }
  return [...out].filter(([, t]) => /\S/.test(t));
}

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Reads in the smallest slices there are: every step and finish call runs out of time at once. */
function readSliced(root: Element, within?: Element[]) {
  const r = new BlockReader(root, within);
  while (!r.step(-1)) { /* resumes where it stopped */ }
  while (!r.finish(-1)) { /* idem */ }
  return r.result();
}

const CASES: Record<string, string> = {
  'paragraphs with inline elements': '<p>Wang <b>Yi</b> met <i>Dmytro <span>Kuleba</span></i>.</p><p>Second.</p>',
  'a container with text of its own around blocks': '<div>Before <span>the</span> list<ul><li>one</li><li>two <em>three</em></li></ul>after it.</div>',
  'skipped parts inside a paragraph': '<p>Qin Gang <code>x = 1</code> said <button>Share</button> it <svg><text>Xi</text></svg> plainly.</p>',
  'skipped regions holding blocks': '<nav><p>Menu Xi Jinping</p></nav><p>Kept</p><footer><div><p>Foot</p></div></footer><aside>Aside</aside>',
  'attributes that skip': '<p aria-hidden="true">hidden</p><div contenteditable="true"><p>editing</p></div><div contenteditable="false"><p>not editing</p></div><p contenteditable="">empty value</p><p>Seen <span aria-hidden="true">hidden</span> and <span contenteditable>edited</span> text</p>',
  'nested blocks at depth': '<article><section><div><div><p>deep <b>text</b></p>loose</div></div></section></article>',
  'whitespace and comments': '<p> </p><p>a<!-- note -->b</p>\n\n<div>  <p>c</p>  </div>',
  'text straight in the root': 'loose text <b>bold</b><p>para</p>tail',
  'elements outside the inline list, read node by node': '<p>Met <time datetime="2023-03-16">16 March</time> with <x-name>Qin <b>Gang</b></x-name> in <font>Harbin</font><center>centred</center></p>',
  'tables': '<table><caption>Cap</caption><tr><th>Xi</th><td>Putin <a href="#">link</a></td></tr></table>',
};

describe('BlockReader', () => {
  for (const [name, html] of Object.entries(CASES)) {
    test(name, () => {
      const root = body(html);
      const want = expected(root);
      for (const got of [readBlocks(root), readSliced(root)]) expect(got.map((b) => [b.el, b.text])).toEqual(want);
    });
  }

  test('generated pages, read whole and in the smallest slices', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      document.documentElement.innerHTML = generatedPage(seed, 120).replace(/^<!doctype html><html[^>]*>/, '').replace(/<\/html>$/, '');
      const root = document.body;
      const want = expected(root);
      expect(want.length).toBeGreaterThan(50);
      for (const got of [readBlocks(root), readSliced(root)]) expect(got.map((b) => [b.el, b.text])).toEqual(want);
    }
  });

  test('only some blocks: the ones a change touched', () => {
    const root = body(CASES['a container with text of its own around blocks'] + CASES['skipped regions holding blocks'] + '<div><p>inner one</p><p>inner two</p></div>');
    const last = root.lastElementChild!;
    const within = [root.querySelector('ul')!, root.querySelector('nav p')!, last];
    const got = readSliced(root, within).map((b) => [b.el, b.text]);
    expect(got).toEqual([[root.querySelectorAll('li')[0], 'one'], [root.querySelectorAll('li')[1], 'two three'], [last.children[0], 'inner one'], [last.children[1], 'inner two']]);
  });

  test('nodes and offsets of a block read whole are listed on demand, and refused once its text changed', () => {
    const root = body('<p>Wang <b>Yi</b> met <i>Dmytro <span>Kuleba</span></i>.</p><div>Before<p>x</p>after</div>');
    const [p, div] = readBlocks(root);
    expect(p.nodes).toBeNull();
    const listed = nodesOf(p)!;
    expect(listed.nodes.map((n) => n.data).join('')).toBe(p.text);
    expect(listed.starts).toEqual([0, 5, 7, 12, 19, 25]);
    // A container's nodes are known from the walk.
    expect(div.nodes!.map((n) => n.data)).toEqual(['Before', 'after']);
    // An element the inline list does not name: the block is read node by node, to the same text.
    const [t] = readBlocks(body('<p>On <time>16 March</time> <x-a>Qin</x-a></p>'));
    expect(t.nodes!.map((n) => n.data)).toEqual(['On ', '16 March', ' ', 'Qin']);
    const [q] = readBlocks(body('<p>Wang Yi</p>'));
    q.el.append(' and more');
    expect(nodesOf(q)).toBeNull();
  });

  test('the elements a page describes itself with, met on the walk, tell the same title, date and identity as a scan', () => {
    const pages = readdirSync('tests/fixtures').filter((f) => f.endsWith('.html'));
    // The walk covers the body; what a scan finds in <head> is added by pageHead.
    const extra = '<script type="application/ld+json">{"datePublished": "2023-03-17"}</script><time datetime="2023-03-18">x</time><h1>Second heading</h1>';
    for (const html of [...pages.map((f) => readFileSync(`tests/fixtures/${f}`, 'utf8')), `<html><head><title>T</title></head><body><p>x</p>${extra}</body></html>`]) {
      document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
      const r = new BlockReader(document.body);
      while (!r.step(-1)) { /* resumes */ }
      expect(r.describing.length).toBeGreaterThan(0);
      expect(pageHead(document, r.describing)).toEqual(pageHead(document));
    }
  });

  test('the page\'s language is its <html lang>\'s primary tag, and nothing where it declares none that is one', () => {
    for (const [lang, want] of [['fr-FR', 'fr'], ['DE', 'de'], ['zh_Hans', 'zh'], ['', null], ['x-pig-latin', null], ['english', null]] as const) {
      document.documentElement.setAttribute('lang', lang);
      expect(pageHead(document).language).toBe(want);
    }
    document.documentElement.removeAttribute('lang');
    expect(pageHead(document).language).toBeNull();
  });

  test('a heading or date in the parts Readout skips is not the article\'s', () => {
    document.documentElement.innerHTML = '<head><title>T</title></head><body><nav><h1>Menu</h1><time datetime="2020-01-01">old</time></nav>'
      + '<aside><time datetime="2021-02-02">related</time></aside><article><h1>Qin Gang calls Kuleba</h1><p>On <time datetime="2023-03-16">16 March</time></p></article></body>';
    const r = new BlockReader(document.body);
    while (!r.step(-1)) { /* resumes */ }
    expect(pageHead(document, r.describing)).toMatchObject({ title: 'Qin Gang calls Kuleba', date: '2023-03-16' });
  });

  test('each block knows its parent and its place among the parent\'s elements, as the DOM has them', () => {
    for (const seed of [1, 2, 3]) {
      document.documentElement.innerHTML = generatedPage(seed, 120).replace(/^<!doctype html><html[^>]*>/, '').replace(/<\/html>$/, '');
      for (const got of [readBlocks(document.body), readSliced(document.body)]) {
        const placed = got.filter((b) => b.parent);
        expect(placed.length).toBeGreaterThan(got.length * 0.9);
        for (const b of placed) {
          expect(b.parent).toBe(b.el.parentNode);
          expect(b.index).toBe(Array.from(b.el.parentElement!.children).indexOf(b.el) + 1);
        }
      }
    }
    // A block a walk starts from is placed by no walk.
    const root = body('<div><p>one</p><p>two</p></div>');
    expect(readBlocks(root, [root.querySelector('p')!])[0].parent).toBeNull();
  });
});

