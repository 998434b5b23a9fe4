import { useState } from 'preact/hooks';

export interface SearchState { text: string; from: string; to: string }
export const NO_SEARCH: SearchState = { text: '', from: '', to: '' };
export const isSearching = (s: SearchState) => s.text.trim() !== '' || s.from !== '' || s.to !== '';

/** The search box over the whole corpus, with an optional date range. */
export function SearchBox({ value, onChange }: { value: SearchState; onChange(s: SearchState): void }) {
  const [dates, setDates] = useState(value.from !== '' || value.to !== '');
  return (
    <div class="search" role="search">
      <div class="search-row">
        <input type="search" id="readout-search" value={value.text} placeholder="Search statements: names, topics, words"
          aria-label="Search all statements" autoComplete="off" spellcheck={false}
          onInput={(e) => onChange({ ...value, text: (e.currentTarget as HTMLInputElement).value })} />
        <button type="button" class="dates-toggle" aria-expanded={dates} aria-controls="readout-dates" onClick={() => setDates(!dates)}>Dates</button>
      </div>
      {dates && (
        <div class="dates" id="readout-dates">
          <label>From <input type="date" value={value.from} onInput={(e) => onChange({ ...value, from: (e.currentTarget as HTMLInputElement).value })} /></label>
          <label>To <input type="date" value={value.to} onInput={(e) => onChange({ ...value, to: (e.currentTarget as HTMLInputElement).value })} /></label>
        </div>
      )}
    </div>
  );
}
