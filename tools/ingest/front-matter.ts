// The YAML front matter the White House captures carry: flat `key: value` lines whose values are plain,
// single-quoted or double-quoted scalars, folded over several lines. Only that subset is read; anything
// else is reported, not guessed at.

export interface FrontMatter { fields: Record<string, string>; bodyStart: number }

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"',
  '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', '\t': '\t',
};

/** A double-quoted scalar: escapes, and line folding (a break is a space; one escaped by `\` is nothing). */
function doubleQuoted(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      const n = raw[i + 1];
      if (n === '\n') { i++; while (raw[i + 1] === ' ' || raw[i + 1] === '\t') i++; continue; }
      const hex = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
      if (hex) { out += String.fromCodePoint(parseInt(raw.slice(i + 2, i + 2 + hex), 16)); i += 1 + hex; continue; }
      if (n in ESCAPES) { out += ESCAPES[n]; i++; continue; }
      throw new Error(`unknown escape "\\${n}"`);
    }
    if (c === '\n') {
      out = out.replace(/[ \t]+$/, '');
      let blank = 0;
      while (raw[i + 1] === ' ' || raw[i + 1] === '\t' || raw[i + 1] === '\n') { if (raw[i + 1] === '\n') blank++; i++; }
      out += blank ? '\n'.repeat(blank) : ' ';
      continue;
    }
    out += c;
  }
  return out;
}

function scalar(raw: string): string {
  const t = raw.trim();
  if (t.startsWith('"')) {
    if (!t.endsWith('"') || t.length < 2) throw new Error('a double-quoted value is never closed');
    return doubleQuoted(t.slice(1, -1));
  }
  if (t.startsWith("'")) {
    if (!t.endsWith("'") || t.length < 2) throw new Error('a single-quoted value is never closed');
    return t.slice(1, -1).replace(/''/g, "'").replace(/\s*\n\s*/g, ' ');
  }
  return t.replace(/\s*\n\s*/g, ' ');
}

/** Reads the front matter between the opening and closing `---`; throws "line N: why" on what it cannot read. */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (lines[0].trim() !== '---') throw new Error('line 1: the file does not start with front matter (---)');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new Error('line 1: the front matter is never closed (no second ---)');
  const fields: Record<string, string> = {};
  let key = '';
  let keyLine = 0;
  let value = '';
  const flush = () => {
    if (!key) return;
    try { fields[key] = scalar(value); } catch (e) { throw new Error(`line ${keyLine}: ${key}: ${(e as Error).message}`); }
  };
  for (let i = 1; i < end; i++) {
    const l = lines[i];
    const m = /^([A-Za-z_][\w-]*):(?:\s(.*)|$)/.exec(l);
    if (m) { flush(); key = m[1]; keyLine = i + 1; value = m[2] ?? ''; }
    else if (key && /^\s/.test(l)) value += `\n${l}`;
    else if (l.trim() !== '') throw new Error(`line ${i + 1}: not a "key: value" line`);
  }
  flush();
  return { fields, bodyStart: lines.slice(0, end + 1).join('\n').length + 1 };
}
