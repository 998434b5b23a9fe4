import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bundleProblems, checkBundle } from '../../tools/check-bundle';

const problemsIn = (text: string) => bundleProblems([{ path: 'x.js', text }]);

describe('the bundle check', () => {
  test.each([
    ['fetch("https://stats.example/p")', 'fetch'],
    ['fetch(base + chrome.runtime.getURL("x"))', 'fetch'],
    ['globalThis.fetch(u)', 'fetch'],
    ['const x=new XMLHttpRequest;', 'XMLHttpRequest'],
    ['new WebSocket(u)', 'WebSocket'],
    ['navigator.sendBeacon(u,d)', 'sendBeacon'],
    ['new EventSource(u)', 'EventSource'],
    ['importScripts(u)', 'importScripts'],
    ['eval(s)', 'eval'],
    ['new Function("a","return a")', 'new Function'],
    ['setTimeout("run()",5)', 'string timer'],
    ['const API=`https://api.example.com/v1`', 'address https://api.example.com/v1'],
  ])('finds %s', (code, what) => {
    expect(problemsIn(code).join('\n')).toContain(`x.js: ${what}`);
  });

  test.each([
    ['a method call on an object', 'this._index.fetch(key,make)'],
    ['a method named fetch', 'class M{fetch(e,t){return this.get(e)}}'],
    ['XML namespaces', 'i==`http://www.w3.org/2000/svg`'],
    ["the content script's match patterns", 'matches:[`http://*/*`,`https://*/*`]'],
    ['words that only contain the names', 'const prefetched=1, evaluate=2, refetch=3'],
    ["a read of the extension's own file", 'await fetch(n.runtime.getURL(e))'],
  ])('lets %s pass', (_, code) => {
    expect(problemsIn(code)).toEqual([]);
  });

  test('a statement\'s official address is data only when the corpus holds it', () => {
    const data = new Set(['http://en.kremlin.ru/events/president/news/67761']);
    const code = '{url:`http://en.kremlin.ru/events/president/news/67761`,title:`x`}';
    expect(bundleProblems([{ path: 'x.js', text: code }], data)).toEqual([]);
    expect(bundleProblems([{ path: 'x.js', text: code.replace('67761', '67762') }], data).join('\n')).toContain('x.js: address http://en.kremlin.ru/events/president/news/67762');
  });

  test.each(['dist/chrome-mv3', 'dist/firefox-mv2'])('passes the built extension in %s, whose pages may connect nowhere but to its own files', (dir) => {
    expect(checkBundle(dir)).toMatch(/no network call/);
    const csp = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')).content_security_policy;
    expect(JSON.stringify(csp)).toMatch(/script-src 'self'; object-src 'none'; connect-src 'self';/);
  });
});
