import { isIsoDate } from '../text/dates';

export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
}

const str = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const OPTIONAL_TEXT = ['url', 'attribution', 'notes', 'capture', 'publisher', 'licence', 'publishedAt'] as const;

/**
 * What is wrong with one statement, as "WHERE: field: problem" lines: the same rules for the
 * bundled corpus (WHERE is its file) and for statements a reader imports (WHERE is the file
 * and the item). `peopleFile` names where participants must be defined.
 */
export function statementProblems(raw: unknown, where: string, personIds: Set<string>, peopleFile: string): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [`${where}: not a statement (an object with id, title, date, source, kind, language, participants, body)`];
  const s = raw as Record<string, unknown>;
  const out: string[] = [];
  const check = (cond: boolean, field: string, msg: string) => { if (!cond) out.push(`${where}: ${field}: ${msg}`); };
  check(str(s.id) && ID.test(s.id as string), 'id', 'missing or not lower-case words joined by hyphens');
  check(str(s.title), 'title', 'missing');
  check(isIsoDate(s.date), 'date', s.date ? `"${String(s.date)}" is not a date (YYYY-MM-DD)` : 'missing');
  check(s.endDate === undefined || (isIsoDate(s.endDate) && (s.endDate as string) >= (s.date as string)), 'endDate', 'must be a date (YYYY-MM-DD) on or after date');
  check(s.published === undefined || isIsoDate(s.published), 'published', `"${String(s.published)}" is not a date (YYYY-MM-DD)`);
  check(str(s.source), 'source', 'missing');
  check(str(s.kind), 'kind', 'missing');
  check(str(s.language), 'language', 'missing');
  check(isStringList(s.participants) && s.participants.length > 0, 'participants', 'must list at least one person id');
  for (const p of Array.isArray(s.participants) ? s.participants : []) check(personIds.has(p as string), 'participants', `unknown participant "${String(p)}" (not in ${peopleFile})`);
  check(isStringList(s.body) && s.body.length > 0, 'body', 'must be a list of non-empty paragraphs');
  for (const k of OPTIONAL_TEXT) check(s[k] === undefined || typeof s[k] === 'string', k, 'must be text');
  return out;
}
