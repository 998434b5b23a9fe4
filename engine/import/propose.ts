import type { ReadoutEngine } from '../index/engine';
import type { RawStatement } from '../gazetteer/types';
import { foldString } from '../text/normalize';
import { datesInText } from '../text/dates';

/** A text the reader wants to add, as read from a paste or a file. */
export interface ImportText { title?: string | null; paragraphs: string[]; date?: string | null; source?: string | null }

/** What Readout proposes for it; the reader corrects any of it before saving. */
export type Draft = Omit<RawStatement, 'id'> & { id?: string };

const pad = (n: number) => String(n).padStart(2, '0');

function guessLanguage(text: string): string {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const han = count(/\p{Script=Han}/gu);
  const cyr = count(/\p{Script=Cyrillic}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  if (han > latin && han > cyr) return 'zh';
  if (cyr > latin) return /[іїєґ]/i.test(text) ? 'uk' : 'ru';
  return 'en';
}

function guessKind(title: string): string {
  const t = title.toLowerCase();
  if (/phone|call|video/.test(t)) return 'call';
  if (/meet|talks|visit|summit/.test(t)) return 'meeting';
  if (/remarks|speech|address/.test(t)) return 'remarks';
  return 'statement';
}

/**
 * Title, date, participants, language and kind for a text, read the way Readout reads pages:
 * the first short line is the title; the first full date in the opening paragraphs is the
 * event's; the people named most are the participants.
 */
export function proposeStatement(engine: ReadoutEngine, input: ImportText): Draft {
  const paragraphs = input.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let title = (input.title ?? '').trim();
  if (!title && paragraphs.length > 1 && paragraphs[0].length <= 200) title = paragraphs.shift()!;
  const opening = foldString([title, ...paragraphs.slice(0, 3)].join('\n'));
  const full = datesInText(opening).find((d) => d.year && d.day);
  const date = input.date ?? (full ? `${full.year}-${pad(full.month)}-${pad(full.day!)}` : '');
  const counts = new Map<string, number>();
  for (const m of engine.mentions([title, ...paragraphs], { date: date || null }).flat()) {
    if (m.kind === 'person') counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  const participants = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id]) => id);
  return {
    title, date, source: (input.source ?? '').trim(), kind: guessKind(title), participants,
    language: guessLanguage(paragraphs.join(' ')), body: paragraphs,
  };
}
