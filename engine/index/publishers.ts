import type { ReadoutEngine } from './engine';
import type { PublisherInfo } from './types';

export interface PublisherSummary extends PublisherInfo {
  /** Statements of it in the corpus, and the days of the first and last event. */
  count: number;
  from: string | null;
  to: string | null;
}

/** The corpus by publisher, as the options page lists it: who, how many, which months; the reader's own last. */
export function publisherSummary(engine: ReadoutEngine): PublisherSummary[] {
  const by = new Map<string, PublisherSummary>();
  for (const p of engine.publishers) by.set(p.id, { ...p, count: 0, from: null, to: null });
  for (const s of engine.statements.values()) {
    const p = by.get(s.publisher ?? '');
    if (!p) continue;
    p.count++;
    if (!p.from || s.date < p.from) p.from = s.date;
    if (!p.to || s.date > p.to) p.to = s.date;
  }
  return [...by.values()].filter((p) => p.count > 0).sort((a, b) => b.count - a.count);
}

/** Who published a statement, in the fewest words a reader knows it by: its publisher's short name, else its source. */
export function publisherLabel(engine: ReadoutEngine, s: { publisher?: string; source: string }): string {
  const p = s.publisher ? engine.publishers.find((x) => x.id === s.publisher) : undefined;
  return p?.short ?? p?.name ?? s.source;
}
