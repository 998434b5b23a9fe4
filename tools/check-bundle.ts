// The build's privacy check: the bundle may not reach the network nor turn strings into code.
// Run on every production build (wxt.config.ts) and by the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** APIs that send or receive over the network, or run code that is not in the package. */
const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  // A bare or global fetch. `.fetch(` on an object, or a method named fetch (`fetch(k){…}`, MiniSearch's map),
  // is not the network; nor is a fetch of an address `runtime.getURL` made, the extension's own file (the
  // worker reads its corpus so, and the CSP's connect-src 'self' refuses any other).
  { what: 'fetch', pattern: /(?<![\w$.])fetch\s*\((?![^()]*\)\s*\{)(?!\s*[\w$.]+\.runtime\.getURL\()|\b(?:globalThis|window|self)\s*\.\s*fetch\b/g },
  { what: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { what: 'WebSocket', pattern: /\bWebSocket\b/g },
  { what: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { what: 'EventSource', pattern: /\bEventSource\b/g },
  { what: 'WebTransport', pattern: /\bWebTransport\b/g },
  { what: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/g },
  { what: 'importScripts', pattern: /\bimportScripts\s*\(/g },
  { what: 'eval', pattern: /(?<![\w$.])eval\s*\(/g },
  { what: 'new Function', pattern: /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*[`'"]/g },
  { what: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/g },
];

/**
 * Web addresses a bundle may contain: XML namespaces (Preact creates SVG/MathML elements with them) and the
 * content script's match patterns. Any other address in code could be an endpoint, so it fails the check.
 */
const ALLOWED_ADDRESSES = /^(?:http:\/\/www\.w3\.org\/[\w/.#-]*|https?:\/\/\*\/\*)$/;
const ADDRESS = /https?:\/\/[^\s`'"()<>\\]*/g;

export interface BundleFile { path: string; text: string }

/**
 * Addresses that are corpus data: each statement's official page, each publisher's site, links quoted in a
 * statement's text. The reader is shown them (a link opens a tab); nothing in Readout connects to them, and
 * the extension's CSP (connect-src 'self') would refuse it if it did.
 */
export function corpusAddresses(indexFile = join('generated', 'corpus-index.json')): Set<string> {
  return existsSync(indexFile) ? new Set(readFileSync(indexFile, 'utf8').match(ADDRESS) ?? []) : new Set();
}

/** Every forbidden call and foreign address in the files, as "file: what … context …". */
export function bundleProblems(files: BundleFile[], data: Set<string> = new Set()): string[] {
  const problems: string[] = [];
  const context = (text: string, at: number) => text.slice(Math.max(0, at - 40), at + 60).replace(/\s+/g, ' ');
  for (const { path, text } of files) {
    if (path.endsWith('.js')) {
      for (const { what, pattern } of FORBIDDEN) {
        for (const m of text.matchAll(pattern)) problems.push(`${path}: ${what} in …${context(text, m.index)}…`);
      }
    }
    for (const m of text.matchAll(ADDRESS)) {
      if (!ALLOWED_ADDRESSES.test(m[0]) && !data.has(m[0])) problems.push(`${path}: address ${m[0]} in …${context(text, m.index)}…`);
    }
  }
  return problems;
}

/** The script, page and manifest files of a built extension folder. */
export function bundleFiles(dir: string): BundleFile[] {
  const out: BundleFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (['.js', '.html', '.json', '.css'].includes(extname(p))) out.push({ path: relative(dir, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** Throws, listing every problem, when the built extension in `dir` fails the check. */
export function checkBundle(dir: string): string {
  const files = bundleFiles(dir);
  const problems = bundleProblems(files, corpusAddresses());
  if (problems.length) throw new Error(`The bundle in ${dir} may reach the network or run code from strings:\n  ${problems.join('\n  ')}`);
  return `Bundle check: ${files.length} files in ${dir}, no network call, no code from strings, no foreign address but the corpus's own links.`;
}
