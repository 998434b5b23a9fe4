import type { Article } from '../engine';

/** A plain-text article: paragraphs are its non-empty lines; the title, if not given, its first line. */
export function articleFromText(text: string, title?: string): Article {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (title !== undefined) return { title, paragraphs: lines };
  return { title: lines[0] ?? '', paragraphs: lines.slice(1) };
}
