import type { ImportText } from '../../engine';
import { articleRoot, pageHead, readPageText } from '../content/article-dom';

/** Paragraphs of plain text or Markdown: blank lines part them; Markdown marks are dropped, their words kept. */
export function paragraphsOfText(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/^\s*[-*+>]\s+/gm, '')
    .replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * A pasted text or a chosen file, read for a proposal. HTML is parsed into a detached
 * document (nothing of it runs or is shown) and read the way pages are.
 */
export function readImportText(text: string, fileName: string): ImportText {
  if (/\.html?$/i.test(fileName)) {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const page = readPageText(doc, articleRoot(doc), '');
    return { title: page.title, paragraphs: page.paragraphs, date: page.date, source: pageHead(doc).siteName };
  }
  return { paragraphs: paragraphsOfText(text) };
}
