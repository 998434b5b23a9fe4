import type { ComponentChildren } from 'preact';

/** Text with some spans marked: built as text nodes and <mark> elements, never as HTML. */
export function MarkedText({ text, marks }: { text: string; marks: [number, number][] }) {
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const [a, b] of marks) {
    if (a < at || b <= a) continue;
    if (a > at) out.push(text.slice(at, a));
    out.push(<mark key={a}>{text.slice(a, b)}</mark>);
    at = b;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}

/** Where `part` lies in `text`, as one mark; none when it is not there. */
export function markOf(text: string, part: string): [number, number][] {
  const at = part ? text.indexOf(part) : -1;
  return at < 0 ? [] : [[at, at + part.length]];
}
