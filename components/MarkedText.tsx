import type { ComponentChildren } from 'preact';

/** A span to mark, [start, end), with the class of what it is ("person", "topic"; none for a passage). */
export type Mark = [number, number, string?];

/** Text with some spans marked: built as text nodes and <mark> elements, never as HTML. */
export function MarkedText({ text, marks }: { text: string; marks: Mark[] }) {
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const [a, b, cls] of marks) {
    if (a < at || b <= a) continue;
    if (a > at) out.push(text.slice(at, a));
    out.push(<mark key={a} class={cls}>{text.slice(a, b)}</mark>);
    at = b;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}

/** Where `part` lies in `text`, as one mark; none when it is not there. */
export function markOf(text: string, part: string): Mark[] {
  const at = part ? text.indexOf(part) : -1;
  return at < 0 ? [] : [[at, at + part.length]];
}
