import type { CorpusResults } from '../engine';
import { MarkedText } from './MarkedText';
import { onListKeys } from './list-keys';

/** Results of a search over the whole corpus, each with the words that matched marked. */
export function SearchView({ results, onOpen }: { results: CorpusResults | null; onOpen(id: string): void }) {
  if (!results) return <p class="muted state" role="status">Searching…</p>;
  const { hits, total, complete, unknown } = results;
  return (
    <section class="search-results" aria-label="Search results">
      <p class="muted state" role="status">
        {hits.length === 0 ? 'No statement matches this search.' : `${complete ? total : `${total}+`} statement${total === 1 ? '' : 's'}`}
        {unknown.length > 0 && ` · no statement has “${unknown.join('”, “')}”`}
      </p>
      {hits.length > 0 && (
        <ol class="statements" onKeyDown={onListKeys}>
          {hits.map((h) => (
            <li key={h.id} class="statement hit" data-statement-id={h.id}>
              <div class="head"><time dateTime={h.date}>{h.date}</time><span class="source">{h.source}</span><span class="kind">{h.kind}</span>{h.origin === 'user' && <span class="origin">added by you</span>}</div>
              <h3><button type="button" class="open" data-list-item onClick={() => onOpen(h.id)}><MarkedText text={h.title} marks={h.titleMarks} /></button></h3>
              {h.snippet.text && <p class="snippet"><MarkedText text={h.snippet.text} marks={h.snippet.marks} /></p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
