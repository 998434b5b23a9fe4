import type { Chip, PageMatch } from '../shared/messages';

/**
 * What a page lights by default. With hundreds of people and over a hundred topics known, nearly every news page
 * names some of them, and one lit everywhere reads badly. What is worth the reader's eye is what ties the page to the
 * official record: the people and topics it shares with a statement listed for it (same event or related), and people
 * it names in full (a reader asks "who is this?" of a person, not of a word like "sanctions"). Everything else
 * stays unlit unless the reader asks for all (options).
 */
export function litEntities(statements: Pick<PageMatch, 'people' | 'topics'>[], namedInFull: Iterable<string>): string[] {
  const lit = new Set<string>();
  const add = (c: Chip) => lit.add(`${c.kind === 'person' ? 'p' : 't'}:${c.id}`);
  // A statement's chips are already those the page names too.
  for (const s of statements) { s.people.forEach(add); s.topics.forEach(add); }
  for (const id of namedInFull) lit.add(`p:${id}`);
  return [...lit];
}
