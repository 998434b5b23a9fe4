import { useState } from 'preact/hooks';
import type { Draft } from '../engine';
import { send } from '../lib/shared/messages';
import { readImportText } from '../lib/pages/import-text';

interface Pending { where: string; draft: Draft }

const FIELDS: [keyof Draft, string][] = [['title', 'Title'], ['date', 'Date (YYYY-MM-DD)'], ['source', 'Source'], ['kind', 'Kind'], ['language', 'Language']];

/** JSON files hold statements as written: one, a list, or a Readout export (imported whole). */
function statementsOfJson(data: unknown): Draft[] | null {
  if (Array.isArray(data)) return data as Draft[];
  if (data && typeof data === 'object' && 'body' in data) return [data as Draft];
  return null;
}

/**
 * Adding statements: paste or choose files; Readout proposes title, date, source and
 * participants; the reader corrects them; saving checks everything and stores all or none.
 */
export function AddStatements({ people, onSaved }: { people: { id: string; name: string }[]; onSaved(): void }) {
  const [pasted, setPasted] = useState('');
  const [pending, setPending] = useState<Pending[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const propose = async (text: string, where: string) => {
    const draft = await send('proposeStatement', readImportText(text, where));
    return { where, draft };
  };

  const readPaste = async () => {
    if (!pasted.trim()) return;
    setPending([...pending, await propose(pasted, 'pasted text')]);
    setPasted('');
  };

  const readFiles = async (files: FileList | null) => {
    const next: Pending[] = [];
    for (const f of Array.from(files ?? [])) {
      const text = await f.text();
      if (/\.json$/i.test(f.name)) {
        let data: unknown;
        try { data = JSON.parse(text); } catch (e) { setMessage({ ok: false, lines: [`${f.name}: not JSON (${(e as Error).message})`] }); return; }
        if (data && typeof data === 'object' && (data as { format?: string }).format === 'readout-export') {
          const r = await send('importData', { text, file: f.name });
          setMessage(r.ok ? { ok: true, lines: [`${f.name}: imported ${r.statements} statements (${r.duplicates} already stored) and ${r.articles} articles of history.`] } : { ok: false, lines: r.problems });
          if (r.ok) onSaved();
          continue;
        }
        const list = statementsOfJson(data);
        if (!list) { setMessage({ ok: false, lines: [`${f.name}: neither a statement, a list of statements, nor a Readout export`] }); return; }
        list.forEach((draft, i) => next.push({ where: list.length > 1 ? `${f.name}: [${i}]` : f.name, draft }));
      } else {
        next.push(await propose(text, f.name));
      }
    }
    setPending([...pending, ...next]);
  };

  const update = (i: number, patch: Partial<Draft>) => setPending(pending.map((p, k) => (k === i ? { ...p, draft: { ...p.draft, ...patch } } : p)));

  const save = async () => {
    const r = await send('addStatements', { items: pending.map((p) => p.draft), where: pending.map((p) => p.where) });
    if (!r.ok) { setMessage({ ok: false, lines: r.problems }); return; }
    setMessage({ ok: true, lines: [`Saved ${r.added.length} statement${r.added.length === 1 ? '' : 's'}.`, ...r.duplicates.map((d) => `Not saved twice: ${d}`)] });
    setPending([]);
    onSaved();
  };

  return (
    <div class="add">
      <label for="readout-paste">Paste a statement (first line: its title)</label>
      <textarea id="readout-paste" rows={6} value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="button" onClick={() => void readPaste()} disabled={!pasted.trim()}>Read the pasted text</button>
        <label class="file">or choose files (.txt, .md, .html, .json)
          <input type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.json" onChange={(e) => void readFiles((e.currentTarget as HTMLInputElement).files)} />
        </label>
      </div>
      {pending.map((p, i) => (
        <fieldset class="draft" key={i} data-draft={i}>
          <legend>{p.where}: check what Readout read</legend>
          {FIELDS.map(([k, label]) => (
            <label key={k}>{label} <input type="text" name={k} value={String(p.draft[k] ?? '')} onInput={(e) => update(i, { [k]: (e.currentTarget as HTMLInputElement).value })} /></label>
          ))}
          <label>Participants
            <select multiple name="participants" size={Math.min(6, people.length)} onChange={(e) => update(i, { participants: Array.from((e.currentTarget as HTMLSelectElement).selectedOptions, (o) => o.value) })}>
              {people.map((person) => <option key={person.id} value={person.id} selected={p.draft.participants?.includes(person.id)}>{person.name}</option>)}
            </select>
          </label>
          <p class="muted">{(p.draft.body ?? []).length} paragraphs: “{(p.draft.body ?? [])[0]?.slice(0, 160) ?? ''}…”</p>
          <button type="button" class="link" onClick={() => setPending(pending.filter((_, k) => k !== i))}>Leave this one out</button>
        </fieldset>
      ))}
      {pending.length > 0 && <button type="button" class="primary" onClick={() => void save()}>Save {pending.length} statement{pending.length === 1 ? '' : 's'}</button>}
      {message && (
        <div class={message.ok ? 'done' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.lines.map((l, i) => <p key={i}>{l}</p>)}
        </div>
      )}
    </div>
  );
}
