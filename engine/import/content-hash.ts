import { foldString } from '../text/normalize';

/**
 * A statement's identity by content: its title and text folded (case, accents, quotes,
 * spacing do not count), hashed. The same readout pasted twice, or exported and imported,
 * is one statement.
 */
export function contentHash(title: string, body: string[]): string {
  const text = foldString(`${title}\n${body.join('\n')}`).replace(/\s+/g, ' ').trim();
  // Two 32-bit FNV-1a lanes with different seeds: 64 bits, enough for a reader's library.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** An id for a statement that has none: its date and the first words of its title. */
export function statementIdFor(date: string, title: string, taken: (id: string) => boolean): string {
  const slug = foldString(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').slice(0, 8).join('-') || 'statement';
  const base = `${date}-${slug}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
