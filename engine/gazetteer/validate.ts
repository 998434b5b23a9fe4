import { isIsoDate } from '../text/dates';
import { aliasKey, buildAliases } from './aliases';
import type { RawCorpus } from './types';
import { ID, isStringList, statementProblems } from './validate-statement';
import { topicPhraseProblems } from './validate-topics';

/** A problem in the corpus, located by file and field so an author can fix it. */
export class CorpusError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
    this.name = 'CorpusError';
  }
}

const REQUIRED_TOPIC_LANGUAGES = ['en', 'zh', 'ru'];

type Check = (cond: boolean, file: string, field: string, msg: string) => void;


/** Checks the whole corpus; throws one CorpusError listing every problem found. */
export function validateCorpus(c: RawCorpus): void {
  const problems: string[] = [];
  const check: Check = (cond, file, field, msg) => { if (!cond) problems.push(`${file}: ${field}: ${msg}`); };
  const str = (v: unknown) => typeof v === 'string' && v.trim() !== '';

  const roleIds = new Set(Object.keys(c.roles ?? {}));
  const roleFile = (id: string) => c.files.role?.[id] ?? c.files.roles;
  const personFile = (id: string) => c.files.person?.[id] ?? c.files.people;
  for (const [id, r] of Object.entries(c.roles ?? {})) {
    const at = `roles["${id}"]`;
    check(ID.test(id), roleFile(id), at, 'the id must be lower-case words joined by hyphens');
    check(str(r.label), roleFile(id), `${at}.label`, 'missing');
    check(isStringList(r.titles), roleFile(id), `${at}.titles`, 'must be a list of strings');
    check(isStringList(r.phrases), roleFile(id), `${at}.phrases`, 'must be a list of strings');
  }

  const personIds = new Set<string>();
  (c.people ?? []).forEach((p, i) => {
    const at = `people[${i}]${str(p.id) ? ` "${p.id}"` : ''}`;
    const pf = personFile(p.id);
    check(str(p.id) && ID.test(p.id), pf, `${at}.id`, 'missing or not lower-case words joined by hyphens');
    check(!personIds.has(p.id), pf, `${at}.id`, `duplicate id "${p.id}"`);
    personIds.add(p.id);
    check(str(p.name), pf, `${at}.name`, 'missing');
    check(str(p.country), pf, `${at}.country`, 'missing');
    check(isStringList(p.names) && p.names.length > 0, pf, `${at}.names`, 'must list at least one full name');
    check(isStringList(p.surnames), pf, `${at}.surnames`, 'must be a list of strings');
    check(typeof p.ambiguousSurname === 'boolean', pf, `${at}.ambiguousSurname`, 'must be true or false');
    check(Array.isArray(p.roles), pf, `${at}.roles`, 'must be a list');
    (p.roles ?? []).forEach((r, j) => {
      const rf = `${at}.roles[${j}]`;
      check(roleIds.has(r.role), pf, `${rf}.role`, `unknown role "${r.role}" (not in ${c.files.roles})`);
      check(isIsoDate(r.from), pf, `${rf}.from`, `"${r.from}" is not a date (YYYY-MM-DD)`);
      check(r.to === undefined || isIsoDate(r.to), pf, `${rf}.to`, `"${r.to}" is not a date (YYYY-MM-DD)`);
      check(!(isIsoDate(r.from) && isIsoDate(r.to) && r.to < r.from), pf, `${rf}.to`, 'ends before it starts');
    });
  });

  const topicIds = new Set<string>();
  (c.topics ?? []).forEach((t, i) => {
    const at = `topics[${i}]${str(t.id) ? ` "${t.id}"` : ''}`;
    check(str(t.id) && ID.test(t.id), c.files.topics, `${at}.id`, 'missing or not lower-case words joined by hyphens');
    check(!topicIds.has(t.id), c.files.topics, `${at}.id`, `duplicate id "${t.id}"`);
    topicIds.add(t.id);
    check(str(t.label), c.files.topics, `${at}.label`, 'missing');
    const langs = t.phrases && typeof t.phrases === 'object' ? t.phrases : {};
    for (const lang of REQUIRED_TOPIC_LANGUAGES) check(isStringList(langs[lang]) && langs[lang].length > 0, c.files.topics, `${at}.phrases.${lang}`, `needs at least one phrase in "${lang}"`);
    check(t.weak === undefined || isStringList(t.weak), c.files.topics, `${at}.weak`, 'must be a list of strings');
  });
  // A phrase must not light common words on any page (see validate-topics.ts).
  problems.push(...topicPhraseProblems(c.topics ?? [], c.files.topics));

  const publisherIds = new Set<string>();
  const pubFile = c.files.publishers ?? 'publishers.json';
  (c.publishers ?? []).forEach((p, i) => {
    const at = `publishers[${i}]${str(p.id) ? ` "${p.id}"` : ''}`;
    check(str(p.id) && ID.test(p.id), pubFile, `${at}.id`, 'missing or not lower-case words joined by hyphens');
    check(!publisherIds.has(p.id), pubFile, `${at}.id`, `duplicate id "${p.id}"`);
    publisherIds.add(p.id);
    for (const k of ['name', 'country', 'licence', 'timeZone'] as const) check(str(p[k]), pubFile, `${at}.${k}`, 'missing');
    check(p.principalRole === undefined || roleIds.has(p.principalRole), pubFile, `${at}.principalRole`, `unknown role "${p.principalRole}"`);
  });

  const statementIds = new Set<string>();
  for (const s of c.statements ?? []) {
    const file = c.files.statements[s.id] ?? '(unknown file)';
    problems.push(...statementProblems(s, file, personIds, c.files.people));
    check(!statementIds.has(s.id), file, 'id', `duplicate id "${s.id}" (another file already uses it)`);
    check(!s.publisher || publisherIds.has(s.publisher), file, 'publisher', `unknown publisher "${s.publisher}" (not in ${pubFile})`);
    statementIds.add(s.id);
  }

  // Two entities must never share a form: the page could not tell which one it names.
  if (problems.length === 0) {
    // Namesakes may share a surname or a title form that none of them owns alone ("Johnson", "Mr Johnson"):
    // such a form counts only on a page that names exactly one of them in full.
    const shareable = (cls: string) => cls === 'short' || cls === 'title';
    const owner = new Map<string, { kind: string; id: string; form: string; cls: string }>();
    for (const a of buildAliases(c)) {
      const key = `${a.unspaced ? 'u' : 'w'}:${aliasKey(a)}`;
      const prev = owner.get(key);
      const file = a.kind === 'person' ? personFile(a.id) : a.kind === 'role' ? roleFile(a.id) : c.files.topics;
      const namesakes = prev && prev.kind === 'person' && a.kind === 'person' && shareable(prev.cls) && shareable(a.cls);
      if (prev && !namesakes && (prev.kind !== a.kind || prev.id !== a.id)) {
        problems.push(`${file}: ${a.kind} "${a.id}": alias "${a.form}" is also claimed by ${prev.kind} "${prev.id}" (as "${prev.form}")`);
      } else if (!prev) owner.set(key, { kind: a.kind, id: a.id, form: a.form, cls: a.cls });
    }
  }
  if (problems.length) throw new CorpusError(problems);
}
